import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE, defaultLibraryPath, libraryLocation, userDataFolder } from '../../../main/library/libraryPath';

const HOME = '/home/reporter';

describe('userDataFolder', () => {
  it('on Linux, uses XDG_CONFIG_HOME when it is set', () => {
    expect(userDataFolder('linux', { XDG_CONFIG_HOME: '/data/config' }, HOME)).toBe(join('/data/config', 'Tally'));
  });

  it('on Linux, falls back to ~/.config when XDG_CONFIG_HOME is unset or empty', () => {
    expect(userDataFolder('linux', {}, HOME)).toBe(join(HOME, '.config', 'Tally'));
    expect(userDataFolder('linux', { XDG_CONFIG_HOME: '' }, HOME)).toBe(join(HOME, '.config', 'Tally'));
  });

  it('on macOS, uses ~/Library/Application Support and ignores XDG_CONFIG_HOME', () => {
    expect(userDataFolder('darwin', { XDG_CONFIG_HOME: '/data/config' }, '/Users/reporter')).toBe(
      join('/Users/reporter', 'Library', 'Application Support', 'Tally'),
    );
  });

  it('on Windows, uses APPDATA, or AppData\\Roaming under the home folder without it', () => {
    const appData = 'C:\\Users\\reporter\\AppData\\Roaming';
    expect(userDataFolder('win32', { APPDATA: appData }, 'C:\\Users\\reporter')).toBe(join(appData, 'Tally'));
    expect(userDataFolder('win32', {}, 'C:\\Users\\reporter')).toBe(join('C:\\Users\\reporter', 'AppData', 'Roaming', 'Tally'));
  });
});

describe('defaultLibraryPath', () => {
  it('is TALLY_LIBRARY when that is set', () => {
    expect(defaultLibraryPath({ TALLY_LIBRARY: '/srv/research/tally.sqlite', XDG_CONFIG_HOME: '/data/config' })).toBe(
      '/srv/research/tally.sqlite',
    );
  });

  it('is library.sqlite in the user data folder otherwise', () => {
    const env = { XDG_CONFIG_HOME: '/data/config', APPDATA: 'C:\\AppData' };
    const path = defaultLibraryPath(env);
    expect(path).toBe(join(userDataFolder(process.platform, env), LIBRARY_FILE));
    expect(path.endsWith(join('Tally', 'library.sqlite'))).toBe(true);
  });

  it.runIf(process.platform === 'linux')('on Linux, is $XDG_CONFIG_HOME/Tally/library.sqlite when TALLY_LIBRARY is empty', () => {
    expect(defaultLibraryPath({ TALLY_LIBRARY: '', XDG_CONFIG_HOME: '/data/config' })).toBe('/data/config/Tally/library.sqlite');
  });
});

describe('libraryLocation', () => {
  it('creates the folder of the built-in default only, never one the researcher named', () => {
    const env = { XDG_CONFIG_HOME: '/data/config' };
    expect(libraryLocation(undefined, env)).toEqual({ path: join(userDataFolder(process.platform, env), LIBRARY_FILE), createFolder: true });
    expect(libraryLocation('/cases/bukamal.sqlite', env)).toEqual({ path: '/cases/bukamal.sqlite', createFolder: false });
    expect(libraryLocation(undefined, { ...env, TALLY_LIBRARY: '/cases/carrow.sqlite' })).toEqual({ path: '/cases/carrow.sqlite', createFolder: false });
  });
});
