// Prints a report's HTML to PDF in the desktop app with Electron's own
// Chromium: the same HTML and the same page furniture (main/core/report/
// pdfPage.ts) as the command line's printer (main/report/printPdf.ts), so a
// report looks the same from either shell. Call it after the app is ready.
//
// The report is loaded into a hidden, sandboxed window with no preload and
// JavaScript off, in a session of its own (in memory, never the app's: its
// request filter must not touch the app's window), which is offline and
// where every request but the report itself and data: URLs is cancelled.
import { BrowserWindow, session, type Session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pdfFooterTemplate, pdfHeaderTemplate, pdfMarginInches, type PdfOptions, type PdfPrinter } from '../core/report/pdfPage';

const PDF_PARTITION = 'tally-pdf';

// Electron refuses to load a URL longer than Chromium's url::kMaxURLChars
// (2 MiB). A report whose data: URL would not fit is written to a temporary
// file instead, loaded from there and deleted.
const MAX_DATA_URL = 2 * 1024 * 1024 - 1024;

/** The report files being printed right now: the only file: URLs the filter lets through. */
const reportFiles = new Set<string>();
let configured: Session | null = null;

function isReportFile(url: string): boolean {
  if (!url.startsWith('file:')) return false;
  try {
    return reportFiles.has(resolve(fileURLToPath(url)));
  } catch {
    return false;
  }
}

function printSession(): Session {
  if (configured) return configured;
  const ses = session.fromPartition(PDF_PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || isReportFile(details.url)) });
  });
  // A second layer under the filter: the session is offline. In Chromium a
  // <link rel=prefetch> escapes a page's request interception (measured with
  // the command line's printer, test/db/printPdf.test.ts) but not this.
  ses.enableNetworkEmulation({ offline: true });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  configured = ses;
  return ses;
}

async function loadReport(win: BrowserWindow, html: string): Promise<() => Promise<void>> {
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (dataUrl.length <= MAX_DATA_URL) {
    await win.loadURL(dataUrl);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'tally-pdf-'));
  const file = resolve(dir, 'report.html');
  reportFiles.add(file);
  const cleanUp = async (): Promise<void> => {
    reportFiles.delete(file);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await writeFile(file, html, 'utf8');
    await win.loadURL(pathToFileURL(file).href);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}

export function electronPdfPrinter(): PdfPrinter {
  return async (html: string, options: PdfOptions): Promise<Uint8Array> => {
    const win = new BrowserWindow({
      show: false,
      width: 1024,
      height: 1400,
      webPreferences: {
        session: printSession(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
      },
    });
    let cleanUp = async (): Promise<void> => {};
    try {
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      win.webContents.on('will-redirect', (event) => event.preventDefault());
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      cleanUp = await loadReport(win, html);
      const pdf = await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeaderTemplate(options.title),
        footerTemplate: pdfFooterTemplate(),
        margins: pdfMarginInches(),
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (!win.isDestroyed()) win.destroy();
      await cleanUp();
    }
  };
}
