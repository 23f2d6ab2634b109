// Reads one file for import: only a regular file, never more than the size
// limit, and telling a file that vanished after the folder walk from one
// never there. A device or a named pipe would be read for ever ("/dev/zero")
// or block the open until someone writes to it, and both report a size of 0,
// so the size a file reports is never trusted: reading stops at the limit.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CaptureError, MAX_CAPTURE_BYTES, tooLargeError } from '../../core/capture/captureError';

/** What a path is when it is not a regular file, for the one-line reason. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function notAFile(info: Stats): CaptureError {
  return new CaptureError('unreadable', `${kindOf(info)}, not a file: Tally reads saved files only`);
}

function openError(error: unknown): CaptureError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CaptureError('vanished', 'the file disappeared before it could be read');
  if (code === 'EACCES' || code === 'EPERM') return new CaptureError('unreadable', 'permission denied');
  if (code === 'EISDIR') return new CaptureError('unreadable', 'a folder, not a file');
  return new CaptureError('unreadable', `cannot be read: ${(error as Error).message.split('\n')[0]}`);
}

/** Reads at most MAX_CAPTURE_BYTES + 1 bytes: one byte past the limit is enough to refuse the file. */
const CHUNK = 1024 * 1024;

export async function readInputFile(path: string): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw openError(error);
  }
  if (!info.isFile()) throw notAFile(info);
  if (info.size > MAX_CAPTURE_BYTES) throw tooLargeError(info.size);
  let handle;
  try {
    // non-blocking, so a named pipe swapped in after the check cannot hang the open
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openError(error);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notAFile(opened);
    const chunks: Buffer[] = [];
    let total = 0;
    // a regular file is read in one go at the size it reports (and a byte more, to see it has not grown); a file that
    // grows after that is read on a megabyte at a time
    let size = opened.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, MAX_CAPTURE_BYTES + 1 - total));
      size = CHUNK;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // it grew past the limit after it was measured, or it is a special file that says it is empty
      if (total > MAX_CAPTURE_BYTES) throw tooLargeError();
    }
    // read in one go, as a file almost always is, it is not copied again
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
