// The desktop menu leaves Ctrl+Z / Cmd+Z to the page, where it undoes the
// newest action of the history, while keeping the rest of the Edit menu.
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../main/electron/appMenu';

describe('the desktop menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)('shows Undo and Redo without taking their keys from the page (%s)', (platform) => {
    const edit = appMenuTemplate(platform).find((m) => m.label === 'Edit')!;
    const items = edit.submenu as { role?: string; registerAccelerator?: boolean }[];
    expect(items.filter((i) => i.role === 'undo' || i.role === 'redo')).toEqual([
      { role: 'undo', registerAccelerator: false },
      { role: 'redo', registerAccelerator: false },
    ]);
    // copying and pasting keep their keys
    expect(items.filter((i) => ['cut', 'copy', 'paste', 'selectAll'].includes(i.role ?? '')).every((i) => i.registerAccelerator === undefined)).toBe(true);
  });

  it('opens with the application menu on macOS and the file menu elsewhere', () => {
    expect(appMenuTemplate('darwin')[0]).toEqual({ role: 'appMenu' });
    expect(appMenuTemplate('linux')[0]).toEqual({ role: 'fileMenu' });
  });
});
