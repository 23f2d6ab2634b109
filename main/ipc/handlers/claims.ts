import { transaction, type ReadableDb } from '../../../db/connection';
import { addClaim, applyEdit, claimHistory, getClaim, listClaims, reviewableFields, reviewClaim } from '../../../db/queries/claims';
import { applyFigureAction, newestNoteOn } from '../../../db/queries/figures';
import { addedClaim } from '../../core/addedClaim';
import { checkFigureAction } from '../../core/compare/checkFigureAction';
import { reviewWithCarry } from '../../library/claims/carryReview';
import { eventFigures } from '../../library/eventFigures';
import { getVersion } from '../../../db/queries/versions';
import { HandlerError } from '../handlerError';
import { requireWritable, type Handler } from './context';
import { curating } from './curating';
import { actionTime } from '../../library/actionTime';

function requireVersion(db: ReadableDb, versionId: number): void {
  if (!getVersion(db, versionId)) throw new HandlerError('not-found', `no version with id ${versionId}`);
}

export const claimHandlers: {
  'claims:list': Handler<'claims:list'>;
  'claims:review': Handler<'claims:review'>;
  'claims:add': Handler<'claims:add'>;
  'claims:override': Handler<'claims:override'>;
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
    const { thisVersionOnly, ...one } = review;
    const reviewed = reviewWithCarry(db, one, actionTime(), thisVersionOnly === true);
    // Gone meanwhile: an extraction in the worker replaced it (it was still automatic).
    if (!reviewed) throw new HandlerError('not-found', `no claim with id ${review.claimId}`);
    return { ...reviewed.claim, carriedTo: reviewed.carriedTo };
  },
  'claims:add': (addition, { db }) => {
    requireWritable(db);
    const version = getVersion(db, addition.versionId);
    if (!version) throw new HandlerError('not-found', `no version with id ${addition.versionId}`);
    const claim = addedClaim(version.text, addition);
    if (typeof claim === 'string') throw new HandlerError('invalid-argument', claim);
    const now = actionTime();
    // the claim and its place in the figure the researcher named, together or not at all
    return transaction(db, () => {
      const added = addClaim(db, version.id, claim, now);
      if (addition.figure) {
        const move = { kind: 'move' as const, claims: [{ versionId: version.id, start: claim.start, end: claim.end }], to: addition.figure };
        const problem = checkFigureAction(eventFigures(db, version.eventId), move);
        if (problem) throw new HandlerError('invalid-argument', problem);
        curating(() => applyFigureAction(db, version.eventId, move, now));
      }
      return added;
    });
  },
  'claims:override': ({ claimId, changes, note }, { db }) => {
    requireWritable(db);
    const claim = getClaim(db, claimId);
    if (!claim) throw new HandlerError('not-found', `no claim with id ${claimId}`);
    const { low, high } = applyEdit(reviewableFields(claim), changes);
    if (low !== null && high !== null && low > high) throw new HandlerError('invalid-argument', `the range would run from ${low} down to ${high}: low must not exceed high`);
    const { eventId } = getVersion(db, claim.versionId)!;
    const span = { versionId: claim.versionId, start: claim.start, end: claim.end };
    const now = actionTime();
    // the corrected amount and the reason for it, together or not at all
    return transaction(db, () => {
      const edited = reviewClaim(db, { claimId, action: 'edit', changes }, now)!;
      curating(() => applyFigureAction(db, eventId, { kind: 'note', figure: null, claim: span, body: note }, now));
      return { claim: edited, noteId: newestNoteOn(db, span)! };
    });
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
