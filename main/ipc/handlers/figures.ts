import { keptUntilChange } from '../../../db/changeStamp';
import type { WritableDb } from '../../../db/connection';
import { getEvent } from '../../../db/queries/events';
import { applyFigureAction, curationLog, CurationError, loadCuration, markCopy } from '../../../db/queries/figures';
import { editSource, listSources } from '../../../db/queries/sources';
import { checkFigureAction } from '../../core/compare/checkFigureAction';
import { buildEventFigures } from '../../core/compare/eventFigures';
import { noFigureStatements } from '../../core/compare/noFigureStatements';
import type { EventFigure } from '../../core/model';
import { eventVersions } from '../../library/eventVersions';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

/**
 * An event's figures: its stored claims (rejected ones left out, the
 * researcher's edits in) grouped in capture order, with the researcher's
 * curation and source directory laid over the grouping; worked out when first
 * asked for and again only after the library changed.
 */
export function eventFigures(db: WritableDb, eventId: number): EventFigure[] {
  if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
  return keptUntilChange(db, 'figures', eventId, () => buildEventFigures(eventVersions(db, eventId), loadCuration(db, eventId), listSources(db)));
}

/** A curation action that names what is not there is the caller's mistake, said in one line. */
function curating<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CurationError) throw new HandlerError('invalid-argument', error.message);
    throw error;
  }
}

export const figureHandlers: {
  'events:figures': Handler<'events:figures'>;
  'events:noFigures': Handler<'events:noFigures'>;
  'figures:act': Handler<'figures:act'>;
  'figures:log': Handler<'figures:log'>;
  'sources:list': Handler<'sources:list'>;
  'sources:edit': Handler<'sources:edit'>;
  'articles:markCopy': Handler<'articles:markCopy'>;
} = {
  'events:figures': ({ eventId }, { db }) => eventFigures(db, eventId),
  'events:noFigures': ({ eventId }, { db }) => {
    if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
    return keptUntilChange(db, 'no-figures', eventId, () => noFigureStatements(eventVersions(db, eventId), listSources(db)));
  },
  'figures:act': ({ eventId, action }, { db }) => {
    const problem = checkFigureAction(eventFigures(db, eventId), action);
    if (problem) throw new HandlerError('invalid-argument', problem);
    curating(() => applyFigureAction(db, eventId, action, new Date().toISOString()));
    return eventFigures(db, eventId);
  },
  'figures:log': ({ eventId }, { db }) => {
    if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
    return curationLog(db, eventId);
  },
  'sources:list': (_arg, { db }) => listSources(db),
  'sources:edit': (edit, { db }) => {
    curating(() => editSource(db, edit, new Date().toISOString()));
    return listSources(db);
  },
  'articles:markCopy': ({ articleId, copyOf }, { db }) => curating(() => markCopy(db, articleId, copyOf, new Date().toISOString())),
};
