import { transaction } from '../../../db/connection';
import { createEvent, findEventByName, getEvent, listEvents, listTrashedEvents, renameEvent, setEventTrashed } from '../../../db/queries/events';
import { eventNoFigures, packedEventFigures } from '../../library/eventFigures';
import type { EventSummary } from '../../core/model';
import { HandlerError } from '../handlerError';
import { keptFiguresFirst, type Handler } from './context';
import { actionTime } from '../../library/actionTime';

/** The event, or the caller's mistake said in one line. */
export function requireEvent(db: Parameters<typeof getEvent>[0], eventId: number): EventSummary {
  const event = getEvent(db, eventId);
  if (!event) throw new HandlerError('not-found', `no event with id ${eventId}`);
  return event;
}

export const eventHandlers: {
  'events:list': Handler<'events:list'>;
  'events:create': Handler<'events:create'>;
  'events:figures': Handler<'events:figures'>;
  'events:noFigures': Handler<'events:noFigures'>;
  'events:rename': Handler<'events:rename'>;
  'events:trash': Handler<'events:trash'>;
  'events:restore': Handler<'events:restore'>;
  'events:trashed': Handler<'events:trashed'>;
} = {
  'events:list': (_arg, { db }) => listEvents(db),
  'events:create': ({ name }, { db }) => {
    if (findEventByName(db, name)) throw new HandlerError('invalid-argument', `an event called "${name}" already exists`);
    return getEvent(db, createEvent(db, name, new Date().toISOString()))!;
  },
  'events:figures': async ({ eventId }, ctx) => {
    await keptFiguresFirst(ctx, requireEvent(ctx.db, eventId));
    return packedEventFigures(ctx.db, eventId);
  },
  'events:noFigures': async ({ eventId }, ctx) => {
    await keptFiguresFirst(ctx, requireEvent(ctx.db, eventId));
    return eventNoFigures(ctx.db, eventId);
  },
  'events:rename': ({ eventId, name }, { db }) => {
    requireEvent(db, eventId);
    const same = findEventByName(db, name);
    if (same && same.id !== eventId) throw new HandlerError('invalid-argument', `an event called "${same.name}" already exists${same.trashedAt ? ' (in the trash)' : ''}`);
    transaction(db, () => renameEvent(db, eventId, name, actionTime()));
    return getEvent(db, eventId)!;
  },
  'events:trash': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    const at = actionTime();
    transaction(db, () => setEventTrashed(db, eventId, at, at));
  },
  'events:restore': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    transaction(db, () => setEventTrashed(db, eventId, null, actionTime()));
    return getEvent(db, eventId)!;
  },
  'events:trashed': (_arg, { db }) => listTrashedEvents(db),
};
