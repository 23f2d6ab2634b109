import { applyFigureAction, curationLog } from '../../../db/queries/figures';
import { checkFigureAction } from '../../core/compare/checkFigureAction';
import { eventFigures, packedEventFigures } from '../../library/eventFigures';
import { HandlerError } from '../handlerError';
import { keptFiguresFirst, type Handler } from './context';
import { curating } from './curating';
import { requireEvent } from './events';
import { actionTime } from '../../library/actionTime';

export const figureHandlers: {
  'figures:act': Handler<'figures:act'>;
  'figures:log': Handler<'figures:log'>;
} = {
  'figures:act': async ({ eventId, action }, ctx) => {
    const { db } = ctx;
    const event = requireEvent(db, eventId);
    await keptFiguresFirst(ctx, event);
    const problem = checkFigureAction(eventFigures(db, eventId), action);
    if (problem) throw new HandlerError('invalid-argument', problem);
    curating(() => applyFigureAction(db, eventId, action, actionTime()));
    // the figures as the action left them, grouped again off this thread
    await keptFiguresFirst(ctx, event);
    return packedEventFigures(db, eventId);
  },
  'figures:log': ({ eventId }, { db }) => {
    requireEvent(db, eventId);
    return curationLog(db, eventId);
  },
};
