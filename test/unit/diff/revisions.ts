// Long articles for the diff's size tests and the benchmark: news-like prose
// from a seeded generator (every sentence different, as in a real live blog),
// and a later revision made from it by the edits newsrooms make: figures
// updated, sentences added and cut, a paragraph moved, punctuation fixed.

/** A small, seeded random source (mulberry32), so every run builds the same texts. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Kandy', 'Erbil', 'Carrow', 'Tarn', 'al Bukamal', 'Mosul', 'Leeds', 'Galle', 'Deir ez-Zor', 'Harwich', 'Aleppo', 'Dover'];
const BODIES = ['the health ministry', 'police', 'the civil defence', 'the Red Cross', 'local officials', 'the regional governor', 'a hospital spokesman', 'the UN refugee agency'];
const PEOPLE = ['people', 'civilians', 'fighters', 'residents', 'workers', 'children', 'passengers', 'protesters'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const THINGS = ['tents', 'blankets', 'generators', 'food parcels', 'water tanks', 'medical kits'];

type Pick = <T>(list: readonly T[]) => T;

const TEMPLATES: ((pick: Pick, n: () => number) => string)[] = [
  (pick, n) => `At least ${n()} ${pick(PEOPLE)} were killed in ${pick(PLACES)} on ${pick(DAYS)}, according to ${pick(BODIES)}.`,
  (pick, n) => `${cap(pick(BODIES))} said ${n()} ${pick(PEOPLE)} had been taken to hospital in ${pick(PLACES)}.`,
  (pick, n) => `Convoys carrying ${n() * 10} ${pick(THINGS)} reached ${pick(PLACES)} late on ${pick(DAYS)}.`,
  (pick, n) => `"We counted ${n()} ${pick(PEOPLE)} in the first hours," a volunteer in ${pick(PLACES)} told reporters.`,
  (pick, n) => `The strike near ${pick(PLACES)} destroyed ${n()} buildings and damaged about ${n() * 3} more, ${pick(BODIES)} said.`,
  (pick, n) => `By ${pick(DAYS)} evening, some ${(n() * 1000).toLocaleString('en-US')} ${pick(PEOPLE)} had left ${pick(PLACES)} for camps further south.`,
  (pick, n) => `${cap(pick(BODIES))} put the cost of the damage in ${pick(PLACES)} at $${(n() * 1_000_000).toLocaleString('en-US')}.`,
  (pick, n) => `Talks between the two sides resumed in ${pick(PLACES)} on ${pick(DAYS)} after a pause of ${n()} days.`,
  (pick, n) => `Turnout in ${pick(PLACES)} rose by ${n()}.${n() % 10} percent, ${pick(BODIES)} said on ${pick(DAYS)}.`,
  (pick, n) => `Witnesses in ${pick(PLACES)} described hearing ${n()} explosions shortly before dawn.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An article of at least `chars` characters: paragraphs of three to five sentences, as sentence lists. */
export function articleParagraphs(seed: number, chars: number): string[][] {
  const random = seeded(seed);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const n = (): number => 2 + Math.floor(random() * 480);
  const paragraphs: string[][] = [];
  let length = 0;
  while (length < chars) {
    const p: string[] = [];
    const count = 3 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) p.push(pick(TEMPLATES)(pick, n));
    length += p.join(' ').length + 2;
    paragraphs.push(p);
  }
  return paragraphs;
}

export function joinArticle(paragraphs: readonly (readonly string[])[]): string {
  return paragraphs.map((p) => p.join(' ')).join('\n\n');
}

/** What `revise` did, so tests can check the diff finds it. */
export interface Revision {
  before: string;
  after: string;
  numbersChanged: number;
  sentencesAdded: number;
  sentencesRemoved: number;
  /** Sentences in the paragraph moved to the top. */
  sentencesMoved: number;
  punctuationFixed: number;
}

/**
 * The later version of an article: one figure in about every 25th sentence
 * updated, a few sentences added and a few cut, a paragraph from the middle
 * moved to the top, and a few commas and quotation marks fixed.
 */
export function revise(paragraphs: readonly (readonly string[])[], seed: number): Revision {
  const random = seeded(seed);
  const after = paragraphs.map((p) => [...p]);
  let numbersChanged = 0;
  let sentencesAdded = 0;
  let sentencesRemoved = 0;
  let punctuationFixed = 0;
  after.forEach((p, pi) =>
    p.forEach((s, si) => {
      const roll = random();
      if (roll < 0.04 && /\b\d+\b/.test(s)) {
        p[si] = s.replace(/\b(\d+)\b/, (m) => String(Number(m) + 1 + Math.floor(random() * 9)));
        numbersChanged++;
      } else if (roll < 0.05 && s.includes(', ')) {
        p[si] = s.replace(', ', ' ');
        punctuationFixed++;
      } else if (roll < 0.055 && s.startsWith('"')) {
        p[si] = s.replace('"', '“').replace('"', '”');
        punctuationFixed++;
      } else if (roll < 0.06 && p.length > 1) {
        p[si] = '';
        sentencesRemoved++;
      } else if (roll < 0.065) {
        p[si] = `${s} A spokesman for the emergency services in the district, speaking on condition of anonymity, said paragraph ${pi} was still being checked.`;
        sentencesAdded++;
      }
    }),
  );
  const cleaned = after.map((p) => p.filter((s) => s !== ''));
  const [moved] = cleaned.splice(Math.floor(cleaned.length / 2), 1);
  cleaned.unshift(moved!);
  return {
    before: joinArticle(paragraphs),
    after: joinArticle(cleaned),
    numbersChanged,
    sentencesAdded,
    sentencesRemoved,
    sentencesMoved: moved!.length,
    punctuationFixed,
  };
}

/** A pair of revisions of about `chars` characters each. */
export function revisedArticle(chars: number, seed = 7): Revision {
  return revise(articleParagraphs(seed, chars), seed + 1);
}

/** Two unrelated articles of about `chars` characters each: the pathological pair. */
export function unrelatedArticles(chars: number): { before: string; after: string } {
  return { before: joinArticle(articleParagraphs(101, chars)), after: joinArticle(articleParagraphs(202, chars)) };
}
