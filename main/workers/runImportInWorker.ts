// Starts the import worker for one batch and turns its messages into a
// promise and progress callbacks.
import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../core/model';
import type { ImportRequest } from '../library/import/importBatch';
import type { ImportWorkerData, ImportWorkerMessage } from './importWorkerMessages';

// Beside this module in both layouts: main/workers/*.ts when run from source,
// out/electron/*.js when bundled for Electron.
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './importWorker.ts' : './importWorker.js';

export interface WorkerImportOptions {
  libraryPath: string;
  nativeBinding?: string | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export function runImportInWorker(request: ImportRequest, options: WorkerImportOptions): Promise<ImportReport> {
  const data: ImportWorkerData = { libraryPath: options.libraryPath, nativeBinding: options.nativeBinding, request };
  const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: data });
  return new Promise<ImportReport>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else {
        settled = true;
        if (message.type === 'done') resolve(message.report);
        else reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the import worker stopped unexpectedly (exit code ${code})`));
    });
  });
}
