import { HistoryRefusal, listHistory, undoEntry, undoLatest } from '../../library/history';
import { HandlerError } from '../handlerError';
import { requireWritable, type Handler } from './context';

/** An undo the history refuses is said in one line: what stands in the way, or that there is nothing. */
function undoing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof HistoryRefusal) throw new HandlerError(error.code === 'not-found' ? 'not-found' : 'failed', error.message);
    throw error;
  }
}

export const historyHandlers: {
  'history:list': Handler<'history:list'>;
  'history:undo': Handler<'history:undo'>;
  'history:undoLatest': Handler<'history:undoLatest'>;
} = {
  'history:list': (page, { db }) => listHistory(db, page),
  'history:undo': ({ entry }, { db }) => {
    requireWritable(db);
    return undoing(() => undoEntry(db, entry));
  },
  'history:undoLatest': (_arg, { db }) => {
    requireWritable(db);
    return undoing(() => undoLatest(db));
  },
};
