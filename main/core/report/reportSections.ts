// The report's content in reading order, independent of markup: the summary,
// each figure with its reason, one row per source, and its values by version, the revisions, the
// statements of no figure, the provenance and the method. Markdown and HTML
// walk these same sections, so the two never say different things.
import type { FigureStatus } from '../model';
import { intervalText, METHOD_NOTE, num, sourceText, STATUS_WORDS, timeText, valueText } from './reportText';
import type { Report, ReportClaim, ReportFigure, ReportSourceRow, ReportVersion } from './reportSchema';

export interface ValueRow {
  claim: ReportClaim;
  value: string;
  source: string;
  /** Outlet and article, with the version when the article has several. */
  where: string;
  captured: string;
  /** The sentence, split around the figure's words. */
  quote: { before: string; figure: string; after: string };
  reviewed: boolean;
}

/** One source's row: what it says now, its low / best / high, what it said before, and who carries it. */
export interface SourceLine {
  source: string;
  says: string;
  /** "3 / — / 5": its low, best and high, as recorders list them. */
  lowBestHigh: string;
  before: string;
  carriedBy: string;
}

export interface FigureSection {
  figure: ReportFigure;
  status: string;
  /** The verdict's reason in one sentence. */
  reason: string;
  facts: { name: string; value: string }[];
  sources: SourceLine[];
  rows: ValueRow[];
  notes: string[];
}

export interface RevisionSection {
  title: string;
  from: string;
  to: string;
  changes: { kind: string; before: string; after: string; sentenceBefore: string; sentenceAfter: string }[];
}

export interface ReportSections {
  title: string;
  generated: string;
  counts: string;
  byStatus: { status: FigureStatus; heading: string; figures: string[] }[];
  figures: FigureSection[];
  revisions: RevisionSection[];
  noFigures: { source: string; where: string; quote: string }[];
  provenance: { version: ReportVersion; name: string; outlet: string; url: string; captured: string; published: string }[];
  method: typeof METHOD_NOTE;
}

const STATUS_ORDER: FigureStatus[] = ['conflict', 'revised', 'agree', 'single'];
const STATUS_HEADINGS: Record<FigureStatus, string> = {
  conflict: 'Conflicting figures',
  revised: 'Revised figures',
  agree: 'Figures the sources agree on',
  single: 'Figures from a single claim',
};

function splitQuote(c: ReportClaim): ValueRow['quote'] {
  const at = c.text ? c.sentence.indexOf(c.text) : -1;
  if (at < 0) return { before: c.sentence || c.text, figure: '', after: '' };
  return { before: c.sentence.slice(0, at), figure: c.text, after: c.sentence.slice(at + c.text.length) };
}

function sourceLine(r: ReportSourceRow): SourceLine {
  const n = (v: number | null): string => (v === null ? '—' : num(v));
  const carried = r.carriedBy.length > 3 ? [...r.carriedBy.slice(0, 3), `and ${r.carriedBy.length - 3} more`] : r.carriedBy;
  return {
    source: `${r.source ?? `${r.voiceOf ?? 'the outlet'} (own reporting)`}${r.grade ? ` (grade ${r.grade})` : ''}`,
    says: r.says.map((a) => valueText(a)).join(', '),
    lowBestHigh: `${n(r.low)} / ${n(r.best)} / ${n(r.high)}`,
    before: r.earlier.length ? r.earlier.map((statement) => statement.map((a) => valueText(a)).join(', ')).join(' → ') : '—',
    carriedBy: `${carried.join('; ')} (${r.versions === 1 ? '1 version' : `${r.versions} versions`}, latest ${timeText(r.capturedAt)}${r.publishedAt ? `, published ${timeText(r.publishedAt)}` : ''})`,
  };
}

function range(f: ReportFigure): string {
  return intervalText(f.min, f.max);
}

export function reportSections(report: Report): ReportSections {
  const versions = new Map(report.versions.map((v) => [v.id, v]));
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const figureLabel = new Map(report.figures.map((f) => [f.id, f.label]));
  // each version's place in its article ("version 2 of 3"), computed once: a report may cite thousands
  const ofArticle = new Map<number, number[]>();
  for (const v of report.versions) ofArticle.set(v.articleId, [...(ofArticle.get(v.articleId) ?? []), v.id]);
  const articleName = (articleId: number, withOutlet: boolean): string => {
    const a = articles.get(articleId);
    const outlet = withOutlet ? (a?.outlet ?? report.versions.find((v) => v.articleId === articleId)?.outlet) : null;
    return `${outlet ? `${outlet}: ` : ''}${a?.title ?? `article ${articleId}`}`;
  };
  /** "CBS News: Title, versions 1–3 and 5 of 6"; nothing after the title for an article of one version. */
  const whereOfMany = (articleId: number, versionIds: readonly number[], withOutlet = true): string => {
    const all = ofArticle.get(articleId) ?? [];
    if (all.length <= 1) return articleName(articleId, withOutlet);
    if (new Set(versionIds).size === all.length) return `${articleName(articleId, withOutlet)}, ${all.length === 2 ? 'both versions' : `all ${all.length} versions`}`;
    const numbers = [...new Set(versionIds.map((id) => all.indexOf(id) + 1))].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < numbers.length; i++) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
      runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]));
      i = j;
    }
    const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0]!;
    return `${articleName(articleId, withOutlet)}, ${numbers.length > 1 ? 'versions' : 'version'} ${list} of ${all.length}`;
  };
  const whereOf = (versionId: number): string => whereOfMany(versions.get(versionId)!.articleId, [versionId]);
  /**
   * A figure's values, one row per article, value, source and sentence: the
   * same quote repeated by each revision of an article is one row naming the
   * versions, so a long-revised story does not fill pages with copies.
   */
  const rowsOf = (figure: ReportFigure): ValueRow[] => {
    const groups = new Map<string, ReportClaim[]>();
    for (const id of figure.claims) {
      const c = claims.get(id)!;
      const key = JSON.stringify([c.articleId, valueText(c), c.source, c.sentence, c.status !== 'auto']);
      const group = groups.get(key);
      if (group) group.push(c);
      else groups.set(key, [c]);
    }
    return [...groups.values()].map((cs) => {
      const c = cs[0]!;
      const times = cs.map((x) => versions.get(x.versionId)!.capturedAt).sort();
      const first = timeText(times[0]!);
      const last = timeText(times.at(-1)!);
      return {
        claim: c,
        value: valueText(c),
        source: sourceText(c),
        where: whereOfMany(c.articleId, cs.map((x) => x.versionId)),
        captured: first === last ? first : `${first} to ${last}`,
        quote: splitQuote(c),
        reviewed: c.status !== 'auto',
      };
    });
  };
  const s = report.summary;
  const ordered = [...report.figures].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));

  return {
    title: `Discrepancy report: ${report.event.name}`,
    generated: `Generated ${timeText(report.generatedAt)} by ${report.generator}.`,
    counts: `${s.articles} ${s.articles === 1 ? 'article' : 'articles'}, ${s.versions} ${s.versions === 1 ? 'version' : 'versions'}, ${s.sources} named ${s.sources === 1 ? 'source' : 'sources'}, ${s.figures} ${s.figures === 1 ? 'figure' : 'figures'}: ${s.conflict} in conflict, ${s.revised} revised, ${s.agree} agreed, ${s.single} from a single claim.`,
    byStatus: STATUS_ORDER.map((status) => ({
      status,
      heading: STATUS_HEADINGS[status],
      figures: report.figures.filter((f) => f.status === status).map((f) => `${f.label} (${range(f)})`),
    })).filter((g) => g.figures.length > 0),
    figures: ordered.map((figure) => ({
      figure,
      status: `${STATUS_WORDS[figure.status]}${figure.reviewed ? ', reviewed by the researcher' : ''}`,
      reason: figure.reason,
      sources: figure.sources.map(sourceLine),
      facts: [
        { name: 'Range', value: range(figure) },
        { name: 'Conservative', value: figure.conservative === null ? '—' : intervalText(figure.conservative, figure.conservative) },
        { name: 'Best (researcher’s choice)', value: figure.best ? intervalText(figure.best.low, figure.best.high) : 'not chosen' },
        { name: 'Independent sources', value: String(figure.independentSources) },
        ...(figure.related.length ? [{ name: 'Scope differs from', value: figure.related.map((r) => figureLabel.get(r) ?? r).join('; ') }] : []),
      ],
      rows: rowsOf(figure),
      notes: figure.notes.map((n) => {
        const on = n.claimId === null ? null : claims.get(n.claimId);
        return `${on ? `On “${on.text}” (${whereOf(on.versionId)}): ` : ''}${n.body} (${timeText(n.updatedAt)})`;
      }),
    })),
    revisions: report.revisions.map((r) => ({
      title: articles.get(r.articleId)?.title ?? `article ${r.articleId}`,
      from: `${whereOf(r.from)}, captured ${timeText(versions.get(r.from)!.capturedAt)}`,
      to: `${whereOf(r.to)}, captured ${timeText(versions.get(r.to)!.capturedAt)}`,
      changes: r.changes.map((c) => ({
        kind: c.kind,
        before: c.before ? valueText(c.before) : '—',
        after: c.after ? valueText(c.after) : '—',
        sentenceBefore: c.before?.sentence ?? '',
        sentenceAfter: c.after?.sentence ?? '',
      })),
    })),
    noFigures: report.noFigures.map((n) => ({ source: sourceText({ source: n.source, grade: null }), where: whereOf(n.versionId), quote: n.sentence })),
    provenance: report.versions.map((v) => ({
      version: v,
      name: whereOfMany(v.articleId, [v.id], false),
      outlet: articles.get(v.articleId)?.outlet ?? v.outlet ?? '—',
      url: v.url ?? '—',
      captured: timeText(v.capturedAt),
      published: timeText(v.publishedAt),
    })),
    method: METHOD_NOTE,
  };
}
