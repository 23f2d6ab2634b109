// One input (a file's bytes, an upload, pasted text) to the fields of a
// version, or a CaptureError saying in one line why it cannot be one.
// Pure: hashing and storage happen on the Node side.
import { CaptureError, MAX_CAPTURE_BYTES, tooLargeError } from './captureError';
import { decodeText } from './decodeText';
import { declaredCharset, extractHtmlArticle } from './extractHtmlArticle';
import { extractMarkdown, extractPlainText, type ExtractedText } from './extractPlainText';
import { extensionOf, formatForName, stemOf } from './fileTypes';
import { sniffBinary } from './sniffBinary';
import type { CaptureFormat } from '../model';

export interface CapturedDocument extends ExtractedText {
  format: CaptureFormat;
  encoding: string;
}

export function captureDocument(name: string, bytes: Uint8Array, format: CaptureFormat | null = formatForName(name)): CapturedDocument {
  if (!format) {
    const ext = extensionOf(name);
    throw new CaptureError(
      'unsupported-type',
      `${ext ? `${ext} files are` : 'a file with no extension is'} not supported; Tally reads .txt, .md, .html and .htm`,
    );
  }
  if (bytes.length === 0) throw new CaptureError('empty', 'empty file (0 bytes)');
  if (bytes.length > MAX_CAPTURE_BYTES) throw tooLargeError(bytes.length);
  const binary = sniffBinary(bytes);
  if (binary) throw new CaptureError('binary', `not text: this looks like ${binary}`);

  const { text: raw, encoding } = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (raw.trim() === '') throw new CaptureError('empty', 'empty file (only white space)');

  const extracted =
    format === 'html' ? extractHtmlArticle(raw) : format === 'markdown' ? extractMarkdown(raw) : extractPlainText(raw);
  if (extracted.text.trim() === '') throw new CaptureError('empty', 'no text left once the markup is removed');
  return { ...extracted, title: extracted.title ?? stemOf(name), format, encoding };
}
