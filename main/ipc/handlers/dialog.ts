// The native pickers: only the desktop shell has them; the web shell takes uploads and typed folders instead.
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

export const dialogHandlers: {
  'dialog:pickImportPaths': Handler<'dialog:pickImportPaths'>;
  'dialog:pickFolder': Handler<'dialog:pickFolder'>;
} = {
  'dialog:pickImportPaths': ({ folders }, ctx) => {
    if (!ctx.pickImportPaths) throw new HandlerError('unsupported', 'this shell has no native file picker');
    return ctx.pickImportPaths(folders);
  },
  'dialog:pickFolder': (_arg, ctx) => {
    if (!ctx.pickFolder) throw new HandlerError('unsupported', 'this shell has no native folder picker: type the folder’s path');
    return ctx.pickFolder();
  },
};
