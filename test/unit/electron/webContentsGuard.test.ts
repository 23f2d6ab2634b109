// The desktop shell's guards, checked without an Electron binary: the guard
// every web contents gets, and the fuses the packaged binary is built with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guardWebContents, type GuardedContents } from '../../../main/electron/webContentsGuard';
import { REPO } from '../../fixtures/tallyCli';

/** A web contents that records the handlers it is given, so a test can fire its events. */
function recordingContents(): { contents: GuardedContents; fire(event: string): boolean; openWindow(): unknown } {
  const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
  let windowOpen: (() => unknown) | null = null;
  const contents = {
    on(event: string, handler: (event: { preventDefault(): void }) => void) {
      handlers.set(event, handler);
      return contents;
    },
    setWindowOpenHandler(handler: () => unknown) {
      windowOpen = handler;
    },
  } as unknown as GuardedContents;
  return {
    contents,
    fire(event) {
      let prevented = false;
      handlers.get(event)?.({ preventDefault: () => void (prevented = true) });
      return prevented;
    },
    openWindow: () => windowOpen?.(),
  };
}

describe('guardWebContents', () => {
  it('refuses navigation, frame navigation, redirects and webviews, and denies every new window', () => {
    const web = recordingContents();
    guardWebContents(web.contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) expect(web.fire(event), event).toBe(true);
    expect(web.openWindow()).toEqual({ action: 'deny' });
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
