// A file named on the command line, read as an import would read it, for the
// commands that work on files without a library (extract, diff, compare).
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { captureDocument, type CapturedDocument } from '../core/capture/captureDocument';
import { readInputFile } from '../library/import/readInputFile';

export async function readCapture(path: string): Promise<CapturedDocument> {
  if (!existsSync(path)) throw new Error(`no such file: ${path}`);
  if (statSync(path).isDirectory()) throw new Error(`${path} is a folder; name a file`);
  return captureDocument(basename(path), await readInputFile(path));
}
