// `npm run --silent tally -- <command>`: runs the bundled CLI (out/cli), and
// bundles it first when it is missing or older than the sources, so a fresh
// clone works without a set-up step and an edit is never run stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const ENTRY = join(ROOT, 'out', 'cli', 'tally.js');

function newestSource() {
  let newest = statSync(join(ROOT, 'package-lock.json')).mtimeMs;
  for (const folder of ['main', 'db']) {
    for (const name of readdirSync(join(ROOT, folder), { recursive: true })) {
      if (String(name).endsWith('.ts')) newest = Math.max(newest, statSync(join(ROOT, folder, String(name))).mtimeMs);
    }
  }
  return newest;
}

if (!existsSync(ENTRY) || statSync(ENTRY).mtimeMs < newestSource()) {
  const cwd = process.cwd();
  process.chdir(ROOT);
  // esbuild is loaded only when a build is due
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
  process.chdir(cwd);
}
await import(pathToFileURL(ENTRY).href);
