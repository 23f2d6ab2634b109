import { basename } from 'node:path';
import { diffTexts } from '../../core/diff/diffTexts';
import { figureAmount as amount, optionsLine, type ExportedVersion } from '../../core/diff/exportBlocks';
import { diffHtml } from '../../core/diff/exportHtml';
import { diffMarkdown } from '../../core/diff/exportMarkdown';
import { extractClaims } from '../../core/extract';
import type { DiffOptions, VersionDiff } from '../../core/model';
import { readCapture, type FileCapture } from '../readCapture';
import { EXIT_OK, UsageError, parse, printJson, type Command } from '../command';
import { printable } from '../terminalText';

export const diffCommand: Command = {
  name: 'diff',
  usage: `tally diff FILE_A FILE_B [--ignore-case] [--ignore-whitespace] [--json | --format text|md|html]
  FILE_A, FILE_B       the earlier and the later version (.txt, .md, .html or .pdf), read as an import would read them
  --ignore-case        a sentence that differs only in upper and lower case is unchanged
  --ignore-whitespace  a sentence that differs only in spacing or line breaks is unchanged
  --format FORMAT      text (a report for the terminal, the default), md (Markdown) or html (one page that needs
                       nothing else), each naming both files with their SHA-256
  --json               print {"summary","changes","figureChanges":[{"before","after"}],"units","texts"}; offsets are
                       into each file's text (texts.before, texts.after)`,

  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        json: { type: 'boolean' },
        format: { type: 'string' },
        'ignore-case': { type: 'boolean' },
        'ignore-whitespace': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      true,
    );
    if (positionals.length !== 2) throw new UsageError('name two files: the earlier version, then the later one');
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) throw new UsageError(`--format is text, md or html, not ${JSON.stringify(format)}`);
    if (values.json && values.format) throw new UsageError('--json and --format: choose one');
    const options: DiffOptions = { ignoreCase: values['ignore-case'] ?? false, ignoreWhitespace: values['ignore-whitespace'] ?? false };
    const [before, after] = await Promise.all(positionals.map(readCapture));
    const diff = diffTexts({ before: before!.text, after: after!.text, claimsBefore: extractClaims(before!.text), claimsAfter: extractClaims(after!.text), options });
    if (values.json) {
      printJson({ summary: diff.summary, changes: diff.units.filter((u) => u.kind !== 'same'), figureChanges: diff.figureChanges, units: diff.units, texts: diff.texts });
    } else if (format === 'md' || format === 'html') {
      const input = { diff, before: fileVersion(before!, positionals[0]!), after: fileVersion(after!, positionals[1]!), options, showMinor: false };
      process.stdout.write(format === 'md' ? diffMarkdown(input) : diffHtml(input));
    } else {
      process.stdout.write(report(diff, positionals[0]!, positionals[1]!, options));
    }
    return EXIT_OK;
  },
};

const FORMATS = ['text', 'md', 'html'];

/** A file named as a version: by its name, the outlet and title it states, when it was saved (as it says, else as the file system says) and its SHA-256. */
function fileVersion(doc: FileCapture, path: string): ExportedVersion {
  return { outlet: doc.publication.outlet?.value ?? doc.outlet, title: doc.title, label: basename(path), capturedAt: doc.publication.savedAt?.value ?? doc.modifiedAt, sha256: doc.sha256 };
}

function oneLine(text: string, width = 100): string {
  const flat = printable(text.replace(/\s+/g, ' ').trim());
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** A report for a terminal: the summary, the figures that changed, then each changed sentence. */
function report(diff: VersionDiff, nameA: string, nameB: string, options: DiffOptions): string {
  const s = diff.summary;
  const lines: string[] = [];
  lines.push(`${printable(basename(nameA))} → ${printable(basename(nameB))}`);
  if (options.ignoreCase || options.ignoreWhitespace) lines.push(optionsLine(options));
  lines.push(
    `${s.changed} sentences changed (${s.minor} minor), ${s.added} added, ${s.removed} removed, ${s.moved} moved; ` +
      `${Math.round(s.unchangedShare * 100)} % of the text unchanged${s.coarse ? ' (coarse: too large or too different for a word diff)' : ''}`,
  );
  if (s.rewrite) lines.push('Most of the text was rewritten: read the two versions side by side.');
  lines.push('', `Figures: ${s.figuresChanged} changed, ${s.figuresAppeared} appeared, ${s.figuresDisappeared} disappeared`);
  for (const f of diff.figureChanges) {
    if (f.kind === 'changed') lines.push(printable(`  ${f.before!.text} → ${f.after!.text}   (${amount(f.before!)} → ${amount(f.after!)})  ${f.after!.subject ?? ''}${f.after!.source ? ` — ${f.after!.source}` : ''}`));
    else if (f.kind === 'appeared') lines.push(printable(`  + ${f.after!.text}   (${amount(f.after!)})  ${f.after!.subject ?? ''}`));
    else lines.push(printable(`  - ${f.before!.text}   (${amount(f.before!)})  ${f.before!.subject ?? ''}`));
  }
  lines.push('', 'Sentences:');
  for (const u of diff.units) {
    if (u.kind === 'same') continue;
    const b = u.before ? diff.texts.before.slice(u.before.start, u.before.end) : '';
    const a = u.after ? diff.texts.after.slice(u.after.start, u.after.end) : '';
    if (u.kind === 'added') lines.push(`  + ${oneLine(a)}`);
    else if (u.kind === 'removed') lines.push(`  - ${oneLine(b)}`);
    else if (u.kind === 'moved') lines.push(`  ↷ moved: ${oneLine(a)}`);
    else {
      const words = (u.parts ?? []).map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
      lines.push(`  ~${u.minor ? ' (minor)' : ''} ${oneLine(words || `${b} → ${a}`, 160)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
