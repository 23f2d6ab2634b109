// The app window with the secure defaults: the page is isolated from the
// preload and from Node, sandboxed, and can neither navigate away nor open
// new windows (webContentsGuard.ts); a link in a captured text can never turn
// the app into a browser.
import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './rendererProtocol';

export function createMainWindow(electronDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    title: 'Tally',
    show: false,
    webPreferences: {
      preload: join(electronDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // navigation, redirects, new windows and webviews are refused app-wide (webContentsGuard.ts, set in main.ts)
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** No camera, microphone, notifications or anything else a page might ask for. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
