// Finds the Electron executable without triggering the `electron` package's
// download-on-first-use, which cannot work on a machine with no way out to
// GitHub. ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron) wins.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

export const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

/** The executable's path if it is on this machine, else null. */
export function findElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : existsSync(pathFile) ? join(electronDir, 'dist', name) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** The package's own installer: downloads the binary; fails fast without a network. */
export function installerPath() {
  return join(electronDir, 'install.js');
}
