// The report as CSV, one row per claim, in the columns a spreadsheet user and
// a casualty database expect: low, value and high side by side (an exact
// count fills all three; "at least 17" leaves high empty, and a vague amount
// such as "dozens" gives its lower bound as the value, marked approx), the figure's
// verdict, the source, the version's capture time, the quote and the SHA-256
// of the captured bytes. RFC 4180 quoting (csv-stringify), CRLF line ends, and
// a byte-order mark so spreadsheet programs read the UTF-8 as UTF-8. Text
// that a spreadsheet would run as a formula is neutralised (see below).
import { stringify } from 'csv-stringify/sync';
import type { Report } from './reportSchema';

export const CSV_COLUMNS = [
  'event',
  'figure',
  'verdict',
  'source',
  'source_as_written',
  'grade',
  'outlet',
  'article',
  'url',
  'version_id',
  'version_captured_at',
  'version_published_at',
  'value',
  'low',
  'high',
  'approx',
  'claim_status',
  'figure_conservative',
  'figure_best_low',
  'figure_best_high',
  'quote',
  'sentence',
  'figure_notes',
  'claim_notes',
  'sha256',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

export function csvRows(report: Report): CsvRow[] {
  const versions = new Map(report.versions.map((v) => [v.id, v]));
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const figures = new Map(report.figures.map((f) => [f.id, f]));
  const notes = (list: readonly { body: string }[]): string | null => (list.length ? list.map((n) => n.body).join(' | ') : null);
  return report.claims.map((c) => {
    const v = versions.get(c.versionId)!;
    const a = articles.get(c.articleId);
    const f = figures.get(c.figureId)!;
    return {
      event: report.event.name,
      figure: f.label,
      verdict: f.status,
      source: c.source ?? `${a?.outlet ?? 'outlet'} (own voice)`,
      source_as_written: c.sourceAsWritten,
      grade: c.grade,
      outlet: a?.outlet ?? v.outlet,
      article: a?.title ?? v.title,
      url: v.url,
      version_id: v.id,
      version_captured_at: v.capturedAt,
      version_published_at: v.publishedAt,
      // a spreadsheet sums and sorts the value column: an amount given in words only ("dozens", "scores") counts as
      // its lower bound there; a stated bound ("at least 17") is a bound, and stays one
      value: c.value ?? (/\d/.test(c.text) ? null : c.low),
      low: c.low ?? c.value,
      high: c.high ?? (c.low !== null ? null : c.value),
      approx: c.approx,
      claim_status: c.status,
      figure_conservative: f.conservative,
      figure_best_low: f.best?.low ?? null,
      figure_best_high: f.best?.high ?? null,
      quote: c.text,
      sentence: c.sentence,
      figure_notes: notes(f.notes.filter((n) => n.claimId === null)),
      claim_notes: notes(f.notes.filter((n) => n.claimId === c.id)),
      sha256: v.sha256,
    };
  });
}

/** What a spreadsheet reads as the start of a formula: "=HYPERLINK(...)" in a captured headline would run when the CSV is opened. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Captured text is the page's, not the researcher's: a text cell that starts
 * like a formula gets a leading apostrophe, which spreadsheets show as text
 * (OWASP's advice on CSV injection). Numbers stay numbers: a negative amount
 * is no formula.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function renderCsv(report: Report): string {
  const body = stringify(csvRows(report), {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false'), string: neutraliseFormula },
  });
  return `\uFEFF${body}`;
}
