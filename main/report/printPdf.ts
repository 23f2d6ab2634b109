// Prints a report's HTML to PDF for the command line (and any shell without
// Electron) with the machine's own Chromium or Chrome through playwright-core:
// it never downloads a browser. The desktop app prints the same HTML with the
// same page furniture through Electron (main/electron/printPdf.ts).
//
// A report can never reach the network while printing, in three layers:
// every request that is not the page itself or a data: URL is aborted; the
// browser context is offline (a <link rel=prefetch> slips past request
// interception, but not this: the test proves it with a local server); and
// host names resolve to nothing, so not even a DNS lookup leaves the machine.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { pdfFooterTemplate, pdfHeaderTemplate, pdfMarginCss, type PdfOptions, type PdfPrinter } from '../core/report/pdfPage';

export type { PdfOptions, PdfPrinter } from '../core/report/pdfPage';

export const CHROMIUM_MISSING = 'PDF needs Chromium or Chrome: install one, or set TALLY_CHROMIUM to its path';

const CANDIDATES: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
  return roots.flatMap((root) => [
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(root, 'Chromium', 'Application', 'chrome.exe'),
  ]);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: TALLY_CHROMIUM when it names an executable file,
 * else the first Chromium or Chrome found in the usual places. A TALLY_CHROMIUM
 * that names nothing usable is passed over, not fatal: the usual places are
 * still tried. Throws a one-line Error when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const chosen = env.TALLY_CHROMIUM?.trim();
  if (chosen && isExecutable(chosen)) return chosen;
  const candidates = platform === 'win32' ? windowsCandidates(env) : (CANDIDATES[platform] ?? CANDIDATES.linux ?? []);
  const found = candidates.find(isExecutable);
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}

/** How Tally starts a Chromium it does not own: no sandbox helper, no GPU, nothing fetched in the background. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

const CHROMIUM_ARGS = [
  ...CHROMIUM_BASE_ARGS,
  // Belt and braces beside the request filter: no name resolves, so a
  // preconnect or DNS prefetch hint in a report goes nowhere either.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface ChromiumPrinterHooks {
  /** Called with the URL of every request the page tries (each is aborted unless it is a data: URL). */
  onRequest?: (url: string) => void;
}

/**
 * A PdfPrinter on a headless Chromium or Chrome: `executable`, or the one
 * findChromium picks when a report is printed (so a missing browser fails the
 * PDF, not the command). Each print launches a browser with a fresh profile
 * and closes it when done, whatever happens.
 */
export function chromiumPdfPrinter(executable?: string, hooks: ChromiumPrinterHooks = {}): PdfPrinter {
  return async (html: string, options: PdfOptions): Promise<Uint8Array> => {
    const executablePath = executable ?? findChromium();
    // Checked first: playwright's own error is many lines, and leaves an empty profile folder behind.
    if (!isExecutable(executablePath)) throw new Error(`PDF needs Chromium or Chrome: ${executablePath} is not a program`);
    // launch() gives the browser a fresh temporary profile and deletes it on close.
    // loaded when a PDF is asked for: playwright-core is large, and every command would pay for it at start
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      // The report is static: nothing in it needs to run, and it is never online.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block', acceptDownloads: false });
      const page = await context.newPage();
      // 'aborted', not 'blockedbyclient': a navigation blocked by the client
      // commits an error page, and one that starts while printing (a meta
      // refresh) fails the print; an aborted one leaves the page as it is.
      await page.route('**/*', (route) => {
        const url = route.request().url();
        hooks.onRequest?.(url);
        return url.startsWith('data:') ? route.continue() : route.abort('aborted');
      });
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeaderTemplate(options.title),
        footerTemplate: pdfFooterTemplate(),
        margin: pdfMarginCss(),
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await browser.close();
    }
  };
}
