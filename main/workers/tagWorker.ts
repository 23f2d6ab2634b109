// A tagging worker: tags the sentences of a text window by window, ahead of
// the thread that reads them in order (parallelExtraction.ts), and answers
// each window packed (packedTags.ts). It loads its language model as it
// starts, while the reading thread is still reading the file.
import { parentPort } from 'node:worker_threads';
import { packSentences } from '../core/extract/packedTags';
import { prepareTagger, tagSentences } from '../core/extract/tokens';
import type { SentenceText } from '../core/text/sentences';
import type { TagAnswer, TagJob } from './tagMessages';

prepareTagger();

parentPort!.on('message', ({ id, text, sentences, windowEnds }: TagJob) => {
  try {
    let from = 0;
    windowEnds.forEach((to, window) => {
      const toTag: SentenceText[] = [];
      for (let i = from; i < to; i++) toTag.push({ text: text.slice(sentences[2 * i]!, sentences[2 * i + 1]!), start: sentences[2 * i]! });
      const packed = packSentences(tagSentences(toTag));
      parentPort!.postMessage({ id, window, packed } satisfies TagAnswer, [packed.counts.buffer, packed.tokens.buffer]);
      from = to;
    });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TagAnswer);
  }
});
