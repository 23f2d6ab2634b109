import { describe, expect, it } from 'vitest';
import { findNearCopies } from '../../../main/core/compare/nearCopies';
import { corpusText } from '../../fixtures/corpus';

const WIRE = corpusText('wire-bukamal.txt');
const MONITOR = corpusText('monitor-bukamal.txt');

/** The wire story with its paragraph `index` (0 is the headline) replaced by other words. */
function withParagraph(index: number, replacement: string): string {
  const paragraphs = WIRE.split('\n\n');
  expect(paragraphs.length).toBeGreaterThan(index);
  paragraphs[index] = replacement;
  return paragraphs.join('\n\n');
}

const LOCAL_COLOUR =
  'Residents of the town told our correspondent that the blasts woke them shortly after midnight and that smoke rose over the desert until dawn, while ambulances drove towards the border.';

describe('findNearCopies: a reprint repeats its original, it never confirms it', () => {
  it('finds a reprint with one paragraph changed to be a copy of the earlier article', () => {
    const reprint = withParagraph(3, LOCAL_COLOUR);
    expect(reprint).not.toBe(WIRE);
    expect(findNearCopies([{ articleId: 1, text: WIRE }, { articleId: 2, text: reprint }])).toEqual(new Map([[2, 1]]));
  });

  it('finds a reprint with a paragraph added or its letter case and punctuation changed', () => {
    const added = `${WIRE}\n\n${LOCAL_COLOUR}`;
    const restyled = WIRE.toUpperCase().replace(/,/g, ' ;');
    expect(findNearCopies([{ articleId: 1, text: WIRE }, { articleId: 2, text: added }, { articleId: 3, text: restyled }])).toEqual(
      new Map([
        [2, 1],
        [3, 1],
      ]),
    );
  });

  it('calls the later of two articles the copy, and a copy of a copy a copy of the original', () => {
    const first = withParagraph(4, LOCAL_COLOUR);
    const second = withParagraph(4, `${LOCAL_COLOUR} Shops stayed shut on Friday.`);
    expect(findNearCopies([{ articleId: 7, text: WIRE }, { articleId: 3, text: first }, { articleId: 5, text: second }])).toEqual(
      new Map([
        [3, 7],
        [5, 7],
      ]),
    );
  });

  it('does not call the same facts in different words a copy', () => {
    // the monitor and the wire report the same strikes, tolls and trucks, each in its own words
    expect(findNearCopies([{ articleId: 1, text: MONITOR }, { articleId: 2, text: WIRE }])).toEqual(new Map());
    const paraphrase = WIRE.split(/\s+/)
      .map((w, i) => (i % 4 === 3 ? 'indeed' : w))
      .join(' ');
    expect(findNearCopies([{ articleId: 1, text: WIRE }, { articleId: 2, text: paraphrase }])).toEqual(new Map());
  });

  it('does not call short texts copies, however alike', () => {
    const short = 'The monitor said 22 people were killed in the strikes near al Bukamal on Thursday night.';
    expect(findNearCopies([{ articleId: 1, text: short }, { articleId: 2, text: short }])).toEqual(new Map());
    // one short text against a long one is no copy either way
    expect(findNearCopies([{ articleId: 1, text: short }, { articleId: 2, text: `${short} ${WIRE}` }])).toEqual(new Map());
  });

  it('does not call an article that quotes two paragraphs of another a copy', () => {
    const long = `${corpusText('cbs-bukamal-r2.txt')}\n\n${WIRE.split('\n\n').slice(0, 2).join('\n\n')}`;
    expect(findNearCopies([{ articleId: 1, text: WIRE }, { articleId: 2, text: long }])).toEqual(new Map());
  });

  it('finds every one of many reprints, each pointing to the first, among articles that are not copies', () => {
    const articles = [
      { articleId: 1, text: WIRE },
      { articleId: 2, text: MONITOR },
      ...Array.from({ length: 300 }, (_, i) => ({ articleId: 10 + i, text: `Reprint ${i}\n\n${WIRE}` })),
      { articleId: 999, text: corpusText('cbs-bukamal-r2.txt') },
    ];
    const copies = findNearCopies(articles);
    expect(copies.size).toBe(300);
    expect([...copies.values()].every((original) => original === 1)).toBe(true);
    expect(copies.has(2) || copies.has(999)).toBe(false);
  });
});
