// A tagging worker: reads a text into windows of paragraphs and tags each
// window's sentences, ahead of the thread that reads the windows in order
// (parallelExtraction.ts), answering each window packed (packedWindow.ts) as
// soon as it is tagged. It loads its language model as it starts, while the
// reading thread is still reading the file.
import { parentPort } from 'node:worker_threads';
import { packWindow, TokenPacker, transferables } from '../core/extract/packedWindow';
import { planWindows } from '../core/extract/planWindows';
import { speakerSentences } from '../core/extract/quotations';
import { prepareTagger, readTokens } from '../core/extract/tokens';
import type { TagAnswer, TagJob } from './tagMessages';

prepareTagger();

parentPort!.on('message', ({ id, text }: TagJob) => {
  try {
    for (const window of planWindows(text)) {
      // the candidates, and the sentences the reading may look for a quotation's speaker in
      const toTag = [...window.candidates, ...speakerSentences(text, window.paragraphs, window.next)];
      const packer = new TokenPacker(toTag.length);
      readTokens(toTag, packer.take);
      const packed = packWindow(window, toTag, packer);
      parentPort!.postMessage({ id, window: packed } satisfies TagAnswer, transferables(packed));
    }
    parentPort!.postMessage({ id, done: true } satisfies TagAnswer);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TagAnswer);
  }
});
