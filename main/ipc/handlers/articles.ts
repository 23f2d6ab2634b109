import { listArticles } from '../../../db/queries/articles';
import { markCopy } from '../../../db/queries/figures';
import type { Handler } from './context';
import { curating } from './curating';
import { requireEvent } from './events';

export const articleHandlers: {
  'articles:list': Handler<'articles:list'>;
  'articles:markCopy': Handler<'articles:markCopy'>;
} = {
  'articles:list': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    return listArticles(db, eventId);
  },
  'articles:markCopy': ({ articleId, copyOf }, { db }) => curating(() => markCopy(db, articleId, copyOf, new Date().toISOString())),
};
