// diffTexts as a whole: the summary's counts, offsets that point at the
// sentences of each side, the rewrite case (little text survives) and the
// bounded case (two unrelated 1 MB texts answer coarsely instead of hanging).
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../main/core/diff/diffTexts';
import type { VersionDiff } from '../../../main/core/model';
import { splitParagraphs, splitSentences } from '../../../main/core/text/sentences';
import { corpusText } from '../../fixtures/corpus';
import { revisedArticle, unrelatedArticles } from './revisions';

const diff = (before: string, after: string): VersionDiff => diffTexts({ before, after, claimsBefore: [], claimsAfter: [] });

/** Each sentence of a text as "start:end", in order. */
function sentenceSpans(text: string): string[] {
  return splitParagraphs(text).flatMap((p) => splitSentences(p).map((s) => `${s.start}:${s.start + s.text.length}`));
}

/**
 * Every unit's span is one sentence of its side, every sentence of each side is
 * in exactly one unit, and a unit's word diff put back together per side is
 * that side's sentence.
 */
function expectSoundOffsets(d: VersionDiff): void {
  const { before, after } = d.texts;
  const spansBefore = d.units.flatMap((u) => (u.before ? [`${u.before.start}:${u.before.end}`] : []));
  const spansAfter = d.units.flatMap((u) => (u.after ? [`${u.after.start}:${u.after.end}`] : []));
  expect([...spansBefore].sort()).toEqual(sentenceSpans(before).sort());
  expect(spansAfter).toEqual(sentenceSpans(after)); // the later text's reading order
  for (const u of d.units) {
    if (!u.parts) continue;
    const b = before.slice(u.before!.start, u.before!.end);
    const a = after.slice(u.after!.start, u.after!.end);
    expect(u.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(b);
    expect(u.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(a);
  }
}

const LEDE = 'Rescue teams reached the village of Tarn on Monday morning, two days after the landslide.';
const HOMES = 'Officials said 40 homes had been destroyed and 12 people were still missing.';
const GOVERNOR = 'The regional governor declared a state of emergency.';
const SCHOOLS = 'Schools across the district will stay closed until Friday.';
const AID = 'Aid agencies have asked for tents, blankets and clean water.';
const CONVOY = 'The Red Cross said its first convoy would arrive on Tuesday.';
const QUOTE = '"We will rebuild every home," the minister said.';
const ROADS = 'Engineers said the main road into the valley could reopen within a week.';
const POWER = 'Power has been restored to most of the district.';

describe('summary', () => {
  it('counts each kind of change once', () => {
    const before = [`${LEDE} ${HOMES}`, `${GOVERNOR} ${SCHOOLS}`, `${ROADS} ${POWER}`, `${AID} ${CONVOY}`, QUOTE].join('\n\n');
    const homes = 'Officials said 45 homes had been destroyed and 12 people were still missing.';
    const army = 'The army has sent two helicopters to the valley.';
    const curly = '“We will rebuild every home,” the minister said.';
    // moved: the aid paragraph to the top; changed: the homes figure; minor: the quote; added: army; removed: schools
    const after = [`${AID} ${CONVOY}`, `${LEDE} ${homes}`, `${GOVERNOR} ${army}`, `${ROADS} ${POWER}`, curly].join('\n\n');
    const d = diff(before, after);
    expect(d.summary).toEqual({
      sentencesBefore: 9,
      sentencesAfter: 9,
      added: 1,
      removed: 1,
      changed: 2,
      moved: 2,
      minor: 1,
      figuresChanged: 0,
      figuresAppeared: 0,
      figuresDisappeared: 0,
      // whole sentences kept, plus the words of the homes sentence that did not change
      unchangedShare: expect.any(Number),
      rewrite: false,
      coarse: false,
    });
    const whole = (AID.length + CONVOY.length + LEDE.length + GOVERNOR.length + ROADS.length + POWER.length + curly.length) / [AID, CONVOY, LEDE, homes, GOVERNOR, army, ROADS, POWER, curly].join('').length;
    expect(d.summary.unchangedShare).toBeGreaterThan(whole);
    expect(d.summary.unchangedShare).toBeLessThan(1);
    expectSoundOffsets(d);
  });

  it('reports an identical text as all same, fully unchanged', () => {
    const text = corpusText('cbs-bukamal-r1.txt');
    const d = diff(text, text);
    expect(d.units.every((u) => u.kind === 'same' && !u.minor && u.parts === null)).toBe(true);
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0, unchangedShare: 1, rewrite: false, coarse: false });
  });

  it('counts the CBS revision: the four-sentence Sullivan passage added, nothing removed, most of the text kept', () => {
    const d = diff(corpusText('cbs-bukamal-r1.txt'), corpusText('cbs-bukamal-r2.txt'));
    expect(d.summary).toMatchObject({ sentencesBefore: 25, sentencesAfter: 29, added: 4, removed: 0, moved: 0, minor: 0, rewrite: false, coarse: false });
    expect(d.summary.changed).toBe(d.units.filter((u) => u.kind === 'changed').length);
    expect(d.summary.unchangedShare).toBeGreaterThan(0.6);
    expect(d.summary.unchangedShare).toBeLessThan(1);
  });

  it('finds the edits made to a 100 KB article: figures updated, sentences added and cut, a paragraph moved, punctuation fixed', () => {
    const r = revisedArticle(100_000);
    const d = diff(r.before, r.after);
    expect(d.summary).toMatchObject({
      added: r.sentencesAdded,
      removed: r.sentencesRemoved,
      moved: r.sentencesMoved,
      changed: r.numbersChanged + r.punctuationFixed,
      minor: r.punctuationFixed,
      rewrite: false,
      coarse: false,
    });
    expect(d.summary.unchangedShare).toBeGreaterThan(0.9);
    expectSoundOffsets(d);
  });
});

describe('offsets', () => {
  it('point every unit at a sentence of its side, and the word diffs rebuild both sentences (CBS)', () => {
    expectSoundOffsets(diff(corpusText('cbs-bukamal-r1.txt'), corpusText('cbs-bukamal-r2.txt')));
  });

  it('point every unit at a sentence of its side, and the word diffs rebuild both sentences (City Daily)', () => {
    expectSoundOffsets(diff(corpusText('protest-citydaily-r1.txt'), corpusText('protest-citydaily-r2.txt')));
  });

  it('count from the start of each text, leading blank lines and all', () => {
    const before = `\n\n  ${HOMES}`;
    const after = `${LEDE}\n\n${HOMES.replace('40', '45')}`;
    const d = diff(before, after);
    const changed = d.units.find((u) => u.kind === 'changed')!;
    expect(before.slice(changed.before!.start, changed.before!.end)).toBe(HOMES);
    expect(after.slice(changed.after!.start, changed.after!.end)).toBe(HOMES.replace('40', '45'));
    expectSoundOffsets(d);
  });
});

describe('rewrites', () => {
  const before = [
    'Police said the fire started in a kitchen on the third floor.',
    'Firefighters brought it under control after two hours.',
    'No one was hurt.',
    'The building had passed an inspection in May.',
  ].join(' ');
  const after = [
    'A fire in a block of flats in Leeds forced 60 residents from their homes overnight.',
    'The council has opened a rest centre at a nearby school.',
    'Investigators will return to the site on Monday.',
    'The building had passed an inspection in May.',
  ].join(' ');

  it('says so when little of the text survives, with a low unchanged share', () => {
    const d = diff(before, after);
    expect(d.summary.rewrite).toBe(true);
    expect(d.summary.unchangedShare).toBeLessThan(0.3);
    expect(d.summary.unchangedShare).toBeGreaterThan(0);
    expectSoundOffsets(d);
  });

  it('does not call a revision with a new top paragraph and most of the text kept a rewrite', () => {
    const r1 = corpusText('protest-citydaily-r1.txt');
    const d = diff(r1, `Updated: police revised their crowd estimate on Sunday.\n\n${r1}`);
    expect(d.summary.rewrite).toBe(false);
    expect(d.summary.unchangedShare).toBeGreaterThan(0.8);
  });

  it('gives an empty earlier text as all added, an empty later one as all removed, neither a rewrite', () => {
    expect(diff('', before).summary).toMatchObject({ added: 4, removed: 0, unchangedShare: 0, rewrite: false });
    expect(diff(before, '').summary).toMatchObject({ added: 0, removed: 4, rewrite: false });
  });

  // Engine fault: unchangedShare counts only sentences kept whole, so a brief
  // whose every sentence had one figure updated is "0 % unchanged", a rewrite,
  // though all but three words survive and the word diff reads well.
  it('does not call a brief a rewrite when each sentence only had its figure updated', () => {
    const brief = (killed: number, aboard: number, hurt: number): string =>
      `At least ${killed} people were killed when a bus overturned near Kandy on Sunday, police said. ` +
      `The bus was carrying ${aboard} passengers to a temple festival. Another ${hurt} people were taken to hospital.`;
    const d = diff(brief(12, 40, 15), brief(14, 45, 17));
    expect(d.summary.changed).toBe(3);
    expect(d.summary.rewrite).toBe(false);
  });
});

describe('bounded', () => {
  it(
    'answers two unrelated 1 MB texts coarsely, every sentence still accounted for',
    () => {
      const { before, after } = unrelatedArticles(1024 * 1024);
      expect(before.length).toBeGreaterThan(1_000_000);
      const d = diff(before, after);
      expect(d.summary.coarse).toBe(true);
      expect(d.summary.rewrite).toBe(true);
      expect(d.units.every((u) => u.parts === null)).toBe(true);
      expectSoundOffsets(d);
    },
    // a guard against a hang, not a measure of speed (see `npm run bench`)
    120_000,
  );
});

describe('texts far larger than any article', () => {
  /** `n` paragraphs of two sentences each, numbered from `from`. */
  const paragraphs = (from: number, n: number): string =>
    Array.from({ length: n }, (_, i) => `Report ${from + i} said ${from + i} people were displaced. Officials confirmed it.`).join('\n\n');

  it('are matched by whole paragraphs, not aligned by sentence: kept paragraphs, then runs of added and removed ones', () => {
    // 12,000 and 16,000 paragraphs: about 24,000 × 32,000 sentences, past the product that sentences are aligned for
    const before = paragraphs(0, 12_000);
    const after = `${paragraphs(0, 6000)}\n\n${paragraphs(100_000, 10_000)}`;
    const diff = diffTexts({ before, after, claimsBefore: [], claimsAfter: [] });
    expect(diff.summary.coarse).toBe(true);
    expect(diff.summary.added).toBe(1);
    expect(diff.summary.removed).toBe(1);
    expect(diff.units.filter((u) => u.kind === 'same')).toHaveLength(6000);
    const added = diff.units.find((u) => u.kind === 'added')!;
    expect(after.slice(added.after!.start, added.after!.end)).toBe(paragraphs(100_000, 10_000));
    const removed = diff.units.find((u) => u.kind === 'removed')!;
    expect(before.slice(removed.before!.start, removed.before!.end)).toBe(paragraphs(6000, 6000));
    expect(diff.summary.unchangedShare).toBeGreaterThan(0.3);
    expect(diff.summary.unchangedShare).toBeLessThan(0.5);
  });
});
