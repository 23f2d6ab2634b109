import { transaction } from '../../../db/connection';
import { articleEventId, listArticles } from '../../../db/queries/articles';
import { getEvent, moveArticle } from '../../../db/queries/events';
import { markCopy } from '../../../db/queries/figures';
import type { Handler } from './context';
import { curating } from './curating';
import { HandlerError } from '../handlerError';
import { requireEvent } from './events';
import { actionTime } from '../../library/actionTime';

export const articleHandlers: {
  'articles:list': Handler<'articles:list'>;
  'articles:markCopy': Handler<'articles:markCopy'>;
  'articles:move': Handler<'articles:move'>;
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
};
