// Extraction of one long text on two threads. Tagging — half the work — reads
// no context across sentences, so a worker tags every window of candidate
// sentences ahead (tagWorker.ts), while this thread reads the paragraphs in
// order with the state that goes from one to the next (core/extract's
// extractionSteps), taking each window's tags as it reaches it. The claims
// are the same as extractClaims gives on one thread.
//
// A worker costs its start and its own language model, a few hundred
// milliseconds of the other core: worth it for a text of a megabyte or more,
// not for an article (see extractCommand.ts).
import type { Worker } from 'node:worker_threads';
// not core/extract's index: this thread never tags, and never loads the tagger's model
import { extractionSteps, planExtraction, windowSpeakerSentences, type TaggedWindow } from '../core/extract/extractionSteps';
import { PackedWindow, type PackedSentences } from '../core/extract/packedTags';
import type { ExtractedClaim } from '../core/model';
import type { SentenceText } from '../core/text/sentences';
import { startWorker } from './startWorker';
import type { TagAnswer, TagJob } from './tagMessages';

/** One window's tags, awaited by the reading and answered by the worker. */
interface Awaited {
  promise: Promise<PackedSentences>;
  resolve: (packed: PackedSentences) => void;
  reject: (error: Error) => void;
}

function awaited(): Awaited {
  let resolve!: (packed: PackedSentences) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<PackedSentences>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // a failure rejects every window of a job, and the reading awaits only the first of them
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The window's tagged sentences, each found by the sentence it was tagged for. */
function taggedWindow(sentences: readonly SentenceText[], packed: PackedSentences): TaggedWindow {
  const window = new PackedWindow(sentences, packed);
  return (sentence) => {
    const t = window.sentence(sentence);
    // windowSpeakerSentences lists every sentence the reading may ask for: one missing is a fault in that list
    if (!t) throw new Error(`a sentence at ${sentence.start} was not tagged ahead`);
    return t;
  };
}

export class ParallelExtractor {
  private readonly worker: Worker;
  /** Each text being read, by job id, with its windows in order. */
  private readonly jobs = new Map<number, Awaited[]>();
  private nextId = 0;
  private failure: Error | null = null;

  /** Starts the worker at once, so that it loads its model while the caller still reads its input. */
  constructor() {
    this.worker = startWorker('tagWorker', null);
    // an idle worker never keeps the process alive; one tagging a text does (see extract)
    this.worker.unref();
    this.worker.on('message', (answer: TagAnswer) => this.answer(answer));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('messageerror', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the tagging worker stopped (exit code ${code})`)));
  }

  /** The claims of `text`, the same as extractClaims(text). Rejects, for this text and any after it, if the worker fails. */
  async extract(text: string): Promise<ExtractedClaim[]> {
    if (this.failure) throw this.failure;
    const plan = planExtraction(text);
    const id = this.nextId++;
    const speakers = windowSpeakerSentences(plan);
    // each window's candidates, then the sentences its quotations' speakers may be looked for in
    const toTag = plan.windows.map((w, k) => [...w.candidates, ...speakers[k]!]);
    const windows = plan.windows.map(awaited);
    this.post(id, text, toTag);
    this.jobs.set(id, windows);
    if (this.jobs.size === 1) this.worker.ref();
    try {
      const steps = extractionSteps(plan);
      let step = steps.next();
      for (let k = 0; !step.done; k++) step = steps.next(taggedWindow(toTag[k]!, await windows[k]!.promise));
      return step.value;
    } finally {
      this.jobs.delete(id);
      if (this.jobs.size === 0) this.worker.unref();
    }
  }

  /** Ends the worker; a text still being read fails. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  /** The candidates as offsets into the text, which the worker slices them out of again: one copy of the text, no strings per sentence. */
  private post(id: number, text: string, windows: readonly (readonly SentenceText[])[]): void {
    const count = windows.reduce((n, w) => n + w.length, 0);
    const sentences = new Int32Array(count * 2);
    const windowEnds = new Int32Array(windows.length);
    let i = 0;
    windows.forEach((candidates, w) => {
      for (const s of candidates) {
        sentences[2 * i] = s.start;
        sentences[2 * i + 1] = s.start + s.text.length;
        i++;
      }
      windowEnds[w] = i;
    });
    const job: TagJob = { id, text, sentences, windowEnds };
    this.worker.postMessage(job, [sentences.buffer, windowEnds.buffer]);
  }

  private answer(answer: TagAnswer): void {
    const windows = this.jobs.get(answer.id);
    if (!windows) return;
    if ('error' in answer) {
      const error = new Error(`tagging failed: ${answer.error}`);
      for (const w of windows) w.reject(error);
    } else windows[answer.window]?.resolve(answer.packed);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const windows of this.jobs.values()) for (const w of windows) w.reject(error);
  }
}
