// Extraction on two threads: the tagging worker runs ahead, this thread reads
// in order, and the claims are those of extractClaims on one thread. A worker
// that dies fails the extraction instead of leaving it waiting.
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../main/core/extract';
import { ParallelExtractor } from '../../../main/workers/parallelExtraction';
import { newsRun } from '../../fixtures/corpus';

/** The worker starts from source under tsx here, which takes a few seconds. */
const TIMEOUT = 60_000;

describe('ParallelExtractor', () => {
  const extractor = new ParallelExtractor();
  afterAll(() => extractor.close());

  it(
    'gives the claims extractClaims gives, for a text of several windows of real news',
    async () => {
      const text = newsRun(1_000_000);
      const claims = await extractor.extract(text);
      expect(claims.length).toBeGreaterThan(1000);
      expect(claims).toEqual(extractClaims(text));
    },
    TIMEOUT,
  );

  it(
    'reads two texts at once, each with its own claims',
    async () => {
      const [long, short] = [newsRun(400_000), newsRun(10_000)];
      const [fromLong, fromShort] = await Promise.all([extractor.extract(long), extractor.extract(short)]);
      expect(fromLong).toEqual(extractClaims(long));
      expect(fromShort).toEqual(extractClaims(short));
    },
    TIMEOUT,
  );

  it(
    'gives no claims for a text with nothing in it',
    async () => {
      expect(await extractor.extract('')).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('a tagging worker that stops', () => {
  it(
    'fails the text being read, and every text after it, instead of leaving them waiting',
    async () => {
      const extractor = new ParallelExtractor();
      const text = newsRun(600_000);
      const reading = extractor.extract(text);
      await extractor.close();
      await expect(reading).rejects.toThrow(/tagging worker stopped/);
      await expect(extractor.extract(text)).rejects.toThrow(/tagging worker stopped/);
    },
    TIMEOUT,
  );
});
