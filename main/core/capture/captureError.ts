// One reason an input could not become a version. `message` is a single line
// written for the researcher; `code` lets callers and tests tell cases apart.
import { CodedError } from '../codedError';

export type CaptureErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'damaged'
  | 'too-large'
  | 'no-article'
  | 'too-deep'
  | 'unsupported-type'
  | 'vanished'
  | 'unreadable'
  | 'bad-details'
  | 'scanned'
  | 'encrypted'
  | 'damaged';

export class CaptureError extends CodedError<CaptureErrorCode> {}

export const MEGABYTE = 1024 * 1024;

/**
 * The largest input Tally captures. A news article is rarely over 1 MB even as
 * a saved page with its styles inlined; anything past this is almost always
 * the wrong file (a log, a dump, a video), and reading it would only stall the
 * batch.
 */
export const MAX_CAPTURE_BYTES = 32 * MEGABYTE;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

/** `bytes` is the file's size; without it, the file was found too large by reading past the limit. */
export function tooLargeError(bytes?: number): CaptureError {
  const size = bytes === undefined ? `over ${formatMegabytes(MAX_CAPTURE_BYTES)}` : formatMegabytes(bytes);
  return new CaptureError('too-large', `file is ${size}; Tally captures files up to ${formatMegabytes(MAX_CAPTURE_BYTES)} (an article is rarely over 1 MB)`);
}
