import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const importHandlers: {
  'import:run': Handler<'import:run'>;
  'dialog:pickImportPaths': Handler<'dialog:pickImportPaths'>;
} = {
  'import:run': (arg, ctx) => ctx.runImport(arg),
  'dialog:pickImportPaths': ({ folders }, ctx) => {
    if (!ctx.pickImportPaths) throw new HandlerError('unsupported', 'this shell has no native file picker');
    return ctx.pickImportPaths(folders);
  },
};
