// A comparison as Markdown (GitHub's flavour: ~~struck~~ for deleted words,
// **bold** for inserted ones), to paste into notes or a ticket. Every piece of
// captured text is escaped: a version's words never become links, images,
// HTML or headings.
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

/**
 * Backslash-escapes what Markdown (or the HTML it may carry) could read as
 * syntax: emphasis, code, links and images, HTML tags and entities, tables;
 * a bare address does not become a link. Line breaks become spaces. Text never
 * opens a line here, so list and heading markers at a line's start need no care.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
}

/** Emphasis must hug its words: "**new words** " and never "** new words **", which Markdown leaves as asterisks. */
function marked(w: ExportWords): string {
  if (w.mark === 'same') return escapeMarkdown(w.text);
  const lead = /^\s*/.exec(w.text)![0];
  const trail = /\s*$/.exec(w.text)![0];
  const core = w.text.trim();
  if (!core) return w.text;
  const fence = w.mark === 'ins' ? '**' : '~~';
  return `${lead ? ' ' : ''}${fence}${escapeMarkdown(core)}${fence}${trail ? ' ' : ''}`;
}

function versionLines(role: string, v: ExportedVersion): string[] {
  return [
    `**${role}:** ${escapeMarkdown(versionName(v))}`,
    `- Captured: ${escapeMarkdown(exportTime(v.capturedAt))}`,
    `- SHA-256: ${v.sha256 ? `\`${v.sha256.replace(/[^0-9a-z]/gi, '')}\`` : 'not known'}`,
    '',
  ];
}

export function diffMarkdown(input: DiffExportInput): string {
  const { diff } = input;
  const lines: string[] = ['# Comparison of two versions', ''];
  lines.push(...versionLines('Earlier', input.before), ...versionLines('Later', input.after));
  lines.push(escapeMarkdown(optionsLine(input.options)), '', escapeMarkdown(summaryLine(diff)), '');

  const figures = exportFigures(diff);
  lines.push('## Figures', '');
  if (!figures.length) lines.push('No figure changed.', '');
  for (const f of figures) {
    const values = f.kind === 'changed' ? `${escapeMarkdown(f.before!)} → ${escapeMarkdown(f.after!)}` : escapeMarkdown((f.after ?? f.before)!);
    const about = [f.subject, f.source && `according to ${f.source}`].filter(Boolean).map((t) => escapeMarkdown(t!)).join(', ');
    lines.push(`- ${values} (${FIGURE_WORDS[f.kind]})${about ? `: ${about}` : ''}`);
  }
  if (figures.length) lines.push('');

  const changes = exportChanges(diff, input.showMinor);
  lines.push('## Changes', '');
  if (!changes.length) lines.push('No sentence changed.', '');
  for (const c of changes) {
    // struck words straight before inserted ones get a space between, or "~~12~~**19**" reads as one word
    const text = c.words.map((w, i) => (w.mark === 'ins' && c.words[i - 1]?.mark === 'del' && !/^\s/.test(w.text) ? ' ' : '') + marked(w)).join('');
    lines.push(`- **${KIND_WORDS[c.kind]}${c.minor ? ' (minor)' : ''}:** ${text.trim()}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
