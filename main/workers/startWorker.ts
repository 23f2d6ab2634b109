// Where a worker's script is, in each layout: beside this module, as
// main/workers/*.ts when run from source (tests and benchmarks, under tsx),
// out/cli/*.js or out/electron/*.js when bundled. From source, tsx's loader
// does not reach worker threads on Node 20, so the worker registers it
// before loading its module.
import { Worker, type ResourceLimits } from 'node:worker_threads';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

export type WorkerEntry = 'libraryWorker' | 'captureWorker' | 'tagWorker';

export function startWorker(entry: WorkerEntry, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!FROM_SOURCE) return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData, resourceLimits });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const module = JSON.stringify(new URL(`./${entry}.ts`, import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${module}); })`, { eval: true, workerData, resourceLimits });
}
