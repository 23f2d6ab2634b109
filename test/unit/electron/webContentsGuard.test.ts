// The desktop shell's guards, checked without an Electron binary: the guard
// every web contents gets, and the fuses the packaged binary is built with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guardWebContents, isOwnBlob, type GuardedContents } from '../../../main/electron/webContentsGuard';
import { REPO } from '../../fixtures/tallyCli';

/** A web contents that records the handlers it is given, so a test can fire its events. */
function recordingContents(): { contents: GuardedContents; fire(event: string, url?: string): boolean; openWindow(): unknown; downloads: string[] } {
  const handlers = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let windowOpen: (() => unknown) | null = null;
  const downloads: string[] = [];
  const contents = {
    getURL: () => 'app://tally/index.html#/events/1/compare/versions/2/3',
    downloadURL: (url: string) => void downloads.push(url),
    on(event: string, handler: (event: { preventDefault(): void }, url?: string) => void) {
      handlers.set(event, handler);
      return contents;
    },
    setWindowOpenHandler(handler: () => unknown) {
      windowOpen = handler;
    },
  } as unknown as GuardedContents;
  return {
    contents,
    fire(event, url = 'https://example.com/') {
      let prevented = false;
      handlers.get(event)?.({ preventDefault: () => void (prevented = true) }, url);
      return prevented;
    },
    openWindow: () => windowOpen?.(),
    downloads,
  };
}

describe('guardWebContents', () => {
  it('refuses navigation, frame navigation, redirects and webviews, and denies every new window', () => {
    const web = recordingContents();
    guardWebContents(web.contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) expect(web.fire(event), event).toBe(true);
    expect(web.openWindow()).toEqual({ action: 'deny' });
    expect(web.downloads).toEqual([]);
  });

  it('turns a click on a saved comparison (a blob of the page’s own origin) into a download, never a navigation', () => {
    const web = recordingContents();
    guardWebContents(web.contents);
    const own = 'blob:app://tally/6f1c2a4e-0d7b-4d55-9a51-2f0c8d1e9b3a';
    expect(web.fire('will-navigate', own)).toBe(true);
    expect(web.downloads).toEqual([own]);
    for (const other of ['blob:https://evil.test/6f1c2a4e', 'blob:app://tally.evil/6f1c', 'blob:null/6f1c', 'data:text/html,<p>x</p>', 'app://tally/index.html']) {
      expect(web.fire('will-navigate', other), other).toBe(true);
      expect(isOwnBlob(other, 'app://tally/index.html'), other).toBe(false);
    }
    expect(web.downloads).toEqual([own]);
    expect(isOwnBlob('blob:http://127.0.0.1:4870/ab-12', 'http://127.0.0.1:4870/#token=x')).toBe(true);
  });

  it('is set app-wide, for every web contents the app creates', () => {
    const main = readFileSync(`${REPO}/main/electron/main.ts`, 'utf8');
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => guardWebContents\(contents\)\)/);
  });
});

describe('the packaged binary’s fuses (electron-builder.yml)', () => {
  it('cannot run as Node, takes no NODE_OPTIONS or --inspect, loads only its checked app.asar', () => {
    const config = parse(readFileSync(`${REPO}/electron-builder.yml`, 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
