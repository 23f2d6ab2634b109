// A capture worker: reads inputs for an import (decoding, the article, its
// story traits and claims) while the import's own thread stores what the
// workers have read. It holds no library connection; it answers each job,
// in the order given, with the prepared capture or the one-line reason it
// cannot be read.
import { parentPort } from 'node:worker_threads';
import { prepareCapture } from '../core/capture/prepareCapture';
import type { CaptureJob, CaptureOutcome } from './captureMessages';

parentPort!.on('message', (job: CaptureJob) => {
  let outcome: CaptureOutcome;
  try {
    outcome = { id: job.id, prepared: prepareCapture(job.label, job.bytes, job.format, job.archived, job.pdf) };
  } catch (error) {
    outcome = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
});
