// The desktop app's menu. Electron's default menu binds Ctrl+Z / Cmd+Z to the
// Edit menu's Undo, which takes the keystroke before the page sees it: the
// researcher's Ctrl+Z outside a text field must reach the page, which undoes
// the newest action in the library's history (renderer/src/history). So Undo
// and Redo are shown with their keys but do not register them: in a text
// field Chromium's own editing keys undo the typing, as before. Electron
// documents `registerAccelerator` for Windows and Linux; on macOS, where the
// menu may still claim Cmd+Z, the History panel's Undo stays one click away.
import type { MenuItemConstructorOptions } from 'electron';

export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo', registerAccelerator: false },
      { role: 'redo', registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : [{ role: 'fileMenu' } as const]),
    edit,
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
