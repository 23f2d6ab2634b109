// The report of an event (or of any set of versions) as one model: what each
// source said, where they disagree, how numbers moved between versions, and
// the provenance of every version cited. Pure: the library or a set of files
// supplies the versions, the figures grouped over them and the source
// directory; every format (Markdown, HTML, PDF, CSV, JSON) renders this model.
import type { FigureVersion } from '../compare/eventFigures';
import { noFigureStatements } from '../compare/noFigureStatements';
import { sourceKey } from '../compare/sourceNames';
import { figureReason, sourceRows, type GivenAmount } from '../compare/sourceRows';
import { diffTexts } from '../diff/diffTexts';
import type { CaptureFormat, EventFigure, FigureSide, SourceGrade } from '../model';
import { REPORT_FORMAT, REPORT_VERSION, type Report, type ReportClaim, type ReportFigure, type ReportRevision, type ReportSourceRow } from './reportSchema';

export interface ReportVersionInput extends FigureVersion {
  title: string | null;
  url: string | null;
  sha256: string;
  byteLength: number;
  format: CaptureFormat;
  origin: string;
}

export interface ReportInput {
  eventName: string;
  generatedAt: string;
  generator: string;
  /** In capture order, earliest first. */
  versions: readonly ReportVersionInput[];
  articles: readonly { id: number; title: string; outlet: string | null; url: string | null }[];
  /** The event's figures, grouped over these versions (buildEventFigures). */
  figures: readonly EventFigure[];
  directory: readonly { name: string; grade: SourceGrade | null; aliases: readonly string[] }[];
  /** Called as each article's revisions are compared: the slow part of a large report. */
  onProgress?: (done: number, total: number) => void;
}

function side(s: FigureSide | null, text: string): ReportRevision['changes'][number]['before'] {
  if (!s) return null;
  return { value: s.value, low: s.low, high: s.high, approx: s.approx, text: s.text, sentence: text.slice(s.sentenceStart, s.sentenceEnd), source: s.source };
}

/** For each article, the figures that changed between each version and the next. */
function revisionsOf(input: ReportInput): ReportRevision[] {
  const byArticle = new Map<number, ReportVersionInput[]>();
  for (const v of input.versions) byArticle.set(v.articleId, [...(byArticle.get(v.articleId) ?? []), v]);
  const pairs = [...byArticle.values()].flatMap((vs) => vs.slice(1).map((after, i) => [vs[i]!, after] as const));
  const revisions: ReportRevision[] = [];
  pairs.forEach(([before, after], i) => {
    const diff = diffTexts({ before: before.text, after: after.text, claimsBefore: before.claims, claimsAfter: after.claims });
    input.onProgress?.(i + 1, pairs.length);
    if (diff.figureChanges.length === 0) return;
    revisions.push({
      articleId: before.articleId,
      from: before.versionId,
      to: after.versionId,
      changes: diff.figureChanges.map((c) => ({ kind: c.kind, before: side(c.before, before.text), after: side(c.after, after.text) })),
    });
  });
  return revisions;
}

/** The figure's rows, one per source, and the reason for its verdict, as the app shows them (compare/sourceRows.ts). */
function bySource(f: EventFigure): Pick<ReportFigure, 'reason' | 'sources'> {
  const rows = sourceRows(f);
  const amount = (a: GivenAmount): ReportSourceRow['says'][number] => ({ value: a.value, low: a.low, high: a.high, approx: a.approx, text: a.words });
  return {
    reason: figureReason(f, rows),
    sources: rows.map((r) => ({
      source: r.source,
      voiceOf: r.voiceOf,
      grade: r.grade,
      says: r.latest.map(amount),
      low: r.low,
      best: r.best,
      high: r.high,
      earlier: r.earlier.map((statement) => statement.map(amount)),
      carriedBy: r.carriedBy,
      versions: r.versions,
      capturedAt: r.capturedAt,
      publishedAt: r.publishedAt,
      quote: r.quote.claimId,
    })),
  };
}

export function buildReport(input: ReportInput): Report {
  const claims: ReportClaim[] = [];
  const figures: ReportFigure[] = input.figures.map((f) => {
    // in the order the event's versions are read (core/versionOrder), as everywhere else
    const members = [...f.members].sort((a, b) => a.seq - b.seq || a.start - b.start);
    for (const m of members) {
      claims.push({
        id: m.claimId,
        figureId: f.ref,
        versionId: m.versionId,
        articleId: m.articleId,
        start: m.start,
        end: m.end,
        text: m.text,
        sentence: m.sentence,
        value: m.value,
        low: m.low,
        high: m.high,
        approx: m.approx,
        source: m.source,
        sourceAsWritten: m.sourceAsWritten,
        grade: m.grade,
        // rejected claims never reach a figure
        status: m.claimStatus === 'rejected' ? 'auto' : m.claimStatus,
        placed: m.placed,
      });
    }
    const claimOfSpan = new Map(members.map((m) => [`${m.versionId}:${m.start}:${m.end}`, m.claimId]));
    return {
      id: f.ref,
      label: f.label,
      autoLabel: f.autoLabel,
      status: f.status,
      min: f.min,
      max: f.max,
      conservative: f.conservative,
      best: f.best,
      independentSources: f.independentSources,
      ...bySource(f),
      related: f.related.map((r) => r.ref),
      reviewed: f.members.some((m) => m.claimStatus === 'confirmed' || m.claimStatus === 'edited'),
      claims: members.map((m) => m.claimId),
      notes: f.notes.map((n) => ({
        body: n.body,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
        claimId: n.versionId === null ? null : (claimOfSpan.get(`${n.versionId}:${n.spanStart}:${n.spanEnd}`) ?? null),
      })),
    };
  });

  const members = input.figures.flatMap((f) => f.members);
  const copyOf = new Map(members.filter((m) => m.copyOf).map((m) => [m.articleId, m.copyOf!]));
  const sourceNames = new Map<string, { name: string; namesInTexts: Set<string> }>();
  for (const m of members) {
    if (!m.source) continue;
    const entry = sourceNames.get(sourceKey(m.source)) ?? { name: m.source, namesInTexts: new Set<string>() };
    if (m.sourceAsWritten) entry.namesInTexts.add(m.sourceAsWritten);
    sourceNames.set(sourceKey(m.source), entry);
  }
  const directory = new Map(input.directory.map((d) => [sourceKey(d.name), d]));
  const cited = new Set(input.versions.map((v) => v.articleId));

  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: input.generatedAt,
    generator: input.generator,
    event: { name: input.eventName },
    summary: {
      articles: cited.size,
      versions: input.versions.length,
      sources: sourceNames.size,
      figures: figures.length,
      conflict: figures.filter((f) => f.status === 'conflict').length,
      revised: figures.filter((f) => f.status === 'revised').length,
      agree: figures.filter((f) => f.status === 'agree').length,
      single: figures.filter((f) => f.status === 'single').length,
    },
    articles: input.articles
      .filter((a) => cited.has(a.id))
      .map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, copyOf: copyOf.get(a.id) ?? null })),
    versions: input.versions.map((v) => ({
      id: v.versionId,
      articleId: v.articleId,
      title: v.title,
      outlet: v.outlet,
      url: v.url,
      capturedAt: v.capturedAt,
      publishedAt: v.publishedAt,
      sha256: v.sha256,
      byteLength: v.byteLength,
      format: v.format,
      origin: v.origin,
    })),
    sources: [...sourceNames.values()]
      .map((s) => {
        const entry = directory.get(sourceKey(s.name));
        return { name: s.name, grade: entry?.grade ?? null, namesInTexts: [...s.namesInTexts].sort(), aliases: [...(entry?.aliases ?? [])] };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    figures,
    claims,
    noFigures: noFigureStatements(input.versions, input.directory).map((n) => ({
      versionId: n.versionId,
      articleId: n.articleId,
      source: n.source,
      subject: n.subject,
      text: n.text,
      sentence: n.sentence,
    })),
    revisions: revisionsOf(input),
  };
}
