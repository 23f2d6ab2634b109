import { HandlerError } from '../handlerError';
import { requireWritable, type Handler } from './context';
import { cancellable } from './work';

export const importHandlers: { 'import:run': Handler<'import:run'> } = {
  'import:run': (arg, ctx) => {
    // The renderer asks, the engine decides: in a browser, a file reaches the
    // engine only as an upload the user picked or dropped. A path named by the
    // page would let any script there read whatever the engine can.
    if (ctx.shell === 'web' && arg.inputs.some((input) => input.kind === 'path')) {
      throw new HandlerError('invalid-argument', 'in the browser, Tally imports only files you pick or drop (uploads), never a path the page names');
    }
    // On the desktop, a path must be one the researcher picked or dropped this session (or inside a folder that was).
    const unasked = ctx.pathGranted && arg.inputs.find((input) => input.kind === 'path' && !ctx.pathGranted!(input.path));
    if (unasked && unasked.kind === 'path') {
      throw new HandlerError('invalid-argument', `${unasked.path} was not picked or dropped in this window: choose it with Import files… or drop it here`);
    }
    requireWritable(ctx.db);
    // work:cancel with the batchId stops it at its next commit: it answers with what it stored, marked stopped
    return cancellable(arg.batchId, 'the import', (signal) => ctx.runImport(arg, signal));
  },
};
