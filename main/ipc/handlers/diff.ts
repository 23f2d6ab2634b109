import { listClaims } from '../../../db/queries/claims';
import { getVersion } from '../../../db/queries/versions';
import { diffTexts } from '../../core/diff/diffTexts';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

/**
 * The diff runs here, in the engine: it works from the versions' texts and
 * their stored claims (rejected ones left out, the researcher's edits in), and
 * it is bounded, so even two large unrelated texts answer within a second.
 */
export const diffHandlers: { 'versions:diff': Handler<'versions:diff'> } = {
  'versions:diff': ({ before, after }, { db }) => {
    const earlier = getVersion(db, before);
    if (!earlier) throw new HandlerError('not-found', `no version with id ${before}`);
    const later = getVersion(db, after);
    if (!later) throw new HandlerError('not-found', `no version with id ${after}`);
    const claims = (id: number) => listClaims(db, id).filter((c) => c.status !== 'rejected');
    return diffTexts({ before: earlier.text, after: later.text, claimsBefore: claims(before), claimsAfter: claims(after) });
  },
};
