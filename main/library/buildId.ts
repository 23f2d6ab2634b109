// Which code this is, for results kept in the library that other code might
// work out otherwise (kept figures). A bundle is stamped at build time with a
// hash of the engine's sources (scripts/buildId.mjs); run from source, the
// code may change between any two runs, so each process counts as a build of
// its own and keeps its results for itself.
declare const __TALLY_BUILD__: string | undefined;

// (its worker threads too: they are given the process's environment as it was when they started)
export const BUILD_ID: string = typeof __TALLY_BUILD__ === 'string' ? __TALLY_BUILD__ : (process.env.TALLY_SOURCE_BUILD ??= `source:${process.pid}:${Date.now()}`);
