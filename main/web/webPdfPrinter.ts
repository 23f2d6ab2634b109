// The web shell's PDF printer: the machine's own Chromium or Chrome
// (main/report/printPdf.ts), looked for only when a PDF is asked for. A
// machine without one serves everything else; a PDF export alone is refused,
// in one line, as unsupported. playwright-core is loaded on first use too.
import { HandlerError } from '../ipc/handlerError';
import type { PdfPrinter } from '../report/writeReport';

export function webPdfPrinter(): PdfPrinter {
  return async (html, options) => {
    const { chromiumPdfPrinter, findChromium } = await import('../report/printPdf');
    let executable: string;
    try {
      executable = findChromium();
    } catch (error) {
      throw new HandlerError('unsupported', (error as Error).message);
    }
    return chromiumPdfPrinter(executable)(html, options);
  };
}
