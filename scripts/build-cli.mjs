// Bundles the `tally` command and its library worker for Node, so a command
// starts without compiling TypeScript (about 2.5 s under tsx). Each command
// is its own chunk, loaded when it runs: `tally --help` loads none of the
// engine. better-sqlite3 (a native addon), playwright-core (loaded only to
// print a PDF) and pdfjs-dist (loaded only to read one, with its worker code,
// character maps and font metrics beside it) stay in node_modules.
//   node scripts/build-cli.mjs        → out/cli/tally.js, out/cli/libraryWorker.js, chunks
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildId } from './buildId.mjs';

export async function buildCli() {
  rmSync('out/cli', { recursive: true, force: true });
  await build({
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    external: ['better-sqlite3', 'canvas', 'playwright-core', 'pdfjs-dist'],
    // which code grouped the figures a library keeps (main/library/buildId.ts)
    define: { __TALLY_BUILD__: JSON.stringify(buildId()) },
    entryPoints: { tally: 'main/cli/tally.ts', libraryWorker: 'main/workers/libraryWorker.ts', captureWorker: 'main/workers/captureWorker.ts', tagWorker: 'main/workers/tagWorker.ts' },
    outdir: 'out/cli',
    // chunks beside the entry points: the worker is found beside whichever chunk starts it
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __tallyRequire } from 'node:module'; const require = __tallyRequire(import.meta.url);" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli();
  console.log('built out/cli (tally.js, libraryWorker.js)');
}
