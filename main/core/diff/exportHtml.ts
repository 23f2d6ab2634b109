// A comparison as one self-contained HTML page: no script, nothing fetched
// (its own Content-Security-Policy says so), styles inline, every piece of
// captured text escaped. Inserted and deleted words are told apart without
// colour too (underlined, struck), so a black-and-white print still reads.
import {
  exportChanges,
  exportFigures,
  exportTime,
  FIGURE_WORDS,
  KIND_WORDS,
  optionsLine,
  summaryLine,
  versionName,
  type DiffExportInput,
  type ExportedVersion,
  type ExportWords,
} from './exportBlocks';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const STYLE = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; border-bottom: 1px solid #ccc; }
table.versions { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.versions th, table.versions td { text-align: left; vertical-align: top; padding: 0.2rem 0.5rem 0.2rem 0; }
code { font-size: 0.8rem; word-break: break-all; }
ins { background: #e3f5e1; color: #14532d; text-decoration: underline; }
del { background: #fde8e8; color: #7f1d1d; text-decoration: line-through; }
.kind { font: bold 0.75rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.03em; margin-right: 0.4rem; }
li { margin-bottom: 0.5rem; } .meta { color: #555; font-size: 0.9rem; }
del + ins { margin-left: 0.2em; }
@media print { body { margin: 0; max-width: none; } li { break-inside: avoid; } ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function words(w: ExportWords): string {
  const text = escapeHtml(w.text);
  return w.mark === 'ins' ? `<ins>${text}</ins>` : w.mark === 'del' ? `<del>${text}</del>` : text;
}

function versionRow(role: string, v: ExportedVersion): string {
  const cells = [v.outlet ?? 'Outlet not named', v.title ?? 'Untitled', v.label, exportTime(v.capturedAt)].map((t) => `<td>${escapeHtml(t)}</td>`);
  return `<tr><th scope="row">${role}</th>${cells.join('')}<td><code>${escapeHtml(v.sha256 ?? 'not known')}</code></td></tr>`;
}

export function diffHtml(input: DiffExportInput): string {
  const { diff } = input;
  const title = `${versionName(input.before)} → ${versionName(input.after)}`;
  const figures = exportFigures(diff).map((f) => {
    const values = f.kind === 'changed' ? `<del>${escapeHtml(f.before!)}</del> → <ins>${escapeHtml(f.after!)}</ins>` : escapeHtml((f.after ?? f.before)!);
    const about = [f.subject, f.source && `according to ${f.source}`].filter(Boolean).join(', ');
    return `<li><span class="kind">${FIGURE_WORDS[f.kind]}</span>${values}${about ? ` <span class="meta">${escapeHtml(about)}</span>` : ''}</li>`;
  });
  const changes = exportChanges(diff, input.showMinor).map(
    (c) => `<li><span class="kind">${KIND_WORDS[c.kind]}${c.minor ? ' (minor)' : ''}</span>${c.words.map(words).join('')}</li>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Comparison of two versions</h1>
<table class="versions">
<thead><tr><th></th><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Version</th><th scope="col">Captured</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
${versionRow('Earlier', input.before)}
${versionRow('Later', input.after)}
</tbody>
</table>
<p class="meta">${escapeHtml(optionsLine(input.options))}</p>
<p>${escapeHtml(summaryLine(diff))}</p>
<h2>Figures</h2>
${figures.length ? `<ul>\n${figures.join('\n')}\n</ul>` : '<p>No figure changed.</p>'}
<h2>Changes</h2>
${changes.length ? `<ul>\n${changes.join('\n')}\n</ul>` : '<p>No sentence changed.</p>'}
</body>
</html>
`;
}
