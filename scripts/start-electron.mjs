// `npm start`: the desktop app. Finds (or tries once to download) the
// Electron binary, builds the renderer, the shell and the Electron build of
// the SQLite addon when needed, then starts Electron. Where Electron cannot
// be had, says so and points to the browser shell instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronVersion, findElectronBinary, installerPath } from './electronBinary.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

let binary = findElectronBinary();
if (!binary) {
  console.error(`Fetching Electron ${electronVersion} (first start only)…`);
  const install = spawnSync(process.execPath, [installerPath()], { encoding: 'utf8' });
  binary = install.status === 0 ? findElectronBinary() : null;
  if (!binary) {
    const reason = `${install.stderr ?? ''}`.split('\n').find((l) => /error/i.test(l))?.trim() ?? 'the download failed';
    console.error(
      [
        `Tally's desktop shell needs Electron ${electronVersion}, and it could not be downloaded on this machine`,
        `(${reason}).`,
        '',
        'Use the same app in your browser instead:',
        '',
        '    npm run serve',
        '',
        'or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron and run npm start again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}

if (!run(npm, ['run', '--silent', 'build'])) process.exit(1);
if (!existsSync('build/native-electron/better_sqlite3.node') && !run(npm, ['run', '--silent', 'build:electron-native'])) {
  console.error('Could not build the SQLite addon for Electron; `npm run serve` runs Tally in your browser instead.');
  process.exit(1);
}
process.exit(run(binary, ['.'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } }) ? 0 : 1);
