// Two stored versions compared: their texts and their stored claims (rejected
// ones left out, the researcher's edits in). Runs in the library worker, so a
// large pair never holds up the thread that answers the UI.
import type { ReadableDb } from '../../db/connection';
import { listClaims } from '../../db/queries/claims';
import { getVersion } from '../../db/queries/versions';
import { diffTexts } from '../core/diff/diffTexts';
import type { DiffOptions, VersionDiff } from '../core/model';

export function diffVersions(db: ReadableDb, before: number, after: number, options: DiffOptions = {}): VersionDiff {
  const earlier = getVersion(db, before);
  const later = getVersion(db, after);
  if (!earlier || !later) throw new Error(`no version with id ${earlier ? after : before}`);
  const claims = (id: number) => listClaims(db, id).filter((c) => c.status !== 'rejected');
  return diffTexts({ before: earlier.text, after: later.text, claimsBefore: claims(before), claimsAfter: claims(after), options });
}
