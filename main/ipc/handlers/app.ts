import { dirname, join } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { libraryDamage } from '../../../db/connection';
import type { Handler } from './context';

export const appHandlers: { 'app:info': Handler<'app:info'> } = {
  'app:info': (_arg, ctx) => ({
    shell: ctx.shell,
    version: pkg.version,
    libraryPath: ctx.libraryPath,
    // The desktop shell asks for a folder with its own picker; a browser can only be told a path.
    ...(ctx.shell === 'web' ? { reportsFolder: join(dirname(ctx.libraryPath), 'reports') } : {}),
    ...(libraryDamage(ctx.db) ? { libraryProblem: libraryDamage(ctx.db)! } : {}),
  }),
};
