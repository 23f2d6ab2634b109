// main/ipc owns the contract (contract.ts), argument checks (validate.ts) and
// the handlers: thin functions that call db/, main/library and the core. Both
// shells send every request through `dispatch`. A channel's handler lives in
// the file named after its noun (`figures:act` in figures.ts).
import { appHandlers } from './app';
import { articleHandlers } from './articles';
import { claimHandlers } from './claims';
import type { Handlers } from './context';
import { dialogHandlers } from './dialog';
import { eventHandlers } from './events';
import { figureHandlers } from './figures';
import { historyHandlers } from './history';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { metadataHandlers } from './metadata';
import { outletHandlers } from './outlets';
import { reportHandlers } from './reports';
import { sourceHandlers } from './sources';
import { versionHandlers } from './versions';
import { workHandlers } from './work';

/** Each file's handlers by the file's name, which is its channels' noun. */
export const HANDLER_FILES = {
  app: appHandlers,
  articles: articleHandlers,
  claims: claimHandlers,
  dialog: dialogHandlers,
  events: eventHandlers,
  figures: figureHandlers,
  history: historyHandlers,
  import: importHandlers,
  library: libraryHandlers,
  metadata: metadataHandlers,
  outlets: outletHandlers,
  reports: reportHandlers,
  sources: sourceHandlers,
  versions: versionHandlers,
  work: workHandlers,
};

export const handlers = {
  ...appHandlers,
  ...articleHandlers,
  ...claimHandlers,
  ...dialogHandlers,
  ...eventHandlers,
  ...figureHandlers,
  ...historyHandlers,
  ...importHandlers,
  ...libraryHandlers,
  ...metadataHandlers,
  ...outletHandlers,
  ...reportHandlers,
  ...sourceHandlers,
  ...versionHandlers,
  ...workHandlers,
} satisfies Handlers;

export type { HandlerContext, Handlers } from './context';
