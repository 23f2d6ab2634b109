// Opens a written report with the machine's own application, for the web
// shell: it listens on 127.0.0.1 only, so the machine serving is the
// researcher's own, and the server can start the system's opener for them.
import { spawn } from 'node:child_process';
import { HandlerError } from '../ipc/handlerError';

export interface Opener {
  command: string;
  args(path: string): string[];
  /** What to install when the command is missing. */
  hint?: string;
}

/**
 * The system's opener. On Windows, `explorer.exe FILE` rather than `cmd /c
 * start`: cmd parses its command line again, so a folder named with `&` or
 * `^` would not reach `start` as typed.
 */
export function systemOpener(platform: NodeJS.Platform = process.platform): Opener {
  if (platform === 'darwin') return { command: 'open', args: (path) => [path] };
  if (platform === 'win32') return { command: 'explorer.exe', args: (path) => [path] };
  return { command: 'xdg-open', args: (path) => [path], hint: 'install xdg-utils' };
}

/** Starts the opener on `path`, detached, and answers once it has started; a one-line `failed` error when it cannot. */
export function openWithSystem(path: string, opener: Opener = systemOpener()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(opener.command, opener.args(path), { detached: true, stdio: 'ignore' });
    child.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? `${opener.command} is not installed${opener.hint ? ` (${opener.hint})` : ''}` : `${opener.command} did not start (${error.code ?? error.message})`;
      reject(new HandlerError('failed', `cannot open the report here: ${why}`));
    });
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
