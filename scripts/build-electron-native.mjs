// Builds better-sqlite3's native addon for Electron's ABI into
// build/native-electron/, beside (never over) the Node build in node_modules
// that the CLI and the tests load. The desktop shell loads it through the
// driver's `nativeBinding` option; electron-builder ships it as an extra
// resource (electron-builder.yml), with its own rebuild step turned off.
//
// Why not `electron-builder install-app-deps` or an in-place rebuild: both
// rebuild node_modules/better-sqlite3, replacing the Node build; and where
// npm's config sets `nodedir` (as on our machines), node-gyp compiles against
// Node's headers instead of Electron's and quietly produces a Node build.
// So the copy is built here with `nodedir` removed from the environment and
// Electron's headers named explicitly.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { electronVersion } from './electronBinary.mjs';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('better-sqlite3/package.json'));
const outDir = resolve('build/native-electron');
const work = join(outDir, 'better-sqlite3');

function nodeGyp() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp; // set by npm for scripts
  const npmDir = dirname(dirname(require.resolve('npm/package.json', { paths: [dirname(process.execPath), join(dirname(process.execPath), '..', 'lib', 'node_modules')] })));
  return join(npmDir, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}

rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) });

const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];

console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.arch}) in ${work}…`);
const result = spawnSync(
  process.execPath,
  [
    nodeGyp(),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: work, env, stdio: 'inherit' },
);
const built = join(work, 'build', 'Release', 'better_sqlite3.node');
if (result.status !== 0 || !existsSync(built)) {
  console.error(
    `\nCould not build the SQLite addon for Electron ${electronVersion}. node-gyp needs Electron's headers from electronjs.org;` +
      ' on a machine without that access the desktop build cannot be made (the CLI and `npm run serve` do not need it).',
  );
  process.exit(1);
}
cpSync(built, join(outDir, 'better_sqlite3.node'));
writeFileSync(join(outDir, 'ELECTRON_VERSION'), `${electronVersion}\n`);
console.log(`Built ${join(outDir, 'better_sqlite3.node')}`);
