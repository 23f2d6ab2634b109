// The same flow as the web shell's end-to-end test, in the desktop shell.
// It needs an Electron binary (ELECTRON_OVERRIDE_DIST_PATH: an unpacked
// Electron, since the npm package cannot download one on every machine),
// the shell built (npm run build) and the Electron build of the SQLite addon
// (npm run build:electron-native). Where any is missing it says which and skips.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_FILES, corpusBytes, corpusPath } from '../fixtures/corpus';
import { LibraryPage } from '../e2e/pages/LibraryPage';

const appRoot = resolve('.');
const distPath = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binaryName = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
const binary = distPath ? join(distPath, binaryName) : null;

function whyNot(): string | null {
  if (!distPath) return 'no Electron binary: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron (the npm package cannot download one here)';
  if (!binary || !existsSync(binary)) return `no Electron executable at ${binary}`;
  if (!existsSync(join(appRoot, 'out', 'electron', 'main.js'))) return 'the desktop shell is not built: run npm run build';
  if (!existsSync(join(appRoot, 'build', 'native-electron', 'better_sqlite3.node'))) {
    return 'the SQLite addon for Electron is not built: run npm run build:electron-native';
  }
  return null;
}

const reason = whyNot();
if (reason) console.log(`[electron] skipping the desktop-shell suite: ${reason}`);

test.describe('desktop shell', () => {
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let window: Page;
  let dir: string;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tally-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: [appRoot],
      env: { ...process.env, TALLY_LIBRARY: join(dir, 'library.sqlite') },
    });
    // The native dialog cannot be clicked by a test: answer it from the main process.
    await app.evaluate(({ dialog }, paths) => {
      dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: paths })) as typeof dialog.showOpenDialog;
    }, CORPUS_FILES.map(corpusPath));
    window = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('imports the development corpus through the native dialog and opens every version', async () => {
    const requests: string[] = [];
    window.on('request', (r) => requests.push(r.url()));
    const library = new LibraryPage(window);
    await expect(window.getByText(/^Library: /)).toBeVisible();
    await window.getByRole('button', { name: 'Add files…' }).first().click();
    await expect(library.summary).toHaveText('8 new versions · 0 already in the library · 0 failed');
    await expect(library.articles()).toHaveCount(5);
    await expect(library.versionButtons()).toHaveCount(8);

    const shas = new Set(CORPUS_FILES.map((n) => createHash('sha256').update(corpusBytes(n)).digest('hex')));
    for (let i = 0; i < 8; i++) {
      await library.openVersion(library.versionButtons().nth(i));
      expect(shas.has((await library.readerSha.textContent()) ?? '')).toBe(true);
    }
    expect(await window.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests.filter((url) => !url.startsWith('app://tally/'))).toEqual([]);
  });

  test('the page has no Node, only the narrow bridge', async () => {
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const bridge = await window.evaluate(() => Object.keys((globalThis as { tally?: object }).tally ?? {}).sort());
    expect(bridge).toEqual(['invoke', 'on', 'pathForFile']);
    const manifest = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
    await expect(window.getByText(`Tally ${manifest.version}`)).toBeVisible();
  });
});
