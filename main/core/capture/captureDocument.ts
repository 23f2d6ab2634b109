// One input (a file's bytes, an upload, pasted text) to the fields of a
// version, or a CaptureError saying in one line why it cannot be one.
// Pure: hashing and storage happen on the Node side.
import { CaptureError, MAX_CAPTURE_BYTES, tooLargeError } from './captureError';
import { decodeText } from './decodeText';
import { declaredCharset, extractHtmlArticle } from './extractHtmlArticle';
import { extractMarkdown, extractPlainText, type ExtractedText } from './extractPlainText';
import { extractPdfText } from './extractPdfText';
import { extensionOf, formatForName, stemOf } from './fileTypes';
import { readMhtml } from './mhtml';
import type { PdfContent } from './pdfContent';
import { readPublication, type ArchivedAt, type Publication } from './publication';
import { sniffBinary } from './sniffBinary';
import type { CaptureFormat } from '../model';

export interface CapturedDocument extends ExtractedText {
  format: CaptureFormat;
  encoding: string;
  /** Who published it and when, as the capture says, each with where it was read. */
  publication: Publication;
}

/**
 * `capturedAt` settles a stated date's missing year ("Thursday 25 February"):
 * the latest one up to the capture. A page read from a web archive record
 * was captured when the record says, at the address it says. A PDF comes
 * with its `pdf` content, read from its bytes beforehand because pdf.js is
 * asynchronous (main/library/import/readPdf.ts).
 */
export function captureDocument(
  name: string,
  bytes: Uint8Array,
  format: CaptureFormat | null = formatForName(name),
  capturedAt: Date = new Date(),
  archived: ArchivedAt | null = null,
  pdf: PdfContent | null = null,
): CapturedDocument {
  if (!format) {
    const ext = extensionOf(name);
    throw new CaptureError(
      'unsupported-type',
      `${ext ? `${ext} files are` : 'a file with no extension is'} not supported; Tally reads .txt, .md, .html, .htm, .mhtml, .mht and .pdf`,
    );
  }
  if (bytes.length === 0) throw new CaptureError('empty', 'empty file (0 bytes)');
  if (bytes.length > MAX_CAPTURE_BYTES) throw tooLargeError(bytes.length);
  if (format === 'pdf') return capturePdf(name, pdf, capturedAt);
  const binary = sniffBinary(bytes);
  // an MHTML file may carry its images as raw bytes (binary transfer encoding): only a known file signature refuses it
  if (binary && !(format === 'mhtml' && binary === 'binary data')) throw new CaptureError('binary', `not text: this looks like ${binary}`);

  // an MHTML file is read as the page it holds; its stored bytes stay the file's
  const mhtml = format === 'mhtml' ? readMhtml(bytes) : null;
  const markup = format === 'html' || format === 'mhtml';
  // the MHTML reader hands its page over as Unicode, decoded by the charset its part or its markup declares
  const { text: raw, encoding } = mhtml ? { text: mhtml.html, encoding: 'UTF-8' } : decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (raw.trim() === '') throw new CaptureError('empty', 'empty file (only white space)');

  const extracted = markup ? extractHtmlArticle(raw) : format === 'markdown' ? extractMarkdown(raw) : extractPlainText(raw);
  if (extracted.text.trim() === '') throw new CaptureError('empty', 'no text left once the markup is removed');
  const title = extracted.title ?? stemOf(name);
  const publication = readPublication({
    headline: title,
    text: extracted.text,
    declared: format === 'text' ? null : { from: markup ? 'page metadata' : 'front matter', ...extracted },
    html: markup ? raw : null,
    saved: mhtml?.saved ?? null,
    capturedAt: archived ? new Date(archived.at) : capturedAt,
    archived,
  });
  // the address it was captured at matches later captures of the page when the page names no address of its own
  return { ...extracted, canonicalUrl: extracted.canonicalUrl ?? archived?.url ?? null, title, format, encoding, publication };
}

/** A PDF is binary by nature: its text and metadata were read from its bytes, and the bytes are stored as they are. */
function capturePdf(name: string, pdf: PdfContent | null, capturedAt: Date): CapturedDocument {
  if (!pdf) throw new Error(`${name}: a PDF's content is read (readPdf) before it is captured`);
  const { updatedAt, ...extracted } = extractPdfText(pdf);
  const title = extracted.title ?? stemOf(name);
  const publication = readPublication({ headline: title, text: extracted.text, declared: { from: 'PDF metadata', ...extracted, updatedAt }, capturedAt });
  return { ...extracted, title, format: 'pdf', encoding: `PDF-${pdf.version}`, publication };
}
