// The report as Markdown: readable as plain text, with pipe tables that render
// on common forges (GitHub, GitLab). Cell text is escaped so a quote holding
// "|" or a line break cannot break its table.
import type { Report } from './reportSchema';
import { reportSections } from './reportSections';

/** Text safe in a table cell: pipes escaped, lines joined, Markdown's own marks neutralised. */
function cell(text: string): string {
  return escapeCell(text).trim();
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

/** Text safe in a paragraph or a list item. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([*_`[\]<>#])/g, '\\$1').replace(/\s*\n\s*/g, ' ').trim();
}

/** A pipe table of plain-text cells (escaped here). */
function table(head: string[], rows: string[][]): string[] {
  return marked(head, rows.map((r) => r.map(cell)));
}

/** A pipe table of cells already escaped (and perhaps marked up). */
function marked(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function renderMarkdown(report: Report): string {
  const s = reportSections(report);
  const out: string[] = [`# ${inline(s.title)}`, '', inline(s.generated), '', '## Summary', '', inline(s.counts), ''];
  for (const group of s.byStatus) out.push(`- **${group.heading}:** ${group.figures.map(inline).join('; ')}`);
  if (s.noFigures.length) out.push(`- **No figure given:** ${[...new Set(s.noFigures.map((n) => n.source))].map(inline).join('; ')}`);
  out.push('', '## Figures', '');
  for (const f of s.figures) {
    out.push(`### ${inline(f.figure.label)} (${f.status})`, '', inline(f.reason), '');
    out.push(...table(['', ''], f.facts.map((x) => [x.name, x.value])), '');
    out.push(
      ...table(
        ['Source', 'Says now', 'Low / best / high', 'Before', 'Carried by'],
        f.sources.map((r) => [r.source, r.says, r.lowBestHigh, r.before, r.carriedBy]),
      ),
      '',
      'Every value, version by version:',
      '',
    );
    out.push(
      ...marked(
        ['Value', 'Source', 'Where', 'Captured', 'Quote'],
        f.rows.map((r) => [
          cell(`${r.value}${r.reviewed ? ' ✓' : ''}`),
          cell(r.source),
          cell(r.where),
          cell(r.captured),
          r.quote.figure ? `${escapeCell(r.quote.before)}**${escapeCell(r.quote.figure)}**${escapeCell(r.quote.after)}`.trim() : cell(r.quote.before),
        ]),
      ),
      '',
    );
    if (f.rows.some((r) => r.reviewed)) out.push('✓ confirmed or corrected by the researcher.', '');
    for (const note of f.notes) out.push(`> Note: ${inline(note)}`, '');
  }
  if (s.revisions.length) {
    out.push('## Revisions', '');
    for (const r of s.revisions) {
      out.push(`### ${inline(r.title)}`, '', `From ${inline(r.from)} to ${inline(r.to)}:`, '');
      out.push(...table(['Change', 'Before', 'After', 'Sentence before', 'Sentence after'], r.changes.map((c) => [c.kind, c.before, c.after, c.sentenceBefore, c.sentenceAfter])), '');
    }
  }
  if (s.noFigures.length) {
    out.push('## Statements of no figure', '');
    out.push(...table(['Source', 'Where', 'Sentence'], s.noFigures.map((n) => [n.source, n.where, n.quote])), '');
  }
  out.push('## Provenance', '', 'Every version cited, with the SHA-256 of its captured bytes.', '');
  out.push(...table(['Version', 'Outlet', 'URL', 'Captured', 'Published', 'SHA-256'], s.provenance.map((p) => [p.name, p.outlet, p.url, p.captured, p.published, p.version.sha256])), '');
  out.push('## Method', '');
  for (const m of s.method) out.push(`**${m.heading}.** ${inline(m.text)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
