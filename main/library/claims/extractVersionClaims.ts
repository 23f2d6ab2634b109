// Runs the extractor over a stored version and stores what it finds as the
// version's automatic claims. Shared by imports (a new version) and by
// re-extraction on demand; both run in the library worker, off the UI thread.
import { EXTRACTOR_VERSION, extractClaims } from '../../core/extract';
import type { ExtractionReport } from '../../core/model';
import type { WritableDb } from '../../../db/connection';
import { replaceAutoClaims, unreadVersionIds } from '../../../db/queries/claims';
import { getVersion } from '../../../db/queries/versions';

/** Extracts `text` (the version's own text) and replaces the version's automatic claims with the result. */
export function storeExtractedClaims(db: WritableDb, versionId: number, text: string, now: string): ExtractionReport {
  // Extraction runs outside any transaction: it may take a while, and the version's text never changes.
  const extracted = extractClaims(text);
  return { versions: 1, ...replaceAutoClaims(db, versionId, extracted, EXTRACTOR_VERSION, now) };
}

/** Extracts each version again, in turn; a version that does not exist is an error. */
export function reextractVersions(db: WritableDb, versionIds: readonly number[], now: () => string): ExtractionReport {
  const total: ExtractionReport = { versions: 0, claims: 0, kept: 0 };
  for (const id of versionIds) {
    const version = getVersion(db, id);
    if (!version) throw new Error(`no version with id ${id}`);
    const report = storeExtractedClaims(db, id, version.text, now());
    total.versions += report.versions;
    total.claims += report.claims;
    total.kept += report.kept;
  }
  return total;
}

/**
 * Reads every version whose claims were never stored (a process stopped
 * between storing a version and reading it), so its figures are not missing
 * for good. Run when a library is opened and before each import.
 */
export function readUnreadVersions(db: WritableDb, now: () => string): ExtractionReport {
  return reextractVersions(db, unreadVersionIds(db), now);
}
