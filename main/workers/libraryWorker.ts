// main/workers owns work that must not run on the thread that answers the UI.
//
// The library worker: opens its own connection to the library (WAL lets it
// write while the shell's connection reads) and runs one task, an import
// batch (posting progress as it goes), a re-extraction of claims, or an
// event's report model (posting progress as revisions are compared), or an
// event's figures grouped and kept in the library, posting its outcome at the
// end. An import asked to stop ends at its next commit and
// answers with what it stored; once answered, it groups the figures of the
// events it wrote to and keeps them in the library.
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary, type WritableDb } from '../../db/connection';
import { onLibraryWait } from '../../db/writeLock';
import { checkLibrary } from '../../db/integrity';
import { diffVersions } from '../library/diffVersions';
import { keepEventFigures } from '../library/eventFigures';
import { reextractVersions } from '../library/claims/extractVersionClaims';
import { importBatch } from '../library/import/importBatch';
import { reportFromLibrary } from '../report/collectReport';
import type { ImportProgress } from '../core/model';
import type { LibraryTask, LibraryWorkerData, LibraryWorkerMessage, LibraryWorkerRequest } from './libraryWorkerMessages';

const data = workerData as LibraryWorkerData;
const post = (message: LibraryWorkerMessage): void => parentPort!.postMessage(message);

async function runTask(db: WritableDb, task: LibraryTask): Promise<LibraryWorkerMessage> {
  if (task.kind === 'extract') {
    return { type: 'extracted', report: reextractVersions(db, task.versionIds, () => new Date().toISOString()) };
  }
  if (task.kind === 'check') return { type: 'checked', report: checkLibrary(db) };
  if (task.kind === 'diff') return { type: 'diffed', diff: diffVersions(db, task.before, task.after, task.options) };
  if (task.kind === 'figures') {
    keepEventFigures(db, [task.eventId]);
    return { type: 'figures-kept' };
  }
  if (task.kind === 'report') {
    return { type: 'reported', report: reportFromLibrary(db, task.event, (done, total) => post({ type: 'report-progress', done, total })) };
  }
  // a write that must wait for another process (the CLI importing into the same library) says so in the progress
  let last: ImportProgress | null = null;
  onLibraryWait((waiting) => last && post({ type: 'progress', progress: { ...last, waiting } }));
  const stop = new AbortController();
  const listen = (request: LibraryWorkerRequest): void => {
    if (request.type === 'stop') stop.abort();
  };
  parentPort!.on('message', listen);
  try {
    const report = await importBatch(db, task.request, {
      onProgress: (progress) => {
        last = progress;
        post({ type: 'progress', progress });
      },
      signal: stop.signal,
    });
    return { type: 'imported', report };
  } finally {
    // a port listened to keeps the worker alive
    parentPort!.off('message', listen);
  }
}

try {
  // the shell checked the library when it opened it; each task's own connection does not read every page again
  const db = openLibrary(data.libraryPath, { nativeBinding: data.nativeBinding, skipQuickCheck: true });
  try {
    const outcome = await runTask(db, data.task);
    post(outcome);
    // answered: the events the import wrote to are grouped now, off every shell's way, for their Figures view to read
    if (outcome.type === 'imported') keepEventFigures(db, outcome.report.imported.map((item) => item.eventId));
  } finally {
    db.close();
  }
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
