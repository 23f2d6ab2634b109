import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startWebShell } from '../../web/server';
import { LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, type Command } from '../command';
import { openLibraryOption } from '../openLibraryOption';
import { printable } from '../terminalText';
import { libraryDamage } from '../../../db/connection';
import { keepDailyBackups } from '../../library/openLibraryForWork';

export const DEFAULT_PORT = 4870;

/** The renderer as `npm run build` leaves it. */
/** The built renderer: beside the bundled CLI (out/cli → out/renderer), or from the sources under tsx (main/cli/commands). */
const RENDERER_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../../out/renderer' : '../renderer', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  usage: `tally serve [--port N] [--library FILE]
  --port N        the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
${LIBRARY_HELP}`,

  async run(argv) {
    const { values } = parse(argv, { ...LIBRARY_OPTION, port: { type: 'string' } }, false);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    if (!existsSync(`${RENDERER_DIR}/index.html`)) {
      throw new Error('the app is not built yet: run `npm run build` (or `npm run serve`, which builds first)');
    }
    const { db, path: libraryPath } = openLibraryOption(values.library);
    let shell;
    try {
      shell = await startWebShell({ db, libraryPath, staticDir: RENDERER_DIR, port });
    } catch (error) {
      db.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`port ${port} is in use: pass --port N (0 picks a free port)`);
      }
      throw error;
    }
    console.log(`Tally is serving ${printable(libraryPath)}`);
    console.log(`Open ${shell.url}`);
    console.log('(only this machine can reach it; the address carries a secret for this run. Ctrl+C stops.)');
    const stopBackups = libraryDamage(db) ? () => {} : keepDailyBackups(db, libraryPath, (message) => console.error(printable(message)));
    const stop = async (): Promise<void> => {
      stopBackups();
      await shell.close();
      db.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    return new Promise<number>(() => {}); // serves until stopped
  },
};
