import { searchLibrary } from '../../../db/queries/search';
import type { Handler } from './context';

export const libraryHandlers: {
  'library:search': Handler<'library:search'>;
  'library:check': Handler<'library:check'>;
} = {
  'library:search': ({ query }, { db }) => searchLibrary(db, query),
  'library:check': (_arg, ctx) => ctx.runCheck(),
};
