// Extraction of one long text on two threads. Reading a text into paragraphs
// and sentences, and tagging them, needs no context across paragraphs, so a
// worker does it window by window, ahead (tagWorker.ts), while this thread
// reads the windows in order with the state that goes from paragraph to
// paragraph (core/extract/claimReader.ts). The claims are the same as
// extractClaims gives on one thread.
//
// A worker costs its start and its own language model, a few hundred
// milliseconds of the other core: worth it for a text of a megabyte or more,
// not for an article (see extractCommand.ts).
import type { Worker } from 'node:worker_threads';
// not core/extract's index: this thread never tags, and never loads the tagger's model
import { ClaimReader } from '../core/extract/claimReader';
import { unpackWindow, type PackedWindow } from '../core/extract/packedWindow';
import type { ExtractedClaim } from '../core/model';
import { startWorker } from './startWorker';
import type { TagAnswer, TagJob } from './tagMessages';

/** What the worker has answered for one text and the reading has not yet taken: its windows in order, null once it is done. */
interface Job {
  windows: (PackedWindow | null)[];
  failure: Error | null;
  /** The reading, waiting for the next answer. */
  wake: (() => void) | null;
}

export class ParallelExtractor {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private failure: Error | null = null;

  /** Starts the worker at once, so that it loads its model while the caller still reads its input. */
  constructor() {
    this.worker = startWorker('tagWorker', null);
    // an idle worker never keeps the process alive; one tagging a text does (see extract)
    this.worker.unref();
    this.worker.on('message', (answer: TagAnswer) => this.answer(answer));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('messageerror', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the tagging worker stopped (exit code ${code})`)));
  }

  /** The claims of `text`, the same as extractClaims(text). Rejects, for this text and any after it, if the worker fails. */
  async extract(text: string): Promise<ExtractedClaim[]> {
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    const job: Job = { windows: [], failure: null, wake: null };
    this.jobs.set(id, job);
    if (this.jobs.size === 1) this.worker.ref();
    try {
      this.worker.postMessage({ id, text } satisfies TagJob);
      const reader = new ClaimReader(text);
      for (;;) {
        while (job.windows.length === 0 && !job.failure) await new Promise<void>((wake) => (job.wake = wake));
        if (job.failure) throw job.failure;
        const packed = job.windows.shift()!;
        if (!packed) return reader.claims;
        const { paragraphs, tagged } = unpackWindow(text, packed);
        reader.read(paragraphs, tagged);
      }
    } finally {
      this.jobs.delete(id);
      if (this.jobs.size === 0) this.worker.unref();
    }
  }

  /** Ends the worker; a text still being read fails. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private answer(answer: TagAnswer): void {
    const job = this.jobs.get(answer.id);
    if (!job) return;
    if ('error' in answer) job.failure = new Error(`tagging failed: ${answer.error}`);
    else job.windows.push('window' in answer ? answer.window : null);
    job.wake?.();
    job.wake = null;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.jobs.values()) {
      job.failure ??= error;
      job.wake?.();
      job.wake = null;
    }
  }
}
