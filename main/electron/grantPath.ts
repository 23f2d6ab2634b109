// The one message the preload sends outside the contract: a path the
// researcher handed the page (a picked or dropped file), which the main
// process records so that import:run accepts it (main/ipc/grantedPaths.ts).
export const GRANT_PATH = 'tally:grant-path';
