import { transaction } from '../../../db/connection';
import { articleEventId, listArticles } from '../../../db/queries/articles';
import { getEvent, moveArticle } from '../../../db/queries/events';
import { markCopy } from '../../../db/queries/figures';
import type { Handler } from './context';
import { curating } from './curating';
import { HandlerError } from '../handlerError';
import { requireEvent } from './events';
import { fileInEvent, mergeArticles, RearrangeError, splitVersion, unfileFromEvent } from '../../library/rearrangeArticles';

/** A rearranging that names what is not there, or cannot be done, is said in one line. */
function rearranging<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RearrangeError) throw new HandlerError(error.code, error.message);
    throw error;
  }
}
import { actionTime } from '../../library/actionTime';

export const articleHandlers: {
  'articles:list': Handler<'articles:list'>;
  'articles:markCopy': Handler<'articles:markCopy'>;
  'articles:move': Handler<'articles:move'>;
  'articles:merge': Handler<'articles:merge'>;
  'articles:split': Handler<'articles:split'>;
  'articles:file': Handler<'articles:file'>;
  'articles:unfile': Handler<'articles:unfile'>;
} = {
  'articles:list': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    return listArticles(db, eventId);
  },
  'articles:markCopy': ({ articleId, copyOf }, { db }) => curating(() => markCopy(db, articleId, copyOf, actionTime())),
  'articles:move': ({ articleId, eventId }, { db }) => {
    const from = articleEventId(db, articleId);
    if (from === undefined) throw new HandlerError('not-found', `no article ${articleId}`);
    requireEvent(db, eventId);
    if (getEvent(db, eventId)!.trashedAt) throw new HandlerError('invalid-argument', 'that event is in the trash: restore it first');
    if (from === eventId) return;
    transaction(db, () => moveArticle(db, articleId, eventId, actionTime()));
  },
  'articles:merge': ({ from, into }, { db }) => ({ actionId: rearranging(() => mergeArticles(db, from, into, actionTime())) }),
  'articles:split': ({ versionId }, { db }) => rearranging(() => splitVersion(db, versionId, actionTime())),
  'articles:file': ({ articleId, eventId }, { db }) => rearranging(() => fileInEvent(db, articleId, eventId, actionTime())),
  'articles:unfile': ({ articleId, eventId }, { db }) => rearranging(() => unfileFromEvent(db, articleId, eventId, actionTime())),
};
