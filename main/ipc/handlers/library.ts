import { listArticles } from '../../../db/queries/articles';
import { getEvent } from '../../../db/queries/events';
import { searchLibrary } from '../../../db/queries/search';
import { getVersion } from '../../../db/queries/versions';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const libraryHandlers: {
  'articles:list': Handler<'articles:list'>;
  'versions:get': Handler<'versions:get'>;
  'library:search': Handler<'library:search'>;
  'library:check': Handler<'library:check'>;
} = {
  'articles:list': ({ eventId }, { db }) => {
    if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
    return listArticles(db, eventId);
  },
  'versions:get': ({ id }, { db }) => {
    const version = getVersion(db, id);
    if (!version) throw new HandlerError('not-found', `no version with id ${id}`);
    return version;
  },
  'library:search': ({ query }, { db }) => searchLibrary(db, query),
  'library:check': (_arg, ctx) => ctx.runCheck(),
};
