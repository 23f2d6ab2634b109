// Files from a drop or a folder picker in the browser, with their paths
// inside the dropped folders. Browsers hand over folders as entries to walk.

export interface PickedFile {
  file: File;
  /** "folder/sub/name.html" for files found in a folder, else the file's name. */
  name: string;
  /** True when found by walking a folder (so unreadable types are skipped, not failed). */
  fromFolder: boolean;
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries returns at most 100 entries a call; call until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, fromFolder: boolean, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name: entry.fullPath.replace(/^\//, ''), fromFolder });
  } else if (entry.isDirectory) {
    const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    for (const child of children) await walk(child, true, out);
  }
}

export async function collectDroppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return Array.from(data.files, (file) => ({ file, name: file.name, fromFolder: false }));
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, false, out);
  return out;
}

/** Files from an `<input type=file>`, with `webkitdirectory` paths when a folder was picked. */
export function pickedFromInput(files: FileList): PickedFile[] {
  return Array.from(files, (file) => ({
    file,
    name: file.webkitRelativePath || file.name,
    fromFolder: Boolean(file.webkitRelativePath),
  }));
}
