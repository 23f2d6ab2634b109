import type { ReadableDb } from '../../../db/connection';
import { applyEdit, claimHistory, getClaim, listClaims, reviewableFields, reviewClaim } from '../../../db/queries/claims';
import { getVersion } from '../../../db/queries/versions';
import { HandlerError } from '../handlerError';
import { requireWritable, type Handler } from './context';

function requireVersion(db: ReadableDb, versionId: number): void {
  if (!getVersion(db, versionId)) throw new HandlerError('not-found', `no version with id ${versionId}`);
}

export const claimHandlers: {
  'claims:list': Handler<'claims:list'>;
  'claims:review': Handler<'claims:review'>;
  'claims:history': Handler<'claims:history'>;
  'claims:extract': Handler<'claims:extract'>;
} = {
  'claims:list': ({ versionId }, { db }) => {
    requireVersion(db, versionId);
    return listClaims(db, versionId);
  },
  'claims:review': (review, { db }) => {
    const claim = getClaim(db, review.claimId);
    if (!claim) throw new HandlerError('not-found', `no claim with id ${review.claimId}`);
    if (review.action === 'edit') {
      // The argument's own range is checked by validate.ts; here, against the fields it leaves as they are.
      const { low, high } = applyEdit(reviewableFields(claim), review.changes);
      if (low !== null && high !== null && low > high) {
        throw new HandlerError('invalid-argument', `the range would run from ${low} down to ${high}: low must not exceed high`);
      }
    }
    const reviewed = reviewClaim(db, review, new Date().toISOString());
    // Gone meanwhile: an extraction in the worker replaced it (it was still automatic).
    if (!reviewed) throw new HandlerError('not-found', `no claim with id ${review.claimId}`);
    return reviewed;
  },
  'claims:history': ({ claimId }, { db }) => {
    const history = claimHistory(db, claimId);
    if (history.length === 0 && !getClaim(db, claimId)) throw new HandlerError('not-found', `no claim with id ${claimId}`);
    return history;
  },
  'claims:extract': ({ versionId }, ctx) => {
    requireWritable(ctx.db);
    requireVersion(ctx.db, versionId);
    return ctx.runExtraction([versionId]);
  },
};
