// The renderer's only door to the engine, and the only user of window.tally.
// In the desktop app the preload provides the bridge; in a browser the web
// transport does. Screens call `call()` and get a value or an ApiError.
import type { ArgOf, Channel, PreloadApi, PushEvent, PushEvents, Reply, ResultOf, ShellKind } from '../../../main/ipc/contract';
import { createWebTransport } from './webTransport';

declare global {
  interface Window {
    tally?: PreloadApi;
  }
}

export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** What went wrong, in the one line the engine wrote for the researcher (or the error's own). */
export function errorText(e: unknown): string {
  return e instanceof ApiError || e instanceof Error ? e.message : String(e);
}

const bridge = window.tally ?? createWebTransport();

export const shell: ShellKind = window.tally ? 'electron' : 'web';

export async function call<C extends Channel>(channel: C, ...[arg]: ArgOf<C> extends void ? [] : [ArgOf<C>]): Promise<ResultOf<C>> {
  const invoker = bridge.invoke[channel] as (a: unknown) => Promise<Reply<ResultOf<C>>>;
  const reply = await invoker(arg);
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
  return reply.value;
}

export function subscribe<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void {
  return bridge.on[event](listener);
}

/** A dropped file's path on disk; only the desktop shell knows it. */
export function pathForFile(file: File): string | null {
  return window.tally ? window.tally.pathForFile(file) || null : null;
}
