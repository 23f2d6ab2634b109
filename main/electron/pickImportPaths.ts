// The native open dialog for import: files (any number) or folders.
import { dialog, type BrowserWindow } from 'electron';
import { ARCHIVE_EXTENSIONS, FORMAT_BY_EXTENSION } from '../core/capture/fileTypes';

const EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION).map((e) => e.slice(1));
const ARCHIVES = ARCHIVE_EXTENSIONS.map((e) => e.slice(1));

export async function pickImportPaths(win: BrowserWindow | null, folders: boolean): Promise<string[]> {
  const options: Electron.OpenDialogOptions = folders
    ? { title: 'Import folders', properties: ['openDirectory', 'multiSelections'] }
    : {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles (text, Markdown, saved web pages, PDFs, web archives)', extensions: [...EXTENSIONS, ...ARCHIVES] },
          { name: 'Web archives (WARC, WACZ)', extensions: ARCHIVES },
          { name: 'All files', extensions: ['*'] },
        ],
      };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}
