import { createEvent, findEventByName, getEvent, listEvents } from '../../../db/queries/events';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const eventHandlers: { 'events:list': Handler<'events:list'>; 'events:create': Handler<'events:create'> } = {
  'events:list': (_arg, { db }) => listEvents(db),
  'events:create': ({ name }, { db }) => {
    if (findEventByName(db, name)) throw new HandlerError('invalid-argument', `an event called "${name}" already exists`);
    return getEvent(db, createEvent(db, name, new Date().toISOString()))!;
  },
};
