// Reads one file for import, refusing an oversized one before reading it and
// telling a file that vanished after the folder walk from one never there.
import { open } from 'node:fs/promises';
import { CaptureError, MAX_CAPTURE_BYTES, tooLargeError } from '../../core/capture/captureError';

export async function readInputFile(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CaptureError('vanished', 'the file disappeared before it could be read');
    if (code === 'EACCES' || code === 'EPERM') throw new CaptureError('unreadable', 'permission denied');
    if (code === 'EISDIR') throw new CaptureError('unreadable', 'a folder, not a file');
    throw new CaptureError('unreadable', `cannot be read: ${(error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_CAPTURE_BYTES) throw tooLargeError(size);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
