// Everything an import does to one input before it touches the library:
// decode and read the article, its story traits (to find the article it
// continues), and its claims. Pure and self-contained, so a pool of worker
// threads can do it for many files at once while one thread stores them.
import { extractClaims } from '../extract';
import type { CaptureFormat, ExtractedClaim } from '../model';
import { captureDocument, type CapturedDocument } from './captureDocument';
import type { PdfContent } from './pdfContent';
import type { ArchivedAt } from './publication';
import { storyTraits, type StoryTraits } from './storyIdentity';

export interface PreparedCapture {
  doc: CapturedDocument;
  traits: StoryTraits;
  /** The claims found in the text; null when the extractor failed, which costs only the claims, never the version. */
  claims: ExtractedClaim[] | null;
  /** Why there are no claims, in one line. */
  extractError: string | null;
}

/** Throws a CaptureError when the bytes are not an article Tally can read. A PDF comes with its content, read beforehand. */
export function prepareCapture(label: string, bytes: Uint8Array, format?: CaptureFormat, archived?: ArchivedAt, pdf?: PdfContent): PreparedCapture {
  const doc = archived ? captureDocument(label, bytes, format ?? 'html', undefined, archived) : captureDocument(label, bytes, format, undefined, null, pdf ?? null);
  const traits = storyTraits(doc);
  try {
    return { doc, traits, claims: extractClaims(doc.text), extractError: null };
  } catch (error) {
    return { doc, traits, claims: null, extractError: error instanceof Error ? error.message : String(error) };
  }
}
