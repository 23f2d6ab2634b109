// main/electron owns the desktop shell, and keeps it thin: open the library,
// serve the renderer, give it a secure window, and route each contract
// channel to the same dispatcher the web shell uses. Everything else lives
// in the engine (main/core, main/ipc, main/library, db).
import { onLibraryWait } from '../../db/writeLock';
import { app, dialog, ipcMain, Menu, shell, type BrowserWindow } from 'electron';
import { appMenuTemplate } from './appMenu';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryDamage, type WritableDb } from '../../db/connection';
import { keepDailyBackups, openLibraryForWork } from '../library/openLibraryForWork';
import { CHANNELS } from '../ipc/channels';
import { dispatch } from '../ipc/dispatch';
import { HandlerError } from '../ipc/handlerError';
import type { HandlerContext } from '../ipc/handlers';
import { libraryLocation } from '../library/libraryPath';
import { keepFiguresInWorker, runCheckInWorker, runDiffInWorker, runExtractionInWorker, runImportInWorker, runReportInWorker } from '../workers/runInWorker';
import { createMainWindow, denyAllPermissions } from './mainWindow';
import { electronNativeBinding, nativeBindingMissing } from './nativeBinding';
import { pickImportPaths } from './pickImportPaths';
import { GRANT_PATH } from './grantPath';
import { GrantedPaths } from '../ipc/grantedPaths';
import { pickReportFolder } from './pickReportFolder';
import { electronPdfPrinter } from './printPdf';
import { guardWebContents } from './webContentsGuard';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './rendererProtocol';

// This file is bundled to out/electron/main.js; the renderer is in out/renderer.
const electronDir = dirname(fileURLToPath(import.meta.url));
const appRoot = join(electronDir, '..', '..');

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let db: WritableDb | null = null;
let win: BrowserWindow | null = null;

function start(): void {
  const { path: libraryPath, createFolder } = libraryLocation();
  const nativeBinding = electronNativeBinding(appRoot);
  const missing = nativeBindingMissing(nativeBinding);
  if (missing) {
    dialog.showErrorBox('Tally cannot start', missing);
    app.exit(1);
    return;
  }
  try {
    db = openLibraryForWork(libraryPath, { nativeBinding, createFolder });
  } catch (error) {
    dialog.showErrorBox('Tally cannot open its library', (error as Error).message);
    app.exit(1);
    return;
  }
  if (!libraryDamage(db)) keepDailyBackups(db, libraryPath, (message) => console.error(message));
  denyAllPermissions();
  serveRenderer(join(appRoot, 'out', 'renderer'));
  // Ctrl+Z outside a text field reaches the page, which undoes from the history (appMenu.ts)
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform)));
  win = createMainWindow(electronDir);

  // a write from the page that must wait for another Tally process (the CLI importing) says so before it blocks
  onLibraryWait((waiting) => win?.webContents.send('library:waiting', { waiting }));
  const granted = new GrantedPaths();
  ipcMain.on(GRANT_PATH, (event, path: unknown) => {
    if (event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) && typeof path === 'string') granted.grant(path);
  });
  const ctx: HandlerContext = {
    db,
    libraryPath,
    shell: 'electron',
    emit: (event, payload) => win?.webContents.send(event, payload),
    runImport: (arg, signal) =>
      runImportInWorker(arg, { libraryPath, nativeBinding, onProgress: (p) => ctx.emit('import:progress', p), signal }),
    runExtraction: (versionIds) => runExtractionInWorker(versionIds, { libraryPath, nativeBinding }),
    runReport: (event, onProgress, signal) => runReportInWorker(event, { libraryPath, nativeBinding, onProgress, signal }),
    runCheck: () => runCheckInWorker({ libraryPath, nativeBinding }),
    keepFigures: (eventId) => keepFiguresInWorker(eventId, { libraryPath, nativeBinding }),
    runDiff: (before, after, options, signal) => runDiffInWorker(before, after, options, { libraryPath, nativeBinding, signal }),
    pathGranted: (path) => granted.allows(path),
    pickImportPaths: async (folders) => {
      const paths = await pickImportPaths(win, folders);
      for (const path of paths) granted.grant(path);
      return paths;
    },
    pickFolder: () => pickReportFolder(win),
    printPdf: electronPdfPrinter(),
    openPath: async (path) => {
      // shell.openPath answers an error message, empty when the file opened
      const problem = await shell.openPath(path);
      if (problem) throw new HandlerError('failed', `cannot open ${path}: ${problem.split('\n', 1)[0]}`);
    },
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      // Only the app's own page may call: never a frame from anywhere else.
      if (!event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`)) {
        return { ok: false, error: { code: 'invalid-argument', message: 'refused: not the app page' } };
      }
      return dispatch(ctx, channel, arg);
    });
  }
}

app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore();
  win?.focus();
});
// every web contents, whoever creates it, before it can load anything
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => db?.close());
app.whenReady().then(start, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
