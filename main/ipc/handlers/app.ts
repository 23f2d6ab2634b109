import pkg from '../../../package.json' with { type: 'json' };
import type { Handler } from './context';

export const appHandlers: { 'app:info': Handler<'app:info'> } = {
  'app:info': (_arg, ctx) => ({ shell: ctx.shell, version: pkg.version, libraryPath: ctx.libraryPath }),
};
