// A PDF's content (pdfContent.ts) to a version's text, title and dates, or
// a CaptureError saying why it has no text Tally can read: a scan (pages
// that are only images), a document with no text at all, or text whose
// fonts do not say which letters they draw.
import { CaptureError } from './captureError';
import type { ExtractedText } from './extractPlainText';
import type { PdfContent } from './pdfContent';
import { pdfDate } from './pdfDate';
import { layoutPdf, type PdfParagraph } from './pdfLayout';

export interface PdfText extends ExtractedText {
  /** The metadata's modification date as written, when it is later than its creation date. */
  updatedAt: string | null;
}

/** A title or heading longer than this is a paragraph. */
const MAX_TITLE_CHARS = 200;
/** A heading's type is at least this much larger than the text's. */
const HEADING_SCALE = 1.2;
/** More of the text than this share in private-use code points is glyphs with no letters behind them. */
const UNREADABLE_SHARE = 0.3;

/** A metadata title, unless it names a file or a program rather than the document ("Microsoft Word - statement.docx", "Untitled"). */
function usableTitle(title: string | null): string | null {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_TITLE_CHARS) return null;
  if (/^(?:untitled|no title|title|document\s*\d*)$/i.test(t) || /^microsoft \w+ - /i.test(t)) return null;
  return /\.(?:docx?|odt|rtf|pdf|txt|html?|pptx?|xlsx?|indd|pages|e?ps|tex|dvi|qxd)$/i.test(t) ? null : t;
}

/** The first page's heading: its largest type among the first paragraphs, when larger than the text's. */
function headingOf(paragraphs: readonly PdfParagraph[]): string | null {
  const chars = new Map<number, number>();
  for (const p of paragraphs) chars.set(p.size, (chars.get(p.size) ?? 0) + p.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const head = paragraphs.slice(0, 5).filter((p) => p.page === 0);
  const largest = Math.max(...head.map((p) => p.size));
  const heading = head.find((p) => p.size === largest);
  return heading && largest >= HEADING_SCALE * body && heading.text.length <= MAX_TITLE_CHARS ? heading.text : null;
}

const instant = (written: string): number => Date.parse(pdfDate(written)?.iso ?? written);

/** Throws a CaptureError when the PDF has no text Tally can read. */
export function extractPdfText(content: PdfContent): PdfText {
  if (content.pages.length === 0) throw new CaptureError('empty', 'the PDF has no pages');
  const paragraphs = layoutPdf(content.pages);
  if (paragraphs.length === 0) {
    if (content.pages.some((p) => p.hasImages)) {
      throw new CaptureError('scanned', 'no text layer — the PDF holds only images (scanned); Tally cannot read text from images');
    }
    throw new CaptureError('empty', 'no text: the PDF’s pages hold neither text nor images');
  }
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const letters = text.replace(/\s/g, '');
  const glyphs = letters.match(/[\p{Co}\ufffd]/gu)?.length ?? 0;
  if (glyphs > UNREADABLE_SHARE * letters.length) {
    throw new CaptureError('encoding', 'the PDF’s text cannot be read: its fonts do not say which letters they draw');
  }
  const m = content.metadata;
  const first = paragraphs[0]!.text;
  const title = usableTitle(m.title) ?? usableTitle(m.xmpTitle) ?? headingOf(paragraphs) ?? (first.length <= MAX_TITLE_CHARS ? first : null);
  // the Info dictionary where it says, its XMP packet otherwise (PDF 2.0 writers keep dates in XMP only)
  const created = m.creationDate ?? m.xmpCreateDate;
  const modified = m.modDate ?? m.xmpModifyDate;
  // a document saved once carries its creation time as its modification time too: that is no update
  const updatedAt = modified && (!created || instant(modified) > instant(created)) ? modified : null;
  return { title, byline: null, outlet: null, canonicalUrl: null, publishedAt: created, updatedAt, text };
}
