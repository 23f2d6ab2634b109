import { getVersion } from '../../../db/queries/versions';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

/**
 * The diff runs in the engine's library worker (main/library/diffVersions.ts):
 * it is bounded (two texts far larger than any article are matched by
 * paragraph within a second), and it never holds up the thread that answers
 * the UI, in either shell.
 */
export const diffHandlers: { 'versions:diff': Handler<'versions:diff'> } = {
  'versions:diff': ({ before, after }, ctx) => {
    for (const id of [before, after]) if (!getVersion(ctx.db, id)) throw new HandlerError('not-found', `no version with id ${id}`);
    return ctx.runDiff(before, after);
  },
};
