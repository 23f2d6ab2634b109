// A page saved as one MHTML file (.mhtml, .mht) is stored as the file's bytes,
// unaltered, with the format 'mhtml', which says how to read them again: as the
// HTML page inside the MIME. The versions' formats are a CHECK of their table,
// widened in place (widenFormatCheck.ts says why and how).
import type { WritableDb } from '../connection';
import { widenFormatCheck } from './widenFormatCheck';

export const version = 18;
export const name = 'mhtml-format';

export function up(db: WritableDb): void {
  widenFormatCheck(db, 'mhtml');
}
