// main/workers owns work that must not run on the thread that answers the UI.
//
// The import worker: opens its own connection to the library (WAL lets it
// write while the shell's connection reads) and runs one batch, posting
// progress as it goes and the report at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { openLibrary } from '../../db/connection';
import { importBatch } from '../library/import/importBatch';
import type { ImportWorkerData, ImportWorkerMessage } from './importWorkerMessages';

const data = workerData as ImportWorkerData;
const post = (message: ImportWorkerMessage): void => parentPort!.postMessage(message);

try {
  const db = openLibrary(data.libraryPath, { nativeBinding: data.nativeBinding });
  try {
    const report = await importBatch(db, data.request, { onProgress: (progress) => post({ type: 'progress', progress }) });
    post({ type: 'done', report });
  } finally {
    db.close();
  }
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
