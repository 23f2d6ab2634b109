import { getVersion } from '../../../db/queries/versions';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';
import { cancellable } from './work';

/**
 * A stored version, and two compared. The diff runs in the engine's library
 * worker (main/library/diffVersions.ts): it is bounded (two texts far larger
 * than any article are matched by paragraph within a second), and it never
 * holds up the thread that answers the UI, in either shell; named by a
 * workId, it can be stopped (work:cancel).
 */
export const versionHandlers: { 'versions:get': Handler<'versions:get'>; 'versions:diff': Handler<'versions:diff'> } = {
  'versions:get': ({ id }, { db }) => {
    const version = getVersion(db, id);
    if (!version) throw new HandlerError('not-found', `no version with id ${id}`);
    return version;
  },
  'versions:diff': ({ before, after, workId, options }, ctx) => {
    for (const id of [before, after]) if (!getVersion(ctx.db, id)) throw new HandlerError('not-found', `no version with id ${id}`);
    return cancellable(workId, 'the comparison', (signal) => ctx.runDiff(before, after, options ?? {}, signal));
  },
};
