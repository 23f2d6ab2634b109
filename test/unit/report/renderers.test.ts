// Every format from one small event whose text is hostile to each of them: a
// quote with commas, quotation marks, a pipe, a line break and markup.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildEventFigures, NO_CURATION } from '../../../main/core/compare/eventFigures';
import { documentVersions } from '../../../main/core/compare/documentVersions';
import { extractClaims } from '../../../main/core/extract';
import { buildReport, type ReportVersionInput } from '../../../main/core/report/buildReport';
import { CSV_COLUMNS, renderCsv } from '../../../main/core/report/renderCsv';
import { esc, renderHtml } from '../../../main/core/report/renderHtml';
import { renderMarkdown } from '../../../main/core/report/renderMarkdown';
import { reportSchema } from '../../../main/core/report/reportSchema';

const HOSTILE =
  'Clashes in the port <img src=x onerror=alert(1)>\n\n' +
  'Police said 12 people were arrested, "mostly | young men, from out of town", after the march <img src=x onerror=alert(1)>.\n\n' +
  'Organisers said 40 people were arrested.\n';
const LATER = HOSTILE.replace('12 people', '14 people');

function report(texts: readonly string[] = [HOSTILE, LATER]) {
  const docs = texts.map((text, i) => ({
    name: `v${i}.txt`,
    doc: { title: 'Clashes in the port', byline: null, outlet: 'City Daily', canonicalUrl: null, publishedAt: null, text },
    claims: extractClaims(text),
    capturedAt: `2024-03-1${i}T10:00:00Z`,
  }));
  const { versions } = documentVersions(docs, 'test');
  const full: ReportVersionInput[] = versions.map((v, i) => ({ ...v, title: v.articleTitle, url: null, sha256: String(i).repeat(64), byteLength: 10, format: 'text', origin: `v${i}.txt` }));
  const figures = buildEventFigures(full, NO_CURATION, []);
  return buildReport({ eventName: 'Port "clashes" | March', generatedAt: '2024-03-12T00:00:00Z', generator: 'Tally test', versions: full, articles: [{ id: 1, title: 'Clashes in the port', outlet: 'City Daily', url: null }], figures, directory: [] });
}

describe('report renderers', () => {
  it('builds a model the schema accepts, with the revision 12 → 14 and the conflict with 40', () => {
    const r = reportSchema.parse(report());
    const arrested = r.figures.find((f) => f.label.includes('arrested'))!;
    expect(arrested.status).toBe('conflict');
    expect(r.revisions[0]!.changes.map((c) => [c.before?.value, c.after?.value])).toEqual([[12, 14]]);
  });

  it('gives each figure one row per source and the reason for its verdict, in the model and in Markdown and HTML', () => {
    const plain = 'Clashes in the port\n\nPolice said 12 people were arrested after the march.\n\nOrganisers said 40 people were arrested.\n';
    const r = report([plain, plain.replace('12 people', '14 people')]);
    const arrested = r.figures.find((f) => f.label.includes('arrested'))!;
    expect(arrested.reason).toBe('Organisers says 40; Police says 14: both cannot be true.');
    expect(arrested.sources.map((s) => [s.source, s.says.map((a) => a.value), s.best, s.earlier.map((e) => e.map((a) => a.value))])).toEqual([
      ['Organisers', [40], 40, []],
      ['Police', [14], 14, [[12]]],
    ]);
    const md = renderMarkdown(r);
    expect(md).toContain('Organisers says 40; Police says 14: both cannot be true.');
    expect(md).toContain('| Source | Says now | Low / best / high | Before | Carried by |');
    expect(md).toMatch(/\| Police \| 14 \| 14 \/ 14 \/ 14 \| 12 \| City Daily \(2 versions, latest 2024-03-11 10:00 UTC\) \|/);
    const html = renderHtml(r);
    expect(html).toContain('<p class="reason">Organisers says 40; Police says 14: both cannot be true.</p>');
    expect(html).toMatch(/<table class="by-source">[\s\S]*<td>Police<\/td><td class="says">14<\/td>/);
  });

  it('keeps every Markdown table row one line, its pipes escaped', () => {
    const md = renderMarkdown(report());
    // each table: every row has as many cells as its header
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|'))).filter((t) => t.length > 0);
    expect(tables.length).toBeGreaterThan(3);
    const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
    for (const table of tables) for (const row of table) expect(cells(row), row).toBe(cells(table[0]!));
    expect(md).toContain('mostly \\| young men');
    // escaped, so a forge shows the characters rather than an image tag
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('# Discrepancy report: Port "clashes" | March');
  });

  it('never lets captured text become HTML', () => {
    const html = renderHtml(report());
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;mostly | young men, from out of town&quot;');
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });

  it('writes CSV a parser reads back exactly: commas, quotation marks and pipes inside one field', () => {
    const csv = renderCsv(report());
    expect(csv.startsWith('\uFEFFevent,figure,verdict,')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const twelve = rows.find((r) => r.quote === '12')!;
    expect(twelve.sentence).toBe('Police said 12 people were arrested, "mostly | young men, from out of town", after the march <img src=x onerror=alert(1)>.');
    expect(twelve.event).toBe('Port "clashes" | March');
    expect(twelve).toMatchObject({ value: '12', low: '12', high: '12', approx: 'false', verdict: 'conflict', outlet: 'City Daily' });
  });

  it('gives a vague amount its lower bound as the value, and carries the figure’s notes and the claim’s', () => {
    const text = 'Clashes in the port\n\nDozens of people were arrested after the march, police said.\n';
    const r = report([text]);
    const dozens = r.claims.find((c) => c.text.toLowerCase() === 'dozens')!;
    const figure = r.figures.find((f) => f.claims.includes(dozens.id))!;
    figure.notes.push(
      { body: 'Police list, not yet public.', createdAt: 'x', updatedAt: 'x', claimId: null },
      { body: 'Asked the prefecture.', createdAt: 'x', updatedAt: 'x', claimId: dozens.id },
    );
    const rows = parseCsv(renderCsv(r), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.quote?.toLowerCase() === 'dozens')).toMatchObject({
      value: '24',
      low: '24',
      high: '',
      approx: 'true',
      figure_notes: 'Police list, not yet public.',
      claim_notes: 'Asked the prefecture.',
    });
  });

  it('neutralises every text cell a spreadsheet would run as a formula, and keeps amounts as numbers', () => {
    const heads = ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTabbed', '\rReturned'];
    const r = report();
    const hostile = {
      ...r,
      event: { ...r.event, name: heads[0]! },
      articles: r.articles.map((a) => ({ ...a, title: heads[1]!, outlet: heads[2]! })),
      claims: r.claims.map((c, i) => ({ ...c, sourceAsWritten: heads[3]!, sentence: heads[4]!, text: i ? heads[5]! : c.text })),
    };
    const rows = parseCsv(renderCsv(hostile), { bom: true, columns: false, relax_quotes: true }) as string[][];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      for (const cell of row) {
        // a number a spreadsheet reads as a number, or text that cannot start a formula
        if (cell !== '' && Number.isFinite(Number(cell))) continue;
        expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const body = rows.slice(1);
    expect(body[0]![0]).toBe(`'${heads[0]}`);
    expect(body[1]![CSV_COLUMNS.indexOf('quote')]).toBe(`'\rReturned`);
    expect(body[0]![CSV_COLUMNS.indexOf('value')]).toMatch(/^\d+$/);
  });
});
