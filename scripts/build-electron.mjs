// Bundles the desktop shell for Electron: the main process and the library
// worker as ES modules, the sandboxed preload as one CommonJS file (a
// sandboxed preload can require nothing but Electron's own modules).
// better-sqlite3 stays outside the bundle: it is loaded with an explicit
// nativeBinding built for Electron (see scripts/build-electron-native.mjs).
// pdfjs-dist too, loaded from node_modules on the first PDF read, with the
// files it reads beside it (scripts/build-cli.mjs).
import { build } from 'esbuild';
import { buildId } from './buildId.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'canvas', 'pdfjs-dist'],
  define: { __TALLY_BUILD__: JSON.stringify(buildId()) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'main/electron/main.ts', libraryWorker: 'main/workers/libraryWorker.ts', captureWorker: 'main/workers/captureWorker.ts' },
    outdir: 'out/electron',
    format: 'esm',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __tallyRequire } from 'node:module'; const require = __tallyRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir: 'out/electron',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  }),
]);
console.log('built out/electron (main.js, libraryWorker.js, preload.cjs)');
