// Where the library lives when nobody says otherwise: the desktop app's user
// data folder, computed here the way Electron computes `app.getPath('userData')`
// so that the CLI, the web shell and the desktop app open the same file.
// TALLY_LIBRARY overrides it; --library overrides both.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Tally';
export const LIBRARY_FILE = 'library.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

/** Electron's appData folder for this platform. */
function appDataFolder(platform: NodeJS.Platform, env: Env, home: string): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export function userDataFolder(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  return join(appDataFolder(platform, env, home), APP_NAME);
}

export function defaultLibraryPath(env: Env = process.env): string {
  return env.TALLY_LIBRARY || join(userDataFolder(process.platform, env), LIBRARY_FILE);
}

/**
 * The library to open: the one named (--library), else the default. Only the
 * app's own data folder is created when missing; a folder the researcher
 * named must exist, so a typo gets a message rather than a new folder.
 */
export function libraryLocation(named?: string, env: Env = process.env): { path: string; createFolder: boolean } {
  const path = named ?? defaultLibraryPath(env);
  return { path, createFolder: path === join(userDataFolder(process.platform, env), LIBRARY_FILE) };
}
