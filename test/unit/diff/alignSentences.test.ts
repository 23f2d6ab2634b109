// Sentence alignment: kept, changed in place, added and removed sentences in
// the later text's reading order, and moved sentences told apart from a
// deletion plus an insertion.
import { describe, expect, it } from 'vitest';
import { alignSentences, type SentenceUnit } from '../../../main/core/diff/alignSentences';
import { wordsOf } from '../../../main/core/diff/similarity';
import { splitParagraphs, splitSentences } from '../../../main/core/text/sentences';
import { corpusText } from '../../fixtures/corpus';

/** The sentences of a text as the diff sees them. */
function sentencesOf(text: string): SentenceUnit[] {
  return splitParagraphs(text).flatMap((p) =>
    splitSentences(p).map((s) => ({ text: s.text, start: s.start, end: s.start + s.text.length, words: wordsOf(s.text) })),
  );
}

type Row = [kind: string, before: string | null, after: string | null];

/** The alignment of two texts as rows of [kind, earlier sentence, later sentence]. */
function align(before: string, after: string): { rows: Row[]; coarse: boolean } {
  const b = sentencesOf(before);
  const a = sentencesOf(after);
  const { alignments, coarse } = alignSentences(b, a);
  return {
    coarse,
    rows: alignments.map((al) => [al.kind, al.before === null ? null : b[al.before]!.text, al.after === null ? null : a[al.after]!.text]),
  };
}

const LEDE = 'Rescue teams reached the village of Tarn on Monday morning, two days after the landslide.';
const HOMES = 'Officials said 40 homes had been destroyed and 12 people were still missing.';
const GOVERNOR = 'The regional governor declared a state of emergency.';
const SCHOOLS = 'Schools across the district will stay closed until Friday.';
const AID = 'Aid agencies have asked for tents, blankets and clean water.';
const CONVOY = 'The Red Cross said its first convoy would arrive on Tuesday.';
const EARLIER = [`${LEDE} ${HOMES}`, `${GOVERNOR} ${SCHOOLS}`, `${AID} ${CONVOY}`].join('\n\n');

describe('alignment', () => {
  it('keeps unchanged sentences, pairs an edited one as changed and places an added one where it now stands', () => {
    const governor = 'The regional governor declared a state of emergency on Monday night.';
    const second = 'A second convoy is being assembled in the capital.';
    const later = [`${LEDE} ${HOMES}`, `${governor} ${SCHOOLS}`, `${AID} ${second} ${CONVOY}`].join('\n\n');
    const { rows, coarse } = align(EARLIER, later);
    expect(coarse).toBe(false);
    expect(rows).toEqual([
      ['same', LEDE, LEDE],
      ['same', HOMES, HOMES],
      ['changed', GOVERNOR, governor],
      ['same', SCHOOLS, SCHOOLS],
      ['same', AID, AID],
      ['added', null, second],
      ['same', CONVOY, CONVOY],
    ]);
  });

  it('leaves a removed sentence where it stood, between its old neighbours', () => {
    const later = [`${LEDE} ${HOMES}`, SCHOOLS, `${AID} ${CONVOY}`].join('\n\n');
    expect(align(EARLIER, later).rows).toEqual([
      ['same', LEDE, LEDE],
      ['same', HOMES, HOMES],
      ['removed', GOVERNOR, null],
      ['same', SCHOOLS, SCHOOLS],
      ['same', AID, AID],
      ['same', CONVOY, CONVOY],
    ]);
  });

  it('does not pair a removed sentence with an unrelated added one', () => {
    const police = 'Police have opened an investigation into the collapse of the road.';
    const later = [`${LEDE} ${HOMES}`, `${police} ${SCHOOLS}`, `${AID} ${CONVOY}`].join('\n\n');
    const kinds = align(EARLIER, later).rows.filter((r) => r[0] !== 'same');
    expect(kinds).toEqual([
      ['removed', GOVERNOR, null],
      ['added', null, police],
    ]);
  });

  it('pairs a sentence that grew by a clause as changed (the City Daily arrests line)', () => {
    const three = 'Three officers were slightly injured.';
    const five = 'Five officers were slightly injured, and at least 30 shops were damaged, according to the city council.';
    const { rows } = align(`Officers made 12 arrests. ${three}`, `Officers made 19 arrests. ${five}`);
    expect(rows).toEqual([
      ['changed', 'Officers made 12 arrests.', 'Officers made 19 arrests.'],
      ['changed', three, five],
    ]);
  });

  it('lines up the CBS revisions: the Sullivan passage added, the credit line changed, nothing removed', () => {
    const { rows } = align(corpusText('cbs-bukamal-r1.txt'), corpusText('cbs-bukamal-r2.txt'));
    expect(rows.filter((r) => r[0] === 'removed')).toEqual([]);
    const added = rows.filter((r) => r[0] === 'added').map((r) => r[2]);
    expect(added).toContain('Sullivan: Biden is ready for talks with Iran, promises to re …');
    expect(rows).toContainEqual(['changed', 'Eleanor Watson contributed reporting.', 'Eleanor Watson and Tucker Reals contributed reporting.']);
    // in reading order of the later text
    const afterOrder = rows.map((r) => r[2]).filter((s): s is string => s !== null);
    const laterSentences = sentencesOf(corpusText('cbs-bukamal-r2.txt')).map((s) => s.text);
    expect(afterOrder).toEqual(laterSentences);
  });
});

describe('moves', () => {
  it('shows a paragraph moved to the top as moved, not as removed and added', () => {
    const later = [`${AID} ${CONVOY}`, `${LEDE} ${HOMES}`, `${GOVERNOR} ${SCHOOLS}`].join('\n\n');
    expect(align(EARLIER, later).rows).toEqual([
      ['moved', AID, AID],
      ['moved', CONVOY, CONVOY],
      ['same', LEDE, LEDE],
      ['same', HOMES, HOMES],
      ['same', GOVERNOR, GOVERNOR],
      ['same', SCHOOLS, SCHOOLS],
    ]);
  });

  it('shows a sentence that moved and was also edited as moved, paired with its old self', () => {
    const wednesday = 'The Red Cross said its first convoy would arrive on Wednesday.';
    const later = [`${AID} ${wednesday}`, `${LEDE} ${HOMES}`, `${GOVERNOR} ${SCHOOLS}`].join('\n\n');
    const { rows } = align(EARLIER, later);
    expect(rows[1]).toEqual(['moved', CONVOY, wednesday]);
    expect(rows.filter((r) => r[0] === 'added' || r[0] === 'removed')).toEqual([]);
  });

  it('finds a moved paragraph in a real article (the CBS Erbil paragraph brought to the top)', () => {
    const earlier = corpusText('cbs-bukamal-r1.txt');
    const paragraphs = earlier.split('\n\n');
    const erbil = paragraphs.findIndex((p) => p.startsWith('Last week, a rocket attack in Erbil'));
    expect(erbil).toBeGreaterThan(5);
    const later = [paragraphs[erbil], ...paragraphs.filter((_, i) => i !== erbil)].join('\n\n');
    const { rows } = align(earlier, later);
    const moved = rows.filter((r) => r[0] === 'moved');
    expect(moved.length).toBe(sentencesOf(paragraphs[erbil]!).length);
    expect(moved.length).toBeGreaterThan(1);
    expect(rows.slice(0, moved.length).every((r) => r[0] === 'moved')).toBe(true);
    expect(rows.filter((r) => r[0] !== 'same' && r[0] !== 'moved')).toEqual([]);
  });

  it('does not call a sentence moved when only its neighbours changed', () => {
    const later = [`${LEDE} ${HOMES}`, `${GOVERNOR}`, `${SCHOOLS} ${AID} ${CONVOY}`].join('\n\n');
    expect(align(EARLIER, later).rows.every((r) => r[0] === 'same')).toBe(true);
  });
});
