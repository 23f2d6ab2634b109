// Starts the library worker for one task and turns its messages into a
// promise (and, for an import or a report, progress callbacks).
import type { DiffOptions, ExtractionReport, ImportProgress, ImportReport, LibraryCheckReport, VersionDiff } from '../core/model';
import type { Report } from '../core/report/reportSchema';
import type { ImportRequest } from '../library/import/importBatch';
import type { LibraryTask, LibraryWorkerData, LibraryWorkerMessage, LibraryWorkerRequest } from './libraryWorkerMessages';
import { startWorker } from './startWorker';

export interface WorkerOptions {
  libraryPath: string;
  nativeBinding?: string | undefined;
  /** Stops the work: the worker is ended at once and the promise rejects with a WorkCancelled (an import: see runImportInWorker). */
  signal?: AbortSignal | undefined;
}

/** How long an import asked to stop may take to reach its next commit and answer, before its worker is ended. */
const STOP_GRACE_MS = 30_000;

/** The work was stopped by its signal before it finished. */
export class WorkCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'WorkCancelled';
  }
}

export interface WorkerImportOptions extends WorkerOptions {
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

type Outcome = Extract<LibraryWorkerMessage, { type: 'imported' | 'extracted' | 'reported' | 'checked' | 'diffed' | 'figures-kept' }>;
type ProgressMessage = Extract<LibraryWorkerMessage, { type: 'progress' | 'report-progress' }>;

function runTask(task: LibraryTask, options: WorkerOptions, onProgress?: (message: ProgressMessage) => void): Promise<Outcome> {
  if (options.signal?.aborted) return Promise.reject(new WorkCancelled());
  const worker = startWorker('libraryWorker', { libraryPath: options.libraryPath, nativeBinding: options.nativeBinding, task } satisfies LibraryWorkerData);
  return new Promise<Outcome>((resolve, reject) => {
    let settled = false;
    // ended mid-way, a worker loses nothing stored: what it writes, it writes in transactions
    const end = (): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(new WorkCancelled());
    };
    // an import is asked to stop, and answers with what it stored; ended only if it does not answer in time
    const cancel = (): void => {
      if (task.kind !== 'import') return end();
      worker.postMessage({ type: 'stop' } satisfies LibraryWorkerRequest);
      setTimeout(end, STOP_GRACE_MS).unref();
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.once('exit', () => options.signal?.removeEventListener('abort', cancel));
    worker.on('message', (message: LibraryWorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress' || message.type === 'report-progress') onProgress?.(message);
      else {
        settled = true;
        if (message.type === 'error') reject(new Error(message.message));
        else resolve(message);
      }
    });
    worker.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the library worker stopped unexpectedly (exit code ${code})`));
    });
  });
}

/** An import batch; stopped by `signal`, it answers with what it stored, its report marked `stopped`. */
export async function runImportInWorker(request: ImportRequest, options: WorkerImportOptions): Promise<ImportReport> {
  const outcome = await runTask({ kind: 'import', request }, options, (m) => {
    if (m.type === 'progress') options.onProgress?.(m.progress);
  });
  if (outcome.type !== 'imported') throw new Error('the library worker answered an import with something else');
  return outcome.report;
}

/** Extracts the claims of these versions again, replacing their automatic claims. */
export async function runExtractionInWorker(versionIds: number[], options: WorkerOptions): Promise<ExtractionReport> {
  const outcome = await runTask({ kind: 'extract', versionIds }, options);
  if (outcome.type !== 'extracted') throw new Error('the library worker answered an extraction with something else');
  return outcome.report;
}

/** An event's report model, built off the thread that answers the UI; `onProgress` as its revisions are compared. */
export async function runReportInWorker(
  event: { id: number; name: string },
  options: WorkerOptions & { onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<Report> {
  const outcome = await runTask({ kind: 'report', event }, options, (m) => {
    if (m.type === 'report-progress') options.onProgress?.(m.done, m.total);
  });
  if (outcome.type !== 'reported') throw new Error('the library worker answered a report with something else');
  return outcome.report;
}

/** The library's full check (SQLite's integrity check, every version hashed again), off the thread that answers the UI. */
export async function runCheckInWorker(options: WorkerOptions): Promise<LibraryCheckReport> {
  const outcome = await runTask({ kind: 'check' }, options);
  if (outcome.type !== 'checked') throw new Error('the library worker answered a check with something else');
  return outcome.report;
}

/** Two stored versions compared, off the thread that answers the UI. */
export async function runDiffInWorker(before: number, after: number, diffOptions: DiffOptions, options: WorkerOptions): Promise<VersionDiff> {
  const outcome = await runTask({ kind: 'diff', before, after, options: diffOptions }, options);
  if (outcome.type !== 'diffed') throw new Error('the library worker answered a diff with something else');
  return outcome.diff;
}

/** A grouping asked for and not yet done: those waiting for a worker, and the one running. */
interface Grouping {
  done: Promise<void>;
  start(): void;
}

// one grouping per library and event at a time: the view asks for an event's figures and its statements of no figure at once
const groupings = new Map<string, Grouping>();
// and one worker grouping at a time, the event asked for last first: read ahead as the researcher moves from event to
// event, groupings side by side would take both cores of a small machine from the page, and the event left behind
// would be grouped before the one now in view
const waiting: Grouping[] = [];
let groupingRuns = false;

function groupNext(): void {
  if (groupingRuns) return;
  const next = waiting.pop();
  if (!next) return;
  groupingRuns = true;
  next.start();
}

/**
 * Groups an event's figures and keeps them in the library (kept_figures),
 * off the thread that answers the UI: the first view of a large event waits
 * seconds for its grouping, and every other request would wait with it.
 */
export function keepFiguresInWorker(eventId: number, options: WorkerOptions): Promise<void> {
  const key = `${options.libraryPath}\n${eventId}`;
  const asked = groupings.get(key);
  if (asked) {
    // asked again while it waits: it is now the latest asked for
    const at = waiting.indexOf(asked);
    if (at >= 0) waiting.push(...waiting.splice(at, 1));
    return asked.done;
  }
  let start!: () => void;
  const done = new Promise<void>((resolve, reject) => {
    start = () =>
      runTask({ kind: 'figures', eventId }, options)
        .then((outcome) => {
          if (outcome.type !== 'figures-kept') throw new Error('the library worker answered a grouping with something else');
        })
        .then(resolve, reject)
        .finally(() => {
          groupings.delete(key);
          groupingRuns = false;
          groupNext();
        });
  });
  const grouping: Grouping = { done, start };
  groupings.set(key, grouping);
  waiting.push(grouping);
  groupNext();
  return done;
}
