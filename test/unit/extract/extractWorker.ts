// Runs extractClaims on a text built from `paragraph` repeated up to `size`
// characters, in a worker thread, so that a test can stop it if it never
// finishes (extraction is synchronous: a test's own timeout cannot interrupt
// it). Posts back a summary, not the claims.
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../../../main/core/extract';
import { firstUnsound } from './soundness';

const { paragraph, size } = workerData as { paragraph: string; size: number };
const text = paragraph.repeat(Math.ceil(size / paragraph.length));
const claims = extractClaims(text);
const last = claims.at(-1);
parentPort!.postMessage({
  length: text.length,
  claims: claims.length,
  unsound: firstUnsound(text, claims),
  last: last ? { words: text.slice(last.start, last.end), source: last.source } : null,
});
