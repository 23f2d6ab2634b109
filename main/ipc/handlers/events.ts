import { createEvent, findEventByName, getEvent, listEvents } from '../../../db/queries/events';
import { eventFigures, eventNoFigures } from '../../library/eventFigures';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

/** The event, or the caller's mistake said in one line. */
export function requireEvent(db: Parameters<typeof getEvent>[0], eventId: number): void {
  if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
}

export const eventHandlers: {
  'events:list': Handler<'events:list'>;
  'events:create': Handler<'events:create'>;
  'events:figures': Handler<'events:figures'>;
  'events:noFigures': Handler<'events:noFigures'>;
} = {
  'events:list': (_arg, { db }) => listEvents(db),
  'events:create': ({ name }, { db }) => {
    if (findEventByName(db, name)) throw new HandlerError('invalid-argument', `an event called "${name}" already exists`);
    return getEvent(db, createEvent(db, name, new Date().toISOString()))!;
  },
  'events:figures': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    return eventFigures(db, eventId);
  },
  'events:noFigures': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    return eventNoFigures(db, eventId);
  },
};
