// When a new capture is a version of a story already held, though its
// headline changed: the same canonical URL, the same article id inside two
// URLs (Reuters' "idUSKCN0YE0PB" and "idINKCN0YE0PB"), the same reporters'
// credit line, or much of the same wording (a wire story republished by
// another site, then revised). Such versions belong to one article, so the
// revision diff can compare them and a changed number reads as a revision,
// not as a second source. Wording is compared on runs of five words through
// an index, so a library of a thousand articles costs one pass over runs.
import { datelineOf } from '../text/dateline';
import { wordRuns } from '../text/wordRuns';
import { urlKey } from './articleIdentity';

export interface StoryTraits {
  urlKey: string | null;
  /** An article id a news site writes into its URLs. */
  articleId: string | null;
  /** The people in the credit line: "(Reporting by A and B; Writing by C; Editing by D)". */
  credits: ReadonlySet<string>;
  /** The wire dateline the story opens with: "NEW YORK/WASHINGTON", "BEIRUT". */
  dateline: string | null;
  runs: ReadonlySet<number>;
}

/** What made a capture join an article it did not share a headline or URL with. */
export type StoryEvidence = 'article id' | 'credits' | 'wording';

/** "idUSKCN0XU0TP", "us-ecuador-quake-idUSKCN0XE009": a wire's article id, without its edition prefix. */
const ARTICLE_ID = /\bid[A-Z]{2}([A-Z]{3}\d[A-Z0-9]{5,})\b/;
/** The credit line at the foot of a wire story. */
const CREDIT_LINE = /\(((?:Additional )?[Rr]eporting by [^()]{5,600}|Writing by [^()]{5,400}|Editing by [^()]{5,300})\)\s*$/m;

export function articleIdOf(url: string | null): string | null {
  return url ? (ARTICLE_ID.exec(url)?.[1] ?? null) : null;
}

/** The names in a credit line, each as "first last" in lower case. */
export function creditsOf(text: string): Set<string> {
  const line = CREDIT_LINE.exec(text.slice(-1500))?.[1];
  const names = new Set<string>();
  if (!line) return names;
  for (const part of line.split(/;|,|\band\b|\bby\b|\bin\b [A-Z][a-z]+/)) {
    const name = /([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+)+)/.exec(part)?.[1];
    if (name && !/^(?:Additional|Writing|Editing|Reporting)/.test(name)) names.add(name.toLowerCase());
  }
  return names;
}

export function storyTraits(doc: { text: string; canonicalUrl: string | null }): StoryTraits {
  return {
    urlKey: urlKey(doc.canonicalUrl),
    articleId: articleIdOf(doc.canonicalUrl),
    credits: creditsOf(doc.text),
    dateline: datelineOf(doc.text),
    runs: wordRuns(doc.text),
  };
}

/** Share of the shorter text's word runs found in the other: revisions of one story keep a third of their wording and more; two outlets' own stories of one event share a twentieth. */
const SHARED_WORDING = 0.2;
/** Below this many runs a text is too short to judge by its wording. */
const MIN_RUNS = 30;
/** Boilerplate shared by every text stops costing once a run is this common. */
const POSTING_LIMIT = 64;

/** Whether two credit lines name the same team: at least two people, and most of the shorter line. */
function sameCredits(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < 2 || b.size < 2) return false;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared >= 2 && shared >= Math.min(a.size, b.size) * 0.6;
}

/** The stories held so far (each article's traits), to find the one a new capture continues. */
export class StoryIndex {
  private readonly articles = new Map<number, StoryTraits>();
  private readonly postings = new Map<number, number[]>();

  add(articleId: number, traits: StoryTraits): void {
    this.articles.set(articleId, traits);
    for (const r of traits.runs) {
      const list = this.postings.get(r);
      if (!list) this.postings.set(r, [articleId]);
      else if (list.length < POSTING_LIMIT && !list.includes(articleId)) list.push(articleId);
    }
  }

  /** The article a capture with these traits continues, and the evidence; null when none. */
  find(traits: StoryTraits): { articleId: number; evidence: StoryEvidence } | null {
    for (const [id, held] of this.articles) {
      if (traits.articleId && held.articleId === traits.articleId) return { articleId: id, evidence: 'article id' };
    }
    if (traits.runs.size < MIN_RUNS) return null;
    const shared = new Map<number, number>();
    for (const r of traits.runs) for (const id of this.postings.get(r) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best: { articleId: number; share: number; evidence: StoryEvidence } | null = null;
    for (const [id, count] of shared) {
      const held = this.articles.get(id)!;
      if (held.runs.size < MIN_RUNS) continue;
      const share = count / Math.min(held.runs.size, traits.runs.size);
      // the same reporters under the same dateline, rewriting a story, keep less of its wording than a republisher does
      const team = sameCredits(traits.credits, held.credits) && traits.dateline !== null && traits.dateline === held.dateline;
      const evidence: StoryEvidence | null = share >= SHARED_WORDING ? 'wording' : team && share >= SHARED_WORDING / 4 ? 'credits' : null;
      if (evidence && (!best || share > best.share)) best = { articleId: id, share, evidence };
    }
    return best ? { articleId: best.articleId, evidence: best.evidence } : null;
  }
}
