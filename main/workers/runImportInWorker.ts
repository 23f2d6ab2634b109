// Starts the import worker for one batch and turns its messages into a
// promise and progress callbacks.
import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../core/model';
import type { ImportRequest } from '../library/import/importBatch';
import type { ImportWorkerData, ImportWorkerMessage } from './importWorkerMessages';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The worker sits beside this module in both layouts: main/workers/*.ts when
 * run from source (the CLI and web shell, under tsx), out/electron/*.js when
 * bundled for Electron. From source, tsx's loader does not reach worker
 * threads on Node 20, so the worker registers it before loading its module.
 */
function startWorker(workerData: ImportWorkerData): Worker {
  if (!FROM_SOURCE) return new Worker(new URL('./importWorker.js', import.meta.url), { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./importWorker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); })`, { eval: true, workerData });
}

export interface WorkerImportOptions {
  libraryPath: string;
  nativeBinding?: string | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export function runImportInWorker(request: ImportRequest, options: WorkerImportOptions): Promise<ImportReport> {
  const data: ImportWorkerData = { libraryPath: options.libraryPath, nativeBinding: options.nativeBinding, request };
  const worker = startWorker(data);
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
