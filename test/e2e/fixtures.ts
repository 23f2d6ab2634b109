// Each test gets its own library file, its own `tally serve` on a free port,
// and its own Chromium profile. Every request the page makes is recorded, so
// a test can prove nothing left 127.0.0.1.
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ClaimsPanel } from './pages/ClaimsPanel';
import { CHROMIUM_BASE_ARGS } from '../../main/report/printPdf';
import { DiffPage } from './pages/DiffPage';
import { LibraryPage } from './pages/LibraryPage';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [...CHROMIUM_BASE_ARGS];

export interface WebShell {
  url: string;
  origin: string;
  libraryPath: string;
  dir: string;
}

function startServe(libraryPath: string): Promise<{ child: ChildProcess; url: string }> {
  // the bundled CLI and the built renderer: `npm run build` makes both before the end-to-end tests
  const child = spawn(process.execPath, ['out/cli/tally.js', 'serve', '--port', '0', '--library', libraryPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // the daily backup goes to the user data folder: the test's own, never the machine's
    env: { ...process.env, XDG_CONFIG_HOME: dirname(libraryPath) },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`tally serve did not start:\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`tally serve exited (${code}):\n${out}\n${err}`)));
  });
}

export const test = base.extend<{
  shell: WebShell;
  context: BrowserContext;
  page: Page;
  requests: string[];
  library: LibraryPage;
  claims: ClaimsPanel;
  diff: DiffPage;
}>({
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-e2e-'));
    const libraryPath = join(dir, 'library.sqlite');
    const { child, url } = await startServe(libraryPath);
    await use({ url, origin: new URL(url).origin, libraryPath, dir });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  },
  // A persistent context on a new, empty profile folder for every test.
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'tally-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1400, height: 880 },
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },
  page: async ({ context, requests }, use) => {
    void requests; // start recording before the first page loads
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
  },
  library: async ({ page, shell }, use) => {
    const library = new LibraryPage(page);
    await library.open(shell.url);
    await use(library);
  },
  claims: async ({ library }, use) => {
    await use(new ClaimsPanel(library.page));
  },
  diff: async ({ library }, use) => {
    await use(new DiffPage(library.page));
  },
});

export { expect } from '@playwright/test';
