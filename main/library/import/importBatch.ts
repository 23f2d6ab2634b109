// main/library owns the Node-side work on a library that is more than one
// query: importing a batch (here), and where the default library lives.
//
// One import batch: walk the folders, then read, hash, capture and store each
// input in turn, reporting progress after each. Reading an article and its
// claims needs nothing from the library, so for a batch of more than a few
// inputs worker threads read ahead while this thread stores, in the inputs'
// order. A bad input costs only itself: it gets a one-line reason and the
// batch goes on; what is already stored is never touched, because each
// version is written, with its claims, in a savepoint of its own (inputs
// already read share a commit). An extractor failure costs only the claims
// (a warning), never the version. A web archive (WARC, WACZ) is streamed:
// each page record is an input of its own, captured when the record says
// (archiveJobs.ts). A PDF's text is read here, before it is prepared
// (readPdf.ts: pdf.js is asynchronous, the capture code is not).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { archiveKindForName, recordOrigin } from '../../core/archive/archiveRecords';
import { prepareCapture, type PreparedCapture } from '../../core/capture/prepareCapture';
import type { PdfContent } from '../../core/capture/pdfContent';
import type { ArchivedAt } from '../../core/capture/publication';
import { EXTRACTOR_VERSION } from '../../core/extract';
import { withPastedDetails } from '../../core/metadataEdit';
import type { ArchiveReport, CaptureFormat, ImportedItem, ImportInput, ImportProgress, ImportReport, ImportTarget } from '../../core/model';
import { transaction, type WritableDb } from '../../../db/connection';
import { replaceAutoClaims } from '../../../db/queries/claims';
import { getEvent } from '../../../db/queries/events';
import { readUnreadVersions } from '../claims/extractVersionClaims';
import { capturePool } from '../../workers/capturePool';
import { archiveJobs, type ArchiveInput, type ArchiveJob } from './archiveJobs';
import { readInputFile } from './readInputFile';
import { pdfContentFor } from './readPdf';
import type { ArchivedRecord } from './readWarcRecords';
import { noteArchiveCapture, storeRevisit } from './storeArchiveRecord';
import { EventStories, findDuplicate, storeCapture } from './storeCapture';
import { walkInputs } from './walkInputs';

export interface ImportRequest {
  batchId: string;
  target: ImportTarget;
  inputs: readonly ImportInput[];
}

export interface ImportHooks {
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** The capture time to record; a clock, replaceable in tests. */
  now?: (() => string) | undefined;
  /** A one-line note that is not a failure (claims could not be extracted); console.warn by default. */
  onWarning?: ((message: string) => void) | undefined;
  /**
   * Stops the import between two commits: what was stored stays, an archive
   * is closed where it was read to, and the report says how many inputs were
   * not read (`stopped`).
   */
  signal?: AbortSignal | undefined;
}

/** The name a pasted text is reported under. */
export const PASTED = '(pasted text)';

type Job =
  | ArchiveJob
  | { kind: 'path'; label: string; path: string }
  | { kind: 'bytes'; label: string; bytes: Uint8Array }
  | { kind: 'paste'; label: string; text: string; title: string | undefined; details: { outlet?: string | undefined; url?: string | undefined; publishedAt?: string | undefined } };

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readJob(job: Exclude<Job, { kind: 'revisit' | 'archive-note' }>): Promise<Uint8Array> {
  if (job.kind === 'path') return readInputFile(job.path);
  return job.kind === 'paste' ? new TextEncoder().encode(job.text) : job.bytes;
}

/** An input read and prepared, ready to be stored in its turn; or why it could not be. */
type Read =
  | { kind: 'duplicate'; item: ImportedItem }
  | { kind: 'new'; bytes: Uint8Array; sha256: string; prepared: PreparedCapture }
  | { kind: 'failed'; error: unknown }
  /** A revisit record, or an archive's note: nothing to read. */
  | { kind: 'archive' };

type Prepare = (label: string, bytes: Uint8Array, format?: CaptureFormat, archived?: ArchivedAt, pdf?: PdfContent) => Promise<PreparedCapture>;

function archivedAt(record: ArchivedRecord): ArchivedAt {
  return { url: record.targetUri, date: record.date, at: record.capturedAt };
}

/** Bytes already in the library are a no-op: found by their hash, before any decoding or extraction. */
async function readJobCapture(db: WritableDb, job: Job, prepare: Prepare): Promise<Read> {
  if (job.kind === 'revisit' || job.kind === 'archive-note') return { kind: 'archive' };
  try {
    const bytes = await readJob(job);
    const sha256 = sha256Hex(bytes);
    const duplicate = findDuplicate(db, sha256, job.label);
    if (duplicate) return { kind: 'duplicate', item: duplicate };
    const prepared = job.kind === 'record'
      ? await prepare(job.label, bytes, 'html', archivedAt(job.record))
      : job.kind === 'paste'
        ? await prepare(job.label, bytes, 'text')
        : await prepare(job.label, bytes, undefined, undefined, await pdfContentFor(job.label, bytes));
    // what the researcher gave with a pasted text stands over what the text says
    if (job.kind === 'paste') prepared.doc = { ...prepared.doc, publication: withPastedDetails(prepared.doc.publication, job.details, new Date()) };
    return { kind: 'new', bytes, sha256, prepared };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

type InputJob = Exclude<Job, { kind: 'revisit' | 'archive-note' }>;

function originOf(job: InputJob): { origin: string; originKind: 'file' | 'upload' | 'paste' } {
  if (job.kind === 'record') return { origin: recordOrigin(job.record.archive.path, job.record.archive.member, job.record.recordId, job.record.offset), originKind: 'file' };
  if (job.kind === 'path') return { origin: resolve(job.path), originKind: 'file' };
  return job.kind === 'bytes' ? { origin: job.label, originKind: 'upload' } : { origin: PASTED, originKind: 'paste' };
}

/** The version and its claims, in one transaction: a version is never stored unread by an import. */
function storeJob(db: WritableDb, target: ImportTarget, job: InputJob, read: Extract<Read, { kind: 'new' }>, now: string, warn: (message: string) => void, stories: EventStories): ImportedItem {
  const { doc, traits, claims, extractError } = read.prepared;
  // a page read from an archive was captured when its record says, and a page SingleFile saved when its header says; not when it was imported
  const saved = doc.publication.savedAt?.in === 'saved page header' ? doc.publication.savedAt.value : null;
  const capturedAt = job.kind === 'record' ? job.record.capturedAt : (saved ?? now);
  const item = transaction(db, () => {
    const item = storeCapture(db, target, {
      doc: job.kind === 'paste' && job.title?.trim() ? { ...doc, title: job.title.trim() } : doc,
      traits,
      bytes: read.bytes,
      sha256: read.sha256,
      label: job.label,
      ...originOf(job),
      capturedAt,
    }, stories);
    if (item.duplicate || !claims) return item;
    try {
      replaceAutoClaims(db, item.versionId, claims, EXTRACTOR_VERSION, now);
    } catch (error) {
      warn(`${job.label}: imported, but its claims could not be stored: ${oneLine(error)}`);
    }
    return item;
  });
  // an extractor failure costs only the claims, never the version: they can be extracted again later (claims:extract)
  if (!item.duplicate && !claims) warn(`${job.label}: imported, but its claims could not be extracted: ${oneLine(extractError)}`);
  return item;
}

/** An input on its way: its read, and what it gave once it is done. */
interface InFlight {
  job: Job;
  read: Promise<Read>;
  done: Read | null;
}

/**
 * Inputs stored in one transaction at most. A commit costs about as much as
 * storing a version (the search indexes are written out at each), so inputs
 * already read are committed together; each still has a savepoint of its own,
 * so a bad one costs only itself, and another Tally process waits no more
 * than a few tenths of a second for the lock.
 */
const GROUP_MAX = 32;

type Outcome = { item: ImportedItem } | { error: string } | { archive: true };

function storeOne(db: WritableDb, target: ImportTarget, job: Job, read: Read, now: string, warn: (message: string) => void, stories: EventStories): Outcome {
  if (read.kind === 'failed') throw read.error;
  if (job.kind === 'archive-note') return { archive: true };
  if (job.kind === 'revisit') {
    storeRevisit(db, job.record, now);
    return { archive: true };
  }
  if (read.kind === 'archive') throw new Error('nothing was read');
  return transaction(db, () => {
    const item = read.kind === 'duplicate' ? read.item : storeJob(db, target, job, read, now, warn, stories);
    if (job.kind === 'record') noteArchiveCapture(db, job.record, 'response', item.versionId, now);
    return { item };
  });
}

/** Stores inputs already read, in order, in one transaction; a failure costs only its input, unless the transaction itself is lost. */
function storeGroup(
  db: WritableDb,
  target: ImportTarget,
  group: readonly { job: Job; read: Read }[],
  now: () => string,
  warn: (message: string) => void,
  stories: EventStories,
): Outcome[] {
  const warnings: string[] = [];
  try {
    const outcomes = transaction(db, () =>
      group.map(({ job, read }): Outcome => {
        try {
          return storeOne(db, target, job, read, now(), (m) => warnings.push(m), stories);
        } catch (error) {
          // a full disk or an I/O error ends the whole transaction, not only this input's savepoint
          if (!db.inTransaction) throw error;
          return { error: oneLine(error) };
        }
      }),
    );
    warnings.forEach(warn);
    return outcomes;
  } catch (error) {
    // nothing of the group was stored
    stories.forget();
    return group.map(() => ({ error: oneLine(error) }));
  }
}

/** Below this many inputs, starting worker threads costs more than it saves. */
const POOL_FROM = 16;

export async function importBatch(db: WritableDb, request: ImportRequest, hooks: ImportHooks = {}): Promise<ImportReport> {
  const now = hooks.now ?? ((): string => new Date().toISOString());
  const warn = hooks.onWarning ?? ((message: string): void => console.warn(message));
  if ('eventId' in request.target && !getEvent(db, request.target.eventId)) {
    throw new Error(`no event with id ${request.target.eventId}`);
  }
  if ('eventName' in request.target && !request.target.eventName.trim()) {
    throw new Error('the event needs a name');
  }

  // a batch stopped between storing a version and reading it left that version unread: read it now
  readUnreadVersions(db, now);

  const paths = request.inputs.flatMap((i) => (i.kind === 'path' ? [i.path] : []));
  const walked = await walkInputs(paths);
  const archives: ArchiveInput[] = walked.files.filter((path) => archiveKindForName(path)).map((path) => ({ path }));
  const jobs: Job[] = walked.files.filter((path) => !archiveKindForName(path)).map((path) => ({ kind: 'path', label: path, path }));
  for (const input of request.inputs) {
    if (input.kind === 'bytes' && archiveKindForName(input.name)) archives.push({ name: input.name, bytes: input.bytes });
    else if (input.kind === 'bytes') jobs.push({ kind: 'bytes', label: input.name, bytes: input.bytes });
    if (input.kind === 'paste') {
      const details = { outlet: input.outlet, url: input.url, publishedAt: input.publishedAt };
      jobs.push({ kind: 'paste', label: input.title?.trim() || PASTED, text: input.text, title: input.title, details });
    }
  }
  const archiveReports: ArchiveReport[] = [];
  // an archive's records become jobs as it is streamed, after the other inputs
  async function* allJobs(): AsyncGenerator<Job> {
    yield* jobs;
    for (const archive of archives) yield* archiveJobs(archive, archiveReports);
  }

  const report: ImportReport = { imported: [], failed: [...walked.failed], skipped: walked.skipped };
  // an archive counts as one input, however many records it holds: its records are counted in `archive`
  const total = jobs.length + archives.length + walked.failed.length;
  let done = walked.failed.length;
  const progress = (current: Job | null, last: ImportProgress['last']): void => {
    const archive = current && 'archive' in current ? { ...current.archive } : undefined;
    hooks.onProgress?.({ batchId: request.batchId, done, total, current: current?.label ?? null, last, ...(archive ? { archive } : {}) });
  };
  progress(null, walked.failed.length ? { path: walked.failed.at(-1)!.path, outcome: 'failed', error: walked.failed.at(-1)!.error } : null);

  // the event's stories, read once for the batch: a thousand files cost one pass over the event's texts
  const stories = new EventStories(db);
  // inputs are read ahead by the capture workers and stored here in their order, several to a transaction
  const pool = jobs.length >= POOL_FROM || archives.length > 0 ? capturePool() : null;
  const prepare: Prepare = pool
    ? (label, bytes, format, archived, pdf) => pool.prepare(label, bytes, format, archived, pdf)
    : async (label, bytes, format, archived, pdf) => prepareCapture(label, bytes, format, archived, pdf);
  const depth = pool?.depth ?? 1;
  const ahead: InFlight[] = [];
  const source = allJobs();
  let exhausted = false;
  const fill = async (): Promise<void> => {
    while (!exhausted && ahead.length < depth) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const inFlight: InFlight = { job: next.value, read: readJobCapture(db, next.value, prepare), done: null };
      void inFlight.read.then((read) => (inFlight.done = read));
      ahead.push(inFlight);
    }
  };
  for (;;) {
    if (hooks.signal?.aborted) {
      // what was read ahead and not stored is dropped with the rest; an archive stops being streamed
      await source.return(undefined);
      // an archive half read counts as not read to its end
      report.stopped = { notRead: total - done };
      break;
    }
    await fill();
    if (ahead.length === 0) break;
    progress(ahead[0]!.job, null);
    await ahead[0]!.read;
    // the input waited for and every one after it already read: one commit for them all
    const group: { job: Job; read: Read }[] = [];
    while (group.length < GROUP_MAX) {
      const read = ahead[0]?.done;
      if (!read) break;
      group.push({ job: ahead.shift()!.job, read });
    }
    const outcomes = storeGroup(db, request.target, group, now, warn, stories);
    outcomes.forEach((outcome, i) => {
      const job = group[i]!.job;
      const last = account(report, job, outcome);
      // a record is a part of its archive's input: the archive is done at its end
      if (!('archive' in job) || (job.kind === 'archive-note' && job.end)) done++;
      progress(job, last);
    });
    // let the inputs read ahead move on (file reads, the workers' answers) before the next are stored
    if (pool) await new Promise(setImmediate);
  }
  if (archiveReports.length > 0) report.archives = archiveReports;
  return report;
}

/** What one stored input adds to the report and its archive's counts; what the progress says of it. */
function account(report: ImportReport, job: Job, outcome: Outcome): ImportProgress['last'] {
  if (job.kind === 'archive-note') {
    if (!job.error) return null;
    // a record that could not be read, or why the archive ended early: named for the archive
    report.failed.push({ path: job.label, error: job.error });
    return { path: job.label, outcome: 'failed', error: job.error };
  }
  if ('archive' in outcome) {
    if (job.kind === 'revisit') job.archive.unchanged++;
    return null;
  }
  if ('error' in outcome) {
    report.failed.push({ path: job.label, error: outcome.error });
    return { path: job.label, outcome: 'failed', error: outcome.error };
  }
  report.imported.push(outcome.item);
  if (job.kind === 'record') job.archive.pagesKept++;
  return { path: job.label, outcome: outcome.item.duplicate ? 'duplicate' : 'imported' };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim() || 'unknown error';
}
