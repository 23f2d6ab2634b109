// Versions may be PDFs: `versions.format` takes 'pdf' beside the formats it
// took. A PDF's row is like any other: its bytes are the file's, unaltered,
// with their SHA-256; its text is the one read from it. The CHECK is widened
// in place (widenFormatCheck.ts says why and how).
import type { WritableDb } from '../connection';
import { widenFormatCheck } from './widenFormatCheck';

export const version = 19;
export const name = 'pdf-format';

export function up(db: WritableDb): void {
  widenFormatCheck(db, 'pdf');
}
