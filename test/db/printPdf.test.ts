// Printing a report's HTML to PDF. The command line's printer runs Debian's
// Chromium for real and the PDF is read back with poppler (pdfinfo,
// pdftotext): pages, body text, the header's title and "Page N of M", and
// that nothing in the page reaches the network. Electron cannot run here, so
// the desktop printer is driven against a stand-in for Electron: what it
// loads, what its request filter lets through, and that it cleans up.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { escapePdfText, pdfFooterTemplate, pdfHeaderTemplate, pdfMarginInches } from '../../main/core/report/pdfPage';
import { CHROMIUM_MISSING, chromiumPdfPrinter, findChromium } from '../../main/report/printPdf';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-pdf-test-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TITLE = 'Kabul <&> "airport" <b>attack</b>';
const PARAGRAPHS = Array.from(
  { length: 70 },
  (_, i) => `<p>Paragraph ${i + 1}: the Syrian Observatory for Human Rights said 42 people were killed.</p>`,
).join('\n');

function reportHtml(extraHead = '', extraBody = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Report</title>
<style>body { font-family: serif; } h1 { background: #eef; } @media print { h1 { break-after: avoid; } }</style>
${extraHead}</head>
<body><h1>Discrepancies &lt;&amp;&gt; in figures</h1>${extraBody}
${PARAGRAPHS}
</body></html>`;
}

function save(pdf: Uint8Array): string {
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  return file;
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

describe('chromiumPdfPrinter', () => {
  it('prints A4 pages with the body, the escaped title in each header and "Page N of M" in each footer', async () => {
    const file = save(await chromiumPdfPrinter()(reportHtml(), { title: TITLE }));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);

    const all = pdfText(file);
    expect(all).toContain('Discrepancies <&> in figures');
    expect(all).toContain('Paragraph 1: the Syrian Observatory for Human Rights said 42 people were killed.');
    expect(all).toContain('Paragraph 70:');
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, page);
      // The title is text, never markup: the <b> shows as written, and no entity is left over.
      expect(text).toContain(TITLE);
      expect(text).toContain('Tally report');
      expect(text).toContain(`Page ${page} of ${pages}`);
    }
    expect(all).not.toContain('&lt;');
  });

  describe('without the network', () => {
    let server: Server;
    let origin: string;
    let connections = 0;

    beforeAll(async () => {
      server = createServer((_req, res) => res.end('body { color: red }'));
      server.on('connection', () => connections++);
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });

    afterAll(async () => {
      await new Promise((done) => server.close(done));
    });

    it('aborts every request but data: URLs, so nothing leaves the machine, and still prints', async () => {
      const head = [
        `<link rel="preconnect" href="${origin}">`,
        `<link rel="dns-prefetch" href="//example.invalid">`,
        `<link rel="prefetch" href="${origin}/prefetch">`,
        `<link rel="stylesheet" href="${origin}/style.css">`,
        `<style>@import url(${origin}/import.css); @font-face { font-family: Remote; src: url(${origin}/font.woff); }</style>`,
        `<meta http-equiv="refresh" content="0; url=${origin}/refresh">`,
      ].join('\n');
      const body = [
        '<img src="http://example.invalid/x.png" alt="">',
        `<img src="${origin}/img.png" alt="">`,
        `<iframe src="${origin}/frame"></iframe>`,
        `<img alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/%3E">`,
        `<a href="${origin}/link">a link</a>`,
      ].join('\n');
      const requested: string[] = [];
      const started = Date.now();
      const file = save(await chromiumPdfPrinter(undefined, { onRequest: (url) => requested.push(url) })(reportHtml(head, body), { title: 'Offline' }));

      expect(Date.now() - started).toBeLessThan(15_000);
      expect(requested).toContain('http://example.invalid/x.png');
      expect(requested).toContain(`${origin}/img.png`);
      expect(requested).toContain(`${origin}/style.css`);
      // Tried, aborted, and not one connection reached the server: not even the preconnect.
      await new Promise((done) => setTimeout(done, 200));
      expect(connections).toBe(0);
      expect(pageCount(file)).toBeGreaterThanOrEqual(2);
      expect(pdfText(file)).toContain('Paragraph 70:');
    });
  });

  it('prints the page itself when it tries to navigate away (a meta refresh)', async () => {
    const print = chromiumPdfPrinter();
    const html = '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/elsewhere"><p>The report body</p>';
    // The refresh races the print, so try a few times.
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(pdfText(save(await print(html, { title: 'Refresh' })))).toContain('The report body');
    }
  });
});

describe('findChromium', () => {
  function fakeBrowser(path: string): string {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  }

  it('takes TALLY_CHROMIUM when it names an executable', () => {
    const browser = fakeBrowser(join(dir, 'my-chrome'));
    expect(findChromium({ TALLY_CHROMIUM: browser })).toBe(browser);
  });

  it('passes over a TALLY_CHROMIUM that names nothing, for the usual places', () => {
    const missing = join(dir, 'no-such-chromium');
    expect(findChromium({ TALLY_CHROMIUM: missing }, 'linux')).toBe(findChromium({}, 'linux'));
    if (existsSync('/usr/bin/chromium')) expect(findChromium({ TALLY_CHROMIUM: missing }, 'linux')).toBe('/usr/bin/chromium');
  });

  it('passes over a TALLY_CHROMIUM that is not executable', () => {
    const notExecutable = join(dir, 'chrome.txt');
    writeFileSync(notExecutable, 'text');
    chmodSync(notExecutable, 0o644);
    expect(findChromium({ TALLY_CHROMIUM: notExecutable }, 'linux')).not.toBe(notExecutable);
  });

  it('looks under Program Files and LocalAppData on Windows', () => {
    const local = join(dir, 'Local');
    const chrome = fakeBrowser(join(local, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    expect(findChromium({ PROGRAMFILES: join(dir, 'Program Files'), LOCALAPPDATA: local }, 'win32')).toBe(chrome);
  });

  it('throws one line naming the fix when there is none', () => {
    const env = { TALLY_CHROMIUM: join(dir, 'missing'), PROGRAMFILES: join(dir, 'Program Files') };
    expect(() => findChromium(env, 'win32')).toThrow(new Error(CHROMIUM_MISSING));
    expect(CHROMIUM_MISSING).toBe('PDF needs Chromium or Chrome: install one, or set TALLY_CHROMIUM to its path');
    expect(CHROMIUM_MISSING).not.toContain('\n');
  });

  it('fails the print, not the making of the printer, when the browser is missing', async () => {
    const missing = join(dir, 'missing-chrome');
    const print = chromiumPdfPrinter(missing);
    await expect(print('<p>x</p>', { title: 'x' })).rejects.toThrow(new Error(`PDF needs Chromium or Chrome: ${missing} is not a program`));
  });
});

describe('page furniture (pdfPage)', () => {
  it('escapes the title and keeps it on one line', () => {
    expect(escapePdfText(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    const header = pdfHeaderTemplate('Two\nlines <script>');
    expect(header).toContain('Two lines &#60;script&#62;');
    expect(header).not.toContain('<script>');
    expect(header).toContain('Tally report');
  });

  it("fills the page number with Chromium's classes", () => {
    expect(pdfFooterTemplate()).toMatch(/Page <span class='pageNumber'><\/span> of <span class='totalPages'><\/span>/);
  });

  it('gives Electron its margins in inches', () => {
    expect(pdfMarginInches().top).toBeCloseTo(16 / 25.4);
  });
});

// A stand-in for the few Electron APIs the desktop printer uses.
const electron = vi.hoisted(() => {
  type Filter = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  const state = {
    filter: null as Filter | null,
    loaded: [] as string[],
    windows: [] as { destroyed: boolean; options: unknown }[],
    printOptions: [] as unknown[],
    /** Whether the request filter let the loaded page through, asked while printing. */
    pageAllowedAtPrint: [] as boolean[],
    failLoad: false,
    offline: false,
  };
  function allowed(url: string): boolean {
    let cancel: boolean | undefined;
    state.filter?.({ url }, (response) => (cancel = response.cancel));
    return cancel === false;
  }
  class BrowserWindow {
    destroyed = false;
    webContents = {
      on: (): void => {},
      setWindowOpenHandler: (): void => {},
      printToPDF: async (options: unknown): Promise<Buffer> => {
        state.printOptions.push(options);
        state.pageAllowedAtPrint.push(allowed(state.loaded.at(-1) ?? ''));
        return Buffer.from('%PDF-1.4 stand-in');
      },
    };
    constructor(options: unknown) {
      state.windows.push(this as unknown as { destroyed: boolean; options: unknown });
      (this as unknown as { options: unknown }).options = options;
    }
    async loadURL(url: string): Promise<void> {
      state.loaded.push(url);
      if (state.failLoad) throw new Error('ERR_FAILED');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  const ses = {
    webRequest: { onBeforeRequest: (filter: Filter) => void (state.filter = filter) },
    enableNetworkEmulation: (options: { offline?: boolean }): void => void (state.offline = options.offline === true),
    setPermissionRequestHandler: (): void => {},
    setPermissionCheckHandler: (): void => {},
  };
  return { state, allowed, module: { BrowserWindow, session: { fromPartition: () => ses } } };
});

vi.mock('electron', () => electron.module);

describe('electronPdfPrinter (against a stand-in for Electron)', () => {
  const { state, allowed } = electron;

  beforeEach(() => {
    state.loaded.length = 0;
    state.windows.length = 0;
    state.printOptions.length = 0;
    state.pageAllowedAtPrint.length = 0;
    state.failLoad = false;
  });

  it('loads a report as a data: URL in a hidden, sandboxed window without JavaScript, prints A4 with the shared furniture, and destroys the window', async () => {
    const { electronPdfPrinter } = await import('../../main/electron/printPdf');
    const pdf = await electronPdfPrinter()('<p>Hello</p>', { title: TITLE });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 stand-in');

    const url = state.loaded[0] ?? '';
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe('<p>Hello</p>');
    expect(state.windows[0]?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect((state.windows[0]?.options as { webPreferences: object }).webPreferences).not.toHaveProperty('preload');
    expect(state.printOptions[0]).toEqual({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: pdfHeaderTemplate(TITLE),
      footerTemplate: pdfFooterTemplate(),
      margins: pdfMarginInches(),
    });
    expect(state.windows[0]?.destroyed).toBe(true);

    expect(state.offline).toBe(true);
    expect(state.pageAllowedAtPrint).toEqual([true]);
    expect(allowed(url)).toBe(true);
    expect(allowed('data:image/png;base64,AAAA')).toBe(true);
    expect(allowed('http://example.invalid/x.png')).toBe(false);
    expect(allowed('https://example.com/')).toBe(false);
    expect(allowed(pathToFileURL('/etc/passwd').href)).toBe(false);
  });

  it('prints a report too long for a data: URL from a temporary file it then deletes, letting only that file through', async () => {
    const { electronPdfPrinter } = await import('../../main/electron/printPdf');
    const big = `<p>${'forty-two people were killed. '.repeat(80_000)}</p>`;
    const pdf = await electronPdfPrinter()(big, { title: 'Big' });
    expect(pdf.byteLength).toBeGreaterThan(0);
    const url = state.loaded[0] ?? '';
    expect(url.startsWith('file:')).toBe(true);
    expect(state.pageAllowedAtPrint).toEqual([true]);
    expect(existsSync(fileURLToPath(url))).toBe(false);
    // Once printed, the file is no longer let through either.
    expect(allowed(url)).toBe(false);
    expect(state.windows[0]?.destroyed).toBe(true);
  });

  it('destroys the window and deletes the file when the load fails', async () => {
    const { electronPdfPrinter } = await import('../../main/electron/printPdf');
    state.failLoad = true;
    await expect(electronPdfPrinter()(`<p>${'x'.repeat(3_000_000)}</p>`, { title: 'x' })).rejects.toThrow('ERR_FAILED');
    expect(existsSync(fileURLToPath(state.loaded[0] ?? ''))).toBe(false);
    expect(state.windows[0]?.destroyed).toBe(true);
  });
});
