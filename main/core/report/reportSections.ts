// The report's content in reading order, independent of markup: the summary,
// each figure with its values by source and version, the revisions, the
// statements of no figure, the provenance and the method. Markdown and HTML
// walk these same sections, so the two never say different things.
import type { FigureStatus } from '../model';
import { intervalText, METHOD_NOTE, sourceText, STATUS_WORDS, timeText, valueText, versionName } from './reportText';
import type { Report, ReportClaim, ReportFigure, ReportVersion } from './reportSchema';

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

export interface FigureSection {
  figure: ReportFigure;
  status: string;
  facts: { name: string; value: string }[];
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

function range(f: ReportFigure): string {
  return intervalText(f.min, f.max);
}

export function reportSections(report: Report): ReportSections {
  const versions = new Map(report.versions.map((v) => [v.id, v]));
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const figureLabel = new Map(report.figures.map((f) => [f.id, f.label]));
  const whereOf = (versionId: number): string => {
    const v = versions.get(versionId)!;
    const outlet = articles.get(v.articleId)?.outlet ?? v.outlet;
    return `${outlet ? `${outlet}: ` : ''}${versionName(report, v)}`;
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
      facts: [
        { name: 'Range', value: range(figure) },
        { name: 'Conservative', value: figure.conservative === null ? '—' : intervalText(figure.conservative, figure.conservative) },
        { name: 'Best (researcher’s choice)', value: figure.best ? intervalText(figure.best.low, figure.best.high) : 'not chosen' },
        { name: 'Independent sources', value: String(figure.independentSources) },
        ...(figure.related.length ? [{ name: 'Scope differs from', value: figure.related.map((r) => figureLabel.get(r) ?? r).join('; ') }] : []),
      ],
      rows: figure.claims.map((id) => {
        const c = claims.get(id)!;
        return {
          claim: c,
          value: valueText(c),
          source: sourceText(c),
          where: whereOf(c.versionId),
          captured: timeText(versions.get(c.versionId)!.capturedAt),
          quote: splitQuote(c),
          reviewed: c.status !== 'auto',
        };
      }),
      notes: figure.notes.map((n) => {
        const on = n.claimId === null ? null : claims.get(n.claimId);
        return `${on ? `On “${on.text}” (${whereOf(on.versionId)}): ` : ''}${n.body} (${timeText(n.updatedAt)})`;
      }),
    })),
    revisions: report.revisions.map((r) => ({
      title: articles.get(r.articleId)?.title ?? `article ${r.articleId}`,
      from: `${versionName(report, versions.get(r.from)!)}, captured ${timeText(versions.get(r.from)!.capturedAt)}`,
      to: `${versionName(report, versions.get(r.to)!)}, captured ${timeText(versions.get(r.to)!.capturedAt)}`,
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
      name: versionName(report, v),
      outlet: articles.get(v.articleId)?.outlet ?? v.outlet ?? '—',
      url: v.url ?? '—',
      captured: timeText(v.capturedAt),
      published: timeText(v.publishedAt),
    })),
    method: METHOD_NOTE,
  };
}
