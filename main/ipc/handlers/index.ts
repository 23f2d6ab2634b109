// main/ipc owns the contract (contract.ts), argument checks (validate.ts) and
// the handlers: thin functions that call db/ and the core. Both shells send
// every request through `dispatch`.
import { appHandlers } from './app';
import { claimHandlers } from './claims';
import type { Handlers } from './context';
import { diffHandlers } from './diff';
import { eventHandlers } from './events';
import { figureHandlers } from './figures';
import { importHandlers } from './import';
import { libraryHandlers } from './library';
import { reportHandlers } from './reports';
import { workHandlers } from './work';

export const handlers = {
  ...appHandlers,
  ...eventHandlers,
  ...libraryHandlers,
  ...diffHandlers,
  ...figureHandlers,
  ...importHandlers,
  ...claimHandlers,
  ...reportHandlers,
  ...workHandlers,
} satisfies Handlers;

export type { HandlerContext, Handlers } from './context';
