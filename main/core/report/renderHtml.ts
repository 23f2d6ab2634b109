// The report as one self-contained HTML file: inline styles, no scripts, no
// external requests (a Content-Security-Policy forbids them outright), laid
// out to print well. The PDF is this same file printed by Chromium, so the
// two share one layout. Every text goes through `esc`: captured pages are
// untrusted, and a quote must never become markup.
import { scaleLinear } from 'd3-scale';
import { pdfMarginCss } from './pdfPage';
import { num } from './reportText';
import type { Report, ReportFigure } from './reportSchema';
import { reportSections, type FigureSection } from './reportSections';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// the printed page's margins are the PDF printers' own, so the header and footer line up with the text
const PAGE_MARGIN = (({ top, right, bottom, left }) => `${top} ${right} ${bottom} ${left}`)(pdfMarginCss());

const STYLE = `
  :root { --ink: #1d2430; --soft: #5b6475; --line: #d9dde5; --wash: #f4f6f9; --conflict: #b3261e; --revised: #8a5a00; --agree: #2e7d32; }
  * { box-sizing: border-box; }
  body { font: 10.5pt/1.45 Georgia, 'DejaVu Serif', serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
  h1 { font-size: 20pt; margin: 0 0 0.2rem; }
  h2 { font: 600 14pt/1.3 system-ui, 'DejaVu Sans', sans-serif; margin: 1.6rem 0 0.5rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; break-after: avoid; }
  h3 { font: 600 12pt/1.3 system-ui, 'DejaVu Sans', sans-serif; margin: 1.2rem 0 0.4rem; break-after: avoid; }
  p { margin: 0.3rem 0 0.6rem; }
  .meta { color: var(--soft); font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; font: 8.5pt/1.35 system-ui, 'DejaVu Sans', sans-serif; }
  th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--line); }
  thead th { background: var(--wash); font-weight: 600; }
  tr { break-inside: avoid; }
  td.quote { font: 9pt/1.4 Georgia, 'DejaVu Serif', serif; }
  td.num, th.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.hash { font: 7.5pt/1.3 'DejaVu Sans Mono', monospace; word-break: break-all; }
  mark { background: #fff1b8; font-weight: 700; padding: 0 1px; }
  .badge { display: inline-block; font: 600 7.5pt/1.5 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3rem; vertical-align: 0.15em; }
  .conflict { color: var(--conflict); } .revised { color: var(--revised); } .agree { color: var(--agree); } .single { color: var(--soft); }
  .reviewed { color: #1f5fbf; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.3rem 0 0.5rem; font: 9pt/1.4 system-ui, sans-serif; }
  dl.facts dt { color: var(--soft); } dl.facts dd { margin: 0; }
  .figure { margin-bottom: 1rem; }
  /* a figure's heading, facts and picture stay with the start of its table */
  .figure > h3, .figure > dl, .figure > svg { break-after: avoid; break-inside: avoid; }
  .picture { margin: 0.2rem 0 0.4rem; }
  .picture text { font: 7.5pt system-ui, 'DejaVu Sans', sans-serif; fill: var(--soft); }
  blockquote.note { margin: 0.3rem 0; padding: 0.3rem 0.6rem; border-left: 3px solid var(--line); background: var(--wash); font-size: 9.5pt; }
  ul.summary { padding-left: 1.1rem; } ul.summary li { margin: 0.15rem 0; }
  p.reason { font-size: 10.5pt; margin: 0.2rem 0 0.3rem; }
  /* fixed columns: a long source or quote wraps in its own column, never squeezing another below a dozen characters */
  table.by-source, table.values { table-layout: fixed; }
  table.by-source td, table.values td { overflow-wrap: anywhere; }
  table.by-source col.c-source { width: 22%; } table.by-source col.c-says { width: 16%; } table.by-source col.c-num { width: 16%; }
  table.by-source col.c-before { width: 16%; } table.by-source col.c-carried { width: 30%; }
  table.by-source td.says { font-weight: 700; }
  table.values col.c-value { width: 13%; } table.values col.c-source { width: 16%; } table.values col.c-where { width: 18%; }
  table.values col.c-captured { width: 13%; } table.values col.c-quote { width: 40%; }
  table.values td.num { white-space: normal; }
  @page { size: A4; margin: ${PAGE_MARGIN}; }
  @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/**
 * The picture of a figure: each source's values on one shared axis, a dot per
 * value (hollow when approximate), a bar for a range or a bound, the latest
 * version of each article darker, earlier ones grey; the conservative and best
 * values as lines.
 */
function picture(section: FigureSection, latestOf: ReadonlyMap<number, number>): string {
  const rows = [...new Map(section.rows.map((r) => [r.source, section.rows.filter((x) => x.source === r.source)])).entries()];
  const finite = section.rows.flatMap((r) => [r.claim.value, r.claim.low, r.claim.high]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return '';
  // a round axis ("0, 5, 10, 15, 20, 25"), as a reader would draw it
  const scale = scaleLinear()
    .domain([0, Math.max(...finite, section.figure.best?.high ?? 0) * 1.05 || 1])
    .nice(4);
  const max = scale.domain()[1]!;
  const W = 640;
  const left = 200;
  const right = 16;
  const rowH = 16;
  const H = rows.length * rowH + 40;
  const x = (v: number) => left + (v / max) * (W - left - right);
  const ticks = scale.ticks(4);
  const marks: string[] = [];
  // the conservative and best lines are labelled above the axis, never over its numbers, and inside the picture
  const line = (v: number | null, label: string, dash: string, row: number) =>
    v === null
      ? ''
      : `<line x1="${x(v)}" x2="${x(v)}" y1="2" y2="${H - 18}" stroke="#1f5fbf" stroke-dasharray="${dash}"/><text x="${x(v) > W - 80 ? x(v) - 3 : x(v) + 3}" y="${H - 21 - row * 9}" text-anchor="${x(v) > W - 80 ? 'end' : 'start'}" fill="#1f5fbf">${esc(label)}</text>`;
  rows.forEach(([source, values], i) => {
    const y = 10 + i * rowH;
    marks.push(`<text x="${left - 6}" y="${y + 3}" text-anchor="end">${esc(source.length > 30 ? `${source.slice(0, 29)}…` : source)}</text>`);
    for (const v of values) {
      const c = v.claim;
      const point = c.value ?? c.low ?? c.high;
      if (point === null) continue;
      const ink = latestOf.get(c.articleId) === c.versionId ? '#1d2430' : '#9aa3b2';
      const low = c.low ?? point;
      const high = c.high ?? (c.low !== null && c.value === null ? max : point);
      if (low !== high) marks.push(`<line x1="${x(low)}" x2="${x(high)}" y1="${y}" y2="${y}" stroke="${ink}" stroke-width="3" stroke-opacity="0.45"/>`);
      marks.push(`<circle cx="${x(point)}" cy="${y}" r="3.5" fill="${c.approx ? '#fff' : ink}" stroke="${ink}" stroke-width="1.5"><title>${esc(`${source}: ${v.value}`)}</title></circle>`);
    }
  });
  const f: ReportFigure = section.figure;
  return `<svg class="picture" width="100%" style="max-width: ${W}px" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`${f.label}: values by source`)}">
${ticks.map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="2" y2="${H - 18}" stroke="#d9dde5"/><text x="${x(t)}" y="${H - 8}" text-anchor="middle">${esc(num(t))}</text>`).join('')}
${line(f.conservative, 'conservative', '2 2', 0)}${f.best ? line(f.best.low, 'best', '5 2', 1) : ''}
${marks.join('\n')}
</svg>`;
}

function figureHtml(section: FigureSection, latestOf: ReadonlyMap<number, number>): string {
  const f = section.figure;
  return `<section class="figure">
<h3>${esc(f.label)} <span class="badge ${f.status}">${esc(section.status.split(',')[0]!)}</span>${f.reviewed ? ' <span class="badge reviewed">reviewed</span>' : ''}</h3>
<p class="reason">${esc(section.reason)}</p>
<dl class="facts">${section.facts.map((x) => `<dt>${esc(x.name)}</dt><dd>${esc(x.value)}</dd>`).join('')}</dl>
${picture(section, latestOf)}
<table class="by-source"><colgroup><col class="c-source"><col class="c-says"><col class="c-num"><col class="c-before"><col class="c-carried"></colgroup>
<thead><tr><th>Source</th><th>Says now</th><th>Low / best / high</th><th>Before</th><th>Carried by</th></tr></thead><tbody>
${section.sources
  .map(
    (r) =>
      `<tr><td>${esc(r.source)}</td><td class="says">${esc(r.says)}</td><td class="num">${esc(r.lowBestHigh)}</td><td>${esc(r.before)}</td><td class="meta">${esc(r.carriedBy)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<p class="meta">Every value, version by version:</p>
<table class="values"><colgroup><col class="c-value"><col class="c-source"><col class="c-where"><col class="c-captured"><col class="c-quote"></colgroup><thead><tr><th class="num">Value</th><th>Source</th><th>Where</th><th>Captured</th><th>Quote</th></tr></thead><tbody>
${section.rows
  .map(
    (r) =>
      `<tr><td class="num">${esc(r.value)}${r.reviewed ? ' <span class="reviewed" title="confirmed or corrected by the researcher">✓</span>' : ''}</td><td>${esc(r.source)}</td><td>${esc(r.where)}</td><td class="num">${esc(r.captured)}</td><td class="quote">${esc(r.quote.before)}${r.quote.figure ? `<mark>${esc(r.quote.figure)}</mark>` : ''}${esc(r.quote.after)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
${section.notes.map((n) => `<blockquote class="note">Note: ${esc(n)}</blockquote>`).join('\n')}
</section>`;
}

export function renderHtml(report: Report): string {
  const s = reportSections(report);
  const parts: string[] = [];
  parts.push(`<h1>${esc(s.title)}</h1><p class="meta">${esc(s.generated)}</p>`);
  parts.push(`<h2>Summary</h2><p>${esc(s.counts)}</p><ul class="summary">`);
  for (const g of s.byStatus) parts.push(`<li><strong class="${g.status}">${esc(g.heading)}:</strong> ${esc(g.figures.join('; '))}</li>`);
  if (s.noFigures.length) parts.push(`<li><strong>No figure given:</strong> ${esc([...new Set(s.noFigures.map((n) => n.source))].join('; '))}</li>`);
  parts.push('</ul>');
  // each article's latest version: its values are drawn dark, earlier ones grey
  const latestOf = new Map(report.versions.map((v) => [v.articleId, v.id]));
  parts.push('<h2>Figures</h2>', ...s.figures.map((f) => figureHtml(f, latestOf)));
  if (s.revisions.length) {
    parts.push('<h2>Revisions</h2>');
    for (const r of s.revisions) {
      parts.push(`<h3>${esc(r.title)}</h3><p class="meta">From ${esc(r.from)} to ${esc(r.to)}.</p>`);
      parts.push(
        `<table><thead><tr><th>Change</th><th class="num">Before</th><th class="num">After</th><th>Sentence before</th><th>Sentence after</th></tr></thead><tbody>${r.changes
          .map((c) => `<tr><td>${esc(c.kind)}</td><td class="num">${esc(c.before)}</td><td class="num">${esc(c.after)}</td><td class="quote">${esc(c.sentenceBefore)}</td><td class="quote">${esc(c.sentenceAfter)}</td></tr>`)
          .join('\n')}</tbody></table>`,
      );
    }
  }
  if (s.noFigures.length) {
    parts.push(
      `<h2>Statements of no figure</h2><table><thead><tr><th>Source</th><th>Where</th><th>Sentence</th></tr></thead><tbody>${s.noFigures
        .map((n) => `<tr><td>${esc(n.source)}</td><td>${esc(n.where)}</td><td class="quote">${esc(n.quote)}</td></tr>`)
        .join('\n')}</tbody></table>`,
    );
  }
  parts.push(
    `<h2>Provenance</h2><p>Every version cited, with the SHA-256 of its captured bytes.</p><table><thead><tr><th>Version</th><th>Outlet</th><th>URL</th><th>Captured</th><th>Published</th><th>SHA-256</th></tr></thead><tbody>${s.provenance
      .map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.outlet)}</td><td>${esc(p.url)}</td><td class="num">${esc(p.captured)}</td><td class="num">${esc(p.published)}</td><td class="hash">${esc(p.version.sha256)}</td></tr>`)
      .join('\n')}</tbody></table>`,
  );
  parts.push('<h2>Method</h2>', ...s.method.map((m) => `<p><strong>${esc(m.heading)}.</strong> ${esc(m.text)}</p>`));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(report.generator)}">
<title>${esc(s.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
