// The PDF's page furniture, shared by both shells so a report prints the same
// from the desktop app (Electron's printToPDF) and from the command line
// (Chromium through playwright-core): A4, the event title and "Tally report"
// in the header, "Page N of M" in the footer. Pure: the shells supply the
// browser engine.
//
// Chromium renders these templates in a document of their own: no styles from
// the report reach them, the default font size is tiny, and the classes
// `pageNumber` and `totalPages` are filled in per page. They sit inside the
// page margins below, so the top and bottom margins must leave them room.

/** What a PdfPrinter needs beside the HTML. */
export interface PdfOptions {
  /** The event's name, shown in every page's header (plain text: it is escaped here). */
  title: string;
}

/** Turns a self-contained HTML document into PDF bytes. One per shell. */
export type PdfPrinter = (html: string, options: PdfOptions) => Promise<Uint8Array>;

/** Page margins in millimetres; the header and footer are drawn inside top and bottom. */
export const PDF_MARGIN = { top: 16, right: 12, bottom: 16, left: 12 } as const;

export type PdfMargin = { readonly [side in keyof typeof PDF_MARGIN]: number };

/** The margins in inches, the unit of Electron's printToPDF. */
export function pdfMarginInches(): PdfMargin {
  const inches = (mm: number): number => mm / 25.4;
  return { top: inches(PDF_MARGIN.top), right: inches(PDF_MARGIN.right), bottom: inches(PDF_MARGIN.bottom), left: inches(PDF_MARGIN.left) };
}

/** The margins as CSS lengths, the form playwright's page.pdf takes. */
export function pdfMarginCss(): { top: string; right: string; bottom: string; left: string } {
  return { top: `${PDF_MARGIN.top}mm`, right: `${PDF_MARGIN.right}mm`, bottom: `${PDF_MARGIN.bottom}mm`, left: `${PDF_MARGIN.left}mm` };
}

export function escapePdfText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The template's box spans the whole page width: pad it to the content's
// left and right margins so header and footer line up with the text.
const box =
  `box-sizing:border-box;width:100%;padding:0 ${PDF_MARGIN.right}mm 0 ${PDF_MARGIN.left}mm;` +
  'font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:8.5px;color:#666;-webkit-print-color-adjust:exact;';

/** The header: the event title on the left (one line, cut with an ellipsis), "Tally report" on the right. */
export function pdfHeaderTemplate(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return (
    `<div style='${box}display:flex;justify-content:space-between;align-items:baseline;gap:6mm;margin-top:2mm;'>` +
    `<span style='flex:1 1 auto;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;'>${escapePdfText(oneLine)}</span>` +
    `<span style='flex:none;'>Tally report</span>` +
    '</div>'
  );
}

/** The footer: "Page N of M", centred. */
export function pdfFooterTemplate(): string {
  return (
    `<div style='${box}text-align:center;margin-bottom:2mm;'>` +
    `Page <span class='pageNumber'></span> of <span class='totalPages'></span>` +
    '</div>'
  );
}
