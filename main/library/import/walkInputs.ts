// Paths named by the researcher to the list of files to import. Folders are
// walked (sorted, so revisions saved as -r1, -r2 are captured in order);
// hidden files and types Tally does not read are passed over and reported,
// never silently dropped from the count.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveKindForName } from '../../core/archive/archiveRecords';
import { UNREADABLE_TYPE, formatForName, isHidden } from '../../core/capture/fileTypes';
import type { FailedItem, SkippedItem } from '../../core/model';

export interface WalkResult {
  files: string[];
  failed: FailedItem[];
  skipped: SkippedItem[];
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (error as Error).message.split('\n')[0] ?? 'cannot be read';
}

export async function walkInputs(paths: readonly string[]): Promise<WalkResult> {
  const result: WalkResult = { files: [], failed: [], skipped: [] };
  const seenFolders = new Set<string>();

  const walkFolder = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (seenFolders.has(real)) return; // a symbolic link back up the tree
    seenFolders.add(real);
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => byName.compare(a.name, b.name));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (isHidden(entry.name)) {
        result.skipped.push({ path, reason: 'hidden' });
        continue;
      }
      try {
        const info = entry.isSymbolicLink() ? await stat(path) : entry;
        if (info.isDirectory()) await walkFolder(path);
        else if (!info.isFile()) result.skipped.push({ path, reason: 'not a regular file' });
        else if (formatForName(path) || archiveKindForName(path)) result.files.push(path);
        else result.skipped.push({ path, reason: UNREADABLE_TYPE });
      } catch (error) {
        result.failed.push({ path, error: reasonFor(error) });
      }
    }
  };

  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walkFolder(path);
      else result.files.push(path); // named explicitly: its type is checked when it is read
    } catch (error) {
      result.failed.push({ path, error: reasonFor(error) });
    }
  }
  return result;
}
