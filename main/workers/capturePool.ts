// The capture workers of this process: reading and extracting articles is
// most of an import's time, and it needs nothing from the library, so it runs
// on the machine's other cores while the batch's thread stores versions in
// order. The workers are started once, on the first batch large enough to
// need them, and kept for the next (starting one loads a language model); an
// idle worker never keeps the process alive. A worker that dies costs only
// the jobs it held: the pool is dropped and the rest is read on the calling
// thread.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { prepareCapture, type PreparedCapture } from '../core/capture/prepareCapture';
import type { PdfContent } from '../core/capture/pdfContent';
import type { ArchivedAt } from '../core/capture/publication';
import type { CaptureFormat } from '../core/model';
import type { CaptureJob, CaptureOutcome } from './captureMessages';
import { startWorker } from './startWorker';

/** Workers for a process: the cores but one, which stores; at least one, and four at most (each holds its own language model). */
function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * A capture worker's heap, bounded: what it keeps between pages is a few tens
 * of MB, but left to itself the engine let a busy worker's heap grow to
 * hundreds of MB before collecting (a 1 GB archive's import peaked at 520 MB
 * for the whole process, against 390 MB bounded). Reading a page takes a heap
 * of about fifty times its size, so inputs above WORKER_MAX_BYTES are read on
 * the batch's own thread, whose heap is not bounded; a worker that still runs
 * out of memory hands what it held to that thread too.
 */
const CAPTURE_LIMITS = { maxOldGenerationSizeMb: 256 };
const WORKER_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Jobs each worker holds at once: the one it reads and the next ones, so it
 * never idles while the batch's thread is busy storing and has not yet taken
 * its answer.
 */
const HELD_PER_WORKER = 3;

/** Inputs in flight per worker: with fewer, a worker waited half its time for inputs still being read. */
const READ_AHEAD_PER_WORKER = 16;

interface Queued {
  job: CaptureJob;
  resolve: (prepared: PreparedCapture) => void;
  reject: (error: Error) => void;
}

export class CapturePool {
  /** Each worker and the jobs it holds, oldest first (a worker answers in order). */
  private readonly workers = new Map<Worker, Queued[]>();
  private readonly queue: Queued[] = [];
  private nextId = 0;
  private lost = false;

  constructor(size = workerCount()) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker('captureWorker', null, CAPTURE_LIMITS);
      worker.unref();
      this.workers.set(worker, []);
      worker.on('message', (outcome: CaptureOutcome) => this.settle(worker, outcome));
      worker.on('error', (error) => this.lose(worker, error.message, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
      worker.on('exit', (code) => this.lose(worker, `the capture worker stopped (exit code ${code})`));
    }
  }

  /** Whether a worker died: this pool reads no more. */
  get broken(): boolean {
    return this.lost;
  }

  /**
   * How many inputs a batch should have in flight: enough to keep every worker
   * busy while it stores. An input takes several turns of the batch's thread
   * (opening and reading the file, its hash) before it reaches a worker, and
   * that thread is mostly busy storing, so this is several times what the
   * workers hold.
   */
  get depth(): number {
    return this.lost ? 1 : this.workers.size * READ_AHEAD_PER_WORKER;
  }

  prepare(label: string, bytes: Uint8Array, format?: CaptureFormat, archived?: ArchivedAt, pdf?: PdfContent): Promise<PreparedCapture> {
    if (this.lost || bytes.length > WORKER_MAX_BYTES) return Promise.resolve().then(() => prepareCapture(label, bytes, format, archived, pdf));
    return new Promise<PreparedCapture>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, label, bytes, format, archived, pdf }, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued jobs, in order, to the workers holding the fewest; a worker holding none lets the process exit. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: [Worker, Queued[]] | null = null;
      for (const entry of this.workers) if (!target || entry[1].length < target[1].length) target = entry;
      if (!target || target[1].length >= HELD_PER_WORKER) break;
      const next = this.queue.shift()!;
      if (target[1].length === 0) target[0].ref();
      target[1].push(next);
      target[0].postMessage(next.job);
    }
  }

  private settle(worker: Worker, outcome: CaptureOutcome): void {
    const held = this.workers.get(worker);
    const at = held?.findIndex((q) => q.job.id === outcome.id) ?? -1;
    if (at < 0) return;
    const [done] = held!.splice(at, 1);
    if (held!.length === 0) worker.unref();
    if ('error' in outcome) done!.reject(new Error(outcome.error));
    else done!.resolve(outcome.prepared);
    this.dispatch();
  }

  /**
   * A worker died: the jobs it held fail alone (read again on this thread
   * when it only ran out of its bounded memory), and what is still queued is
   * read on this thread.
   */
  private lose(worker: Worker, reason: string, outOfMemory = false): void {
    const held = this.workers.get(worker);
    if (!held) return;
    this.workers.delete(worker);
    for (const queued of held) {
      if (outOfMemory) this.readHere(queued);
      else queued.reject(new Error(reason));
    }
    if (this.lost) return;
    this.lost = true;
    for (const worker of this.workers.keys()) void worker.terminate();
    for (const queued of this.queue.splice(0)) this.readHere(queued);
  }

  private readHere(queued: Queued): void {
    const { label, bytes, format, archived, pdf } = queued.job;
    Promise.resolve()
      .then(() => prepareCapture(label, bytes, format, archived, pdf))
      .then(queued.resolve, queued.reject);
  }
}

let shared: CapturePool | null = null;

/** The process's capture workers, started on first use and started again if one died. */
export function capturePool(): CapturePool {
  if (!shared || shared.broken) shared = new CapturePool();
  return shared;
}
