// What a PDF holds, as the Node side reads it with pdf.js
// (main/library/import/readPdf.ts) and hands it to the capture code: the
// runs of text on each page where the page places them, and the document's
// metadata as written. Plain data, so it crosses to a capture worker as it
// is; the layout into lines and paragraphs is pure (pdfLayout.ts).

/** One run of text drawn on a page. */
export interface PdfTextRun {
  text: string;
  /** The left end of its baseline, in points from the page's left edge. */
  x: number;
  /** Its baseline, in points down from the page's top edge. */
  y: number;
  width: number;
  /** The size its font is drawn at, in points. */
  size: number;
  /** The PDF ends a line after this run. */
  eol: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  /** In the order the page draws them, which is the reading order of nearly every PDF. */
  runs: PdfTextRun[];
  /** Whether the page paints an image: asked only of a page with no text, to tell a scan from a blank page, until one is found. */
  hasImages: boolean;
}

/** The metadata as the file writes it: the Info dictionary's strings and its XMP packet's, unparsed. */
export interface PdfMetadata {
  title: string | null;
  /** "D:20160523101500+03'00'", as the Info dictionary writes dates. */
  creationDate: string | null;
  modDate: string | null;
  xmpTitle: string | null;
  /** ISO 8601, as XMP writes dates. */
  xmpCreateDate: string | null;
  xmpModifyDate: string | null;
}

export interface PdfContent {
  /** The PDF version its header states ("1.7"). */
  version: string;
  pages: PdfPage[];
  metadata: PdfMetadata;
}
