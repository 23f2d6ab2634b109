// Push events for the web shell's renderers, as Server-Sent Events.
import type { ServerResponse } from 'node:http';
import type { PushEvent, PushEvents } from '../ipc/contract';

const HEARTBEAT_MS = 20_000;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);

  constructor() {
    this.heartbeat.unref();
  }

  add(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  emit<E extends PushEvent>(event: E, payload: PushEvents[E]): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients) {
      res.write(chunk);
      // sent now, not on the next tick as Node would: "waiting for another Tally process" is pushed just before this thread blocks on the lock
      res.socket?.uncork();
    }
  }
}
