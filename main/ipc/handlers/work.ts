// Long work the researcher can stop: a diff of two large versions, the
// comparing of a report's revisions, an import. Each runs under a name the
// renderer chose (a diff's workId, a report's or an import's batchId);
// `work:cancel` stops it, and the handler that started it answers `cancelled`
// (an import answers with what it stored, marked stopped).
import { WorkCancelled } from '../../workers/runInWorker';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

const running = new Map<string, AbortController>();

/**
 * Runs `work` under `workId` (when the renderer named it), with a signal
 * that `work:cancel` raises; a cancelled run answers a `cancelled` error
 * saying `what` was stopped.
 */
export async function cancellable<T>(workId: string | undefined, what: string, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (workId === undefined) return work(undefined);
  if (running.has(workId)) throw new HandlerError('invalid-argument', `work named ${workId} is already running`);
  const controller = new AbortController();
  running.set(workId, controller);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (error instanceof WorkCancelled || controller.signal.aborted) throw new HandlerError('cancelled', `${what} was cancelled`);
    throw error;
  } finally {
    running.delete(workId);
  }
}

export const workHandlers: { 'work:cancel': Handler<'work:cancel'> } = {
  'work:cancel': ({ workId }) => {
    const controller = running.get(workId);
    controller?.abort();
    return { cancelled: controller !== undefined };
  },
};
