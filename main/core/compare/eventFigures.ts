// An event's figures as the researcher sees them: the automatic grouping
// (groupFigures), with the researcher's curation laid over it (figures
// renamed, merged, split, claims moved, best values, notes), sources resolved
// across documents and graded, copies found, and for each figure its verdict,
// conservative value and count of independent sources. Pure: the library (or
// a set of files) supplies the versions, their claims and the curation.
import type { ClaimRecord, EventFigure, FigureCuration, FigureMember, FigureRef, NoteRecord } from '../model';
import { groupFigures, judgeFigure, latestClaims, type GroupedClaim } from './groupFigures';
import { findNearCopies } from './nearCopies';
import { resolveSourceNames, sourceKey, type DirectorySource } from './sourceNames';

/** A version as grouping reads it: where it stands (as each of its figures' members will), its text and claims. */
export interface FigureVersion extends Pick<FigureMember, 'versionId' | 'articleId' | 'articleTitle' | 'outlet' | 'capturedAt' | 'publishedAt'> {
  text: string;
  /** Its claims, rejected ones left out. */
  claims: readonly ClaimRecord[];
}

export const NO_CURATION: FigureCuration = { figures: [], keys: [], placements: [], notes: [], copies: [], originals: [] };

export function figureRef(figureId: number): FigureRef {
  return `figure:${figureId}`;
}

export function keyRef(key: string): FigureRef {
  return `key:${key}`;
}

/** A stored figure's id from its ref, or null for a figure still only a group key. */
export function storedFigureId(ref: FigureRef): number | null {
  const m = /^figure:(\d+)$/.exec(ref);
  return m ? Number(m[1]) : null;
}

export function spanKey(versionId: number, start: number, end: number): string {
  return `${versionId}:${start}:${end}`;
}

/** The span key of anything that names a claim by version and span (a member, a ClaimSpan). */
export function spanKeyOf(c: { versionId: number; start: number; end: number }): string {
  return spanKey(c.versionId, c.start, c.end);
}

/**
 * The figure a ref names now: the exact ref; a `key:` ref answers with the
 * figure holding that group key (stored since, renamed, merged into); a
 * `span:<version>:<start>:<end>` ref with the figure holding that claim.
 */
export function findFigure(figures: readonly EventFigure[], ref: string | null): EventFigure | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('span:')) return figures.find((f) => f.members.some((m) => `span:${spanKeyOf(m)}` === ref));
  const exact = figures.find((f) => f.ref === ref);
  if (exact || !ref.startsWith('key:')) return exact;
  const key = ref.slice(4);
  return figures.find((f) => f.keys.includes(key));
}

/** The key without its scope: figures that share it count the same thing in another scope. */
function scopeless(key: string): string {
  return key.split('|').slice(0, 2).join('|');
}

interface Bucket {
  ref: FigureRef;
  figureId: number | null;
  keys: Set<string>;
  /** Automatic labels of the groups that landed here, with how many claims each brought. */
  labels: Map<string, number>;
  claims: (GroupedClaim & { placed: boolean })[];
}

/**
 * `versions` in capture order, earliest first. Claims the researcher placed
 * elsewhere follow their placement; groups whose key a stored figure owns
 * land in that figure; a figure merged into another lands in that one.
 */
export function buildEventFigures(versions: readonly FigureVersion[], curation: FigureCuration, directory: readonly DirectorySource[]): EventFigure[] {
  const stored = new Map(curation.figures.map((f) => [f.id, f]));
  const finalId = (id: number): number => {
    const seen = new Set<number>();
    let at = id;
    while (stored.get(at)?.mergedInto != null && !seen.has(at)) {
      seen.add(at);
      at = stored.get(at)!.mergedInto!;
    }
    return at;
  };
  const keyOwner = new Map(curation.keys.map((k) => [k.key, finalId(k.figureId)]));
  const placed = new Map(curation.placements.map((p) => [spanKey(p.versionId, p.start, p.end), finalId(p.figureId)]));

  const docs = versions.map((v) => ({ name: String(v.versionId), article: String(v.articleId), claims: v.claims, text: v.text }));
  const buckets = new Map<FigureRef, Bucket>();
  for (const group of groupFigures(docs)) {
    for (const grouped of group.claims) {
      const claim = grouped.claim as ClaimRecord;
      const placedIn = placed.get(spanKey(claim.versionId, claim.start, claim.end));
      const figureId = placedIn ?? keyOwner.get(group.key) ?? null;
      const ref = figureId === null ? keyRef(group.key) : figureRef(figureId);
      let bucket = buckets.get(ref);
      if (!bucket) buckets.set(ref, (bucket = { ref, figureId, keys: new Set(), labels: new Map(), claims: [] }));
      const movedHere = placedIn !== undefined && placedIn !== keyOwner.get(group.key);
      if (!movedHere) bucket.keys.add(group.key);
      bucket.labels.set(group.label, (bucket.labels.get(group.label) ?? 0) + 1);
      bucket.claims.push({ ...grouped, placed: movedHere });
    }
  }

  const byVersion = new Map(versions.map((v) => [v.versionId, v]));
  const seqOf = new Map(versions.map((v, i) => [v.versionId, i]));
  const sourceOf = resolveSourceNames(
    versions.flatMap((v) => v.claims.map((c) => c.source ?? '')),
    directory,
    versions.map((v) => v.text),
  );
  const gradeOf = new Map(directory.map((s) => [sourceKey(s.name), s.grade]));
  const copies = copiesOf(versions, curation);
  const ownText = new Set(curation.originals);
  const rootOf = (articleId: number): number => {
    const seen = new Set<number>();
    let at = articleId;
    while (copies.has(at) && !seen.has(at)) {
      seen.add(at);
      at = copies.get(at)!.articleId;
    }
    return at;
  };
  const outletOf = new Map(versions.map((v) => [v.articleId, v.outlet]));

  const figures = [...buckets.values()].map((bucket): EventFigure => {
    const members = bucket.claims.map((g): FigureMember => {
      const claim = g.claim as ClaimRecord;
      const version = byVersion.get(claim.versionId)!;
      const source = claim.source?.trim() ? (sourceOf.get(claim.source) ?? claim.source) : null;
      return {
        claimId: claim.id,
        versionId: version.versionId,
        seq: seqOf.get(version.versionId)!,
        articleId: version.articleId,
        articleTitle: version.articleTitle,
        outlet: version.outlet,
        capturedAt: version.capturedAt,
        publishedAt: version.publishedAt,
        start: claim.start,
        end: claim.end,
        value: claim.value,
        low: claim.low,
        high: claim.high,
        approx: claim.approx,
        source,
        sourceAsWritten: claim.source?.trim() ? claim.source : null,
        modality: claim.modality,
        // the outlet's own voice carries the outlet's grade
        grade: gradeOf.get(sourceKey(source ?? version.outlet ?? '')) ?? null,
        claimStatus: claim.status,
        placed: g.placed,
        copyOf: copies.get(version.articleId) ?? null,
        ownText: ownText.has(version.articleId),
        text: version.text.slice(claim.start, claim.end),
        sentence: version.text.slice(claim.sentenceStart, claim.sentenceEnd),
      };
    });
    const judged = judgeFigure(bucket.claims);
    const latest = latestClaims(bucket.claims.map((c, i) => ({ ...c, member: members[i]! })));
    const credible = latest.map((c) => c.member).filter((m) => m.grade !== 'E');
    const lows = credible.map((m) => m.low ?? m.value).filter((v): v is number => v !== null);
    const origins = new Set(
      members.map((m) => {
        if (m.source) return `source:${sourceKey(m.source)}`;
        const root = rootOf(m.articleId);
        const outlet = outletOf.get(root);
        return outlet ? `source:${sourceKey(outlet)}` : `article:${root}`;
      }),
    );
    const record = bucket.figureId === null ? undefined : stored.get(bucket.figureId);
    const autoLabel = [...bucket.labels.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const spans = new Set(members.map((m) => spanKey(m.versionId, m.start, m.end)));
    const notes = curation.notes.filter(
      (n: NoteRecord) =>
        (n.figureId !== null && bucket.figureId !== null && finalId(n.figureId) === bucket.figureId) ||
        (n.versionId !== null && spans.has(spanKey(n.versionId, n.spanStart!, n.spanEnd!))),
    );
    return {
      ref: bucket.ref,
      figureId: bucket.figureId,
      keys: [...bucket.keys].sort(),
      label: record?.label ?? autoLabel,
      autoLabel,
      status: judged.status,
      min: judged.min,
      max: judged.max,
      conservative: lows.length ? Math.min(...lows) : null,
      best: record?.best ?? null,
      independentSources: origins.size,
      related: [],
      notes,
      members,
    };
  });

  // figures that share measure and counted thing, by that pair: a thousand figures are not compared pairwise
  const byThing = new Map<string, Set<EventFigure>>();
  for (const figure of figures) {
    for (const k of figure.keys) {
      const thing = scopeless(k);
      byThing.set(thing, (byThing.get(thing) ?? new Set()).add(figure));
    }
  }
  for (const figure of figures) {
    const others = new Set(figure.keys.flatMap((k) => [...byThing.get(scopeless(k))!]));
    figure.related = [...others]
      .filter((other) => other !== figure && !other.keys.some((k) => figure.keys.includes(k)))
      .map((other) => ({ ref: other.ref, label: other.label }));
  }
  return figures.sort((a, b) => b.members.length - a.members.length);
}

/** Researcher-marked copies first; near-identical texts (each article's latest version) fill in the rest, except articles marked as their own text. */
function copiesOf(versions: readonly FigureVersion[], curation: FigureCuration): Map<number, { articleId: number; marked: boolean }> {
  const latestText = new Map<number, string>();
  for (const v of versions) latestText.set(v.articleId, v.text);
  const detected = findNearCopies([...latestText.entries()].map(([articleId, text]) => ({ articleId, text })));
  const copies = new Map<number, { articleId: number; marked: boolean }>();
  const markedAsCopyOf = new Map(curation.copies.map((c) => [c.articleId, c.copyOf]));
  const originals = new Set(curation.originals);
  for (const [article, original] of detected) {
    // the researcher said this text is its own
    if (originals.has(article)) continue;
    // the researcher marked it the other way round (the original is the copy): keeping both would make a loop that counts twice
    if (markedAsCopyOf.get(original) === article) continue;
    copies.set(article, { articleId: original, marked: false });
  }
  for (const c of curation.copies) copies.set(c.articleId, { articleId: c.copyOf, marked: true });
  return copies;
}

export type { DirectorySource };
