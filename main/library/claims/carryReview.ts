// A review of one claim, carried to the same claim in the article's other
// versions: the same figure in the same words of the same sentence, as the
// extractor left it there (a claim the researcher reviewed otherwise is
// theirs, and stays as it is). Rejecting a wrong figure in version 1 takes
// it out of version 2 as well, unless the researcher asks for one version.
import { transaction, type WritableDb } from '../../../db/connection';
import { articleVersionIds } from '../../../db/queries/articles';
import { getClaim, listClaims, reviewClaim } from '../../../db/queries/claims';
import { getVersion } from '../../../db/queries/versions';
import type { ClaimRecord, ClaimReview } from '../../core/model';

/** The claim's place: its words and its sentence, and where the words stand in it. */
function placeOf(c: ClaimRecord, text: string): string {
  return `${c.kind}\u0001${c.start - c.sentenceStart}\u0001${text.slice(c.start, c.end)}\u0001${text.slice(c.sentenceStart, c.sentenceEnd)}`;
}

/** The article's other versions, and in each the claim standing where this one stands. */
function sameClaims(db: WritableDb, claim: ClaimRecord): ClaimRecord[] {
  const version = getVersion(db, claim.versionId);
  if (!version) return [];
  const place = placeOf(claim, version.text);
  const siblings = articleVersionIds(db, version.articleId).filter((id) => id !== version.id);
  return siblings.flatMap((id) => {
    const text = getVersion(db, id)!.text;
    return listClaims(db, id).filter((c) => placeOf(c, text) === place);
  });
}

/**
 * Reviews the claim and, unless `thisVersionOnly`, the same claim in the
 * article's other versions where it is as the claim was before the review
 * (unreviewed for a confirm, an edit or a reject; reviewed the same way for a
 * reopen). Undefined when there is no such claim. Answers the claim and the
 * ids of the claims the review was carried to.
 */
export function reviewWithCarry(db: WritableDb, review: ClaimReview, now: string, thisVersionOnly = false): { claim: ClaimRecord; carriedTo: number[] } | undefined {
  return transaction(db, () => {
    const before = getClaim(db, review.claimId);
    if (!before) return undefined;
    const claim = reviewClaim(db, review, now)!;
    if (thisVersionOnly) return { claim, carriedTo: [] };
    const carriedTo: number[] = [];
    for (const other of sameClaims(db, before)) {
      const asItWas = review.action === 'reopen' ? other.status === before.status : other.status === 'auto';
      if (!asItWas) continue;
      reviewClaim(db, { ...review, claimId: other.id }, now);
      carriedTo.push(other.id);
    }
    return { claim, carriedTo };
  });
}
