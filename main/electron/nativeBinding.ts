// Where the Electron build of better-sqlite3's native addon lives. It is
// built apart from the Node build (npm run build:electron-native) and loaded
// through the driver's `nativeBinding` option, so the CLI and the tests keep
// using node_modules' Node build untouched. See README, "Native modules".
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

export function electronNativeBinding(appRoot: string): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', NATIVE_FILE)
    : join(appRoot, 'build', 'native-electron', NATIVE_FILE);
}

export function nativeBindingMissing(path: string): string | null {
  return existsSync(path)
    ? null
    : `The SQLite module built for Electron is missing (${path}). Run \`npm run build:electron-native\`, or use \`npm run serve\`.`;
}
