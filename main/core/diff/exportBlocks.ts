// What an exported comparison says, whatever it is written as (exportMarkdown.ts,
// exportHtml.ts): who the two versions are, what the options ignored, the
// summary, the figures that changed, and each changed sentence cut into kept,
// inserted and deleted words. One home for the screen and `tally diff --format`.
import type { DiffOptions, DiffUnit, FigureChange, FigureSide, VersionDiff } from '../model';

/** One version as the export's header names it. */
export interface ExportedVersion {
  outlet: string | null;
  title: string | null;
  /** How the version is known where it was picked: "v2" of its article, or a file's name. */
  label: string;
  /** ISO 8601. */
  capturedAt: string | null;
  sha256: string | null;
}

export interface DiffExportInput {
  diff: VersionDiff;
  before: ExportedVersion;
  after: ExportedVersion;
  options: DiffOptions;
  /** Whether changes of punctuation, spacing or quotation marks alone are listed (as on the screen). */
  showMinor: boolean;
}

export interface ExportWords {
  mark: 'same' | 'ins' | 'del';
  text: string;
}

export interface ExportChange {
  kind: Exclude<DiffUnit['kind'], 'same'>;
  minor: boolean;
  words: ExportWords[];
}

export interface ExportFigure {
  kind: FigureChange['kind'];
  before: string | null;
  after: string | null;
  subject: string | null;
  source: string | null;
}

/** A figure's amount as a reader writes it: "22", "~1,000", "20–25", "≥ 20". */
export function figureAmount(f: FigureSide): string {
  const n = (v: number): string => v.toLocaleString('en-US');
  if (f.value !== null) return `${f.approx ? '~' : ''}${n(f.value)}`;
  if (f.low !== null && f.high !== null) return `${n(f.low)}–${n(f.high)}`;
  if (f.low !== null) return `≥ ${n(f.low)}`;
  return `≤ ${n(f.high ?? 0)}`;
}

/** "22 (twenty-two)" when the words are not the amount itself. */
function figureText(f: FigureSide | null): string | null {
  if (!f) return null;
  const amount = figureAmount(f);
  const words = f.text.replace(/\s+/g, ' ').trim();
  return words === amount || words === amount.replace(/\s/g, '') ? amount : `${amount} (${words})`;
}

export function exportFigures(diff: VersionDiff): ExportFigure[] {
  return diff.figureChanges.map((f) => ({
    kind: f.kind,
    before: figureText(f.before),
    after: figureText(f.after),
    subject: (f.after ?? f.before)?.subject ?? null,
    source: (f.after ?? f.before)?.source ?? null,
  }));
}

/** Each change in reading order of the later text; a minor one only when asked for. */
export function exportChanges(diff: VersionDiff, showMinor: boolean): ExportChange[] {
  const out: ExportChange[] = [];
  for (const u of diff.units) {
    if (u.kind === 'same' || (u.kind === 'changed' && u.minor && !showMinor)) continue;
    const before = u.before ? diff.texts.before.slice(u.before.start, u.before.end) : '';
    const after = u.after ? diff.texts.after.slice(u.after.start, u.after.end) : '';
    let words: ExportWords[];
    if (u.kind === 'added') words = [{ mark: 'ins', text: after }];
    else if (u.kind === 'removed') words = [{ mark: 'del', text: before }];
    else if (u.parts?.length) words = u.parts.map((p) => ({ mark: p.kind === 'same' ? 'same' : p.kind === 'added' ? 'ins' : 'del', text: p.text }));
    else if (u.kind === 'moved' || before === after) words = [{ mark: 'same', text: after }];
    // a change too large to diff word by word (or a coarse comparison): the earlier sentence struck, the later inserted
    else words = [{ mark: 'del', text: before }, { mark: 'same', text: ' ' }, { mark: 'ins', text: after }];
    out.push({ kind: u.kind, minor: u.minor, words: words.map((w) => ({ ...w, text: w.text.replace(/\s+/g, ' ') })).filter((w) => w.text) });
  }
  return out;
}

export function summaryLine(diff: VersionDiff): string {
  const s = diff.summary;
  const parts = [
    `${s.added} added`,
    `${s.removed} removed`,
    `${s.changed} changed (${s.minor} minor)`,
    `${s.moved} moved`,
    `figures: ${s.figuresChanged} changed, ${s.figuresAppeared} appeared, ${s.figuresDisappeared} disappeared`,
    `${Math.round(s.unchangedShare * 100)} % of the text unchanged`,
  ];
  return `Sentences: ${parts.join(' · ')}`;
}

export function optionsLine(options: DiffOptions): string {
  const ignored = [options.ignoreCase ? 'case' : '', options.ignoreWhitespace ? 'spacing' : ''].filter(Boolean);
  return ignored.length ? `Ignoring differences of ${ignored.join(' and ')}.` : 'Every difference counts (case and spacing included).';
}

/** "2021-02-26 08:30 UTC" from ISO 8601; anything else as given. */
export function exportTime(iso: string | null): string {
  if (!iso) return 'not known';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Reuters — Headline (v2)", the way the export names a version in its title. */
export function versionName(v: ExportedVersion): string {
  return `${v.outlet ?? 'Outlet not named'} — ${v.title ?? 'Untitled'} (${v.label})`;
}

export const KIND_WORDS: Record<ExportChange['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed', moved: 'Moved' };
export const FIGURE_WORDS: Record<ExportFigure['kind'], string> = { changed: 'changed', appeared: 'appeared', disappeared: 'disappeared' };
