// The native folder dialog for a report export: one folder, which the
// researcher may make in the dialog.
import { dialog, type BrowserWindow } from 'electron';

/** A folder to write reports into; null when cancelled. */
export async function pickReportFolder(win: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title: 'Write the report to', buttonLabel: 'Choose', properties: ['openDirectory', 'createDirectory'] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
