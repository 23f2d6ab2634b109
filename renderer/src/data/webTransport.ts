// The contract over HTTP, for the loopback web shell (see main/web/server.ts):
// one POST per call with the per-launch token, push events from an
// EventSource. Binary arguments travel as base64 (main/core/wire.ts).
import type { Invokers, PushEvent, PushEvents, Reply, Subscribers } from '../../../main/ipc/contract';
import { BYTES_TAG } from '../../../main/core/wire';

const TOKEN_KEY = 'tally-token';

/**
 * The token arrives in the address's fragment, which browsers never send to a
 * server; it is kept for this tab and taken out of the visible address.
 */
function takeToken(): string {
  const fromHash = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

// Base64 in chunks a multiple of 3 bytes long, so the pieces join cleanly.
const CHUNK = 3 * 8192;

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return out;
}

function encode(arg: unknown): string {
  return JSON.stringify({ arg }, (_key, value: unknown) => (value instanceof Uint8Array ? { [BYTES_TAG]: toBase64(value) } : value));
}

export function createWebTransport(): { invoke: Invokers; on: Subscribers } {
  const token = takeToken();

  const post = async (channel: string, arg: unknown): Promise<Reply<unknown>> => {
    try {
      const response = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: encode(arg),
      });
      return (await response.json()) as Reply<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: `Tally is not answering (${(error as Error).message}): is \`tally serve\` still running?` } };
    }
  };
  // Every channel is the same POST, so one proxy stands for all of them.
  const invoke = new Proxy({} as Invokers, {
    get: (_target, channel: string) => (arg: unknown) => post(channel, arg),
  });

  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const on = new Proxy({} as Subscribers, {
    get:
      (_target, event: PushEvent) =>
      (listener: (payload: PushEvents[PushEvent]) => void): (() => void) => {
        source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
        let set = listeners.get(event);
        if (!set) {
          listeners.set(event, (set = new Set()));
          source.addEventListener(event, (message) => {
            const payload = JSON.parse((message as MessageEvent<string>).data) as never;
            for (const l of listeners.get(event) ?? []) l(payload);
          });
        }
        set.add(listener);
        return () => set.delete(listener);
      },
  });
  return { invoke, on };
}
