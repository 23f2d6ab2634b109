// A file named on the command line, read as an import would read it, for the
// commands that work on files without a library (extract, diff, compare).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { captureDocument, type CapturedDocument } from '../core/capture/captureDocument';
import { readInputFile } from '../library/import/readInputFile';
import { pdfContentFor } from '../library/import/readPdf';

/** The capture, with what names the file as a version: its SHA-256 and when it was last written. */
export interface FileCapture extends CapturedDocument {
  sha256: string;
  modifiedAt: string;
}

export async function readCapture(path: string): Promise<FileCapture> {
  if (!existsSync(path)) throw new Error(`no such file: ${path}`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new Error(`${path} is a folder; name a file`);
  const bytes = await readInputFile(path);
  const pdf = await pdfContentFor(path, bytes);
  return { ...captureDocument(basename(path), bytes, undefined, undefined, null, pdf), sha256: createHash('sha256').update(bytes).digest('hex'), modifiedAt: stat.mtime.toISOString() };
}
