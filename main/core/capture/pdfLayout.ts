// A PDF's runs of text to paragraphs in reading order. A PDF places words,
// it does not say where a line or a paragraph ends, so they are read from
// the page: a line ends where the PDF says (pdf.js's end-of-line mark) or
// where the baseline moves; a paragraph ends at a gap wider than the lines'
// own spacing, a change of type size, an indented first line, or a short
// line that ends a sentence. Lines repeated at the top or foot of every page
// (a running header, "Page 2 of 5") are dropped. Paragraphs are what the
// sentence splitter and the extractor need: a heading kept apart from the
// sentence after it, a sentence kept whole across a line break.
import type { PdfPage, PdfTextRun } from './pdfContent';

export interface PdfLine {
  text: string;
  x: number;
  /** The baseline, down from the page's top. */
  y: number;
  /** Where the line's last run ends. */
  right: number;
  size: number;
}

export interface PdfParagraph {
  text: string;
  size: number;
  page: number;
}

/** The part of a page's height, at its top and at its foot, where running headers and footers stand. */
const EDGE = 0.12;
/** A gap between lines wider than this many times their usual spacing opens a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** Type sizes further apart than this share are a heading and its text. */
const SIZE_CHANGE = 0.15;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function lineOf(runs: readonly PdfTextRun[]): PdfLine {
  let text = '';
  let right = -Infinity;
  const chars = new Map<number, number>();
  for (const run of runs) {
    // runs a little apart are words apart; ligatures and kerned pieces ("fi", "ve") touch
    if (text && !/\s$/.test(text) && !/^\s/.test(run.text) && run.x - right > 0.15 * run.size) text += ' ';
    text += run.text;
    right = Math.max(right, run.x + run.width);
    const n = run.text.trim().length;
    if (n) chars.set(run.size, (chars.get(run.size) ?? 0) + n);
  }
  const first = runs.find((r) => r.text.trim()) ?? runs[0]!;
  const size = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? first.size;
  // a soft hyphen inside a line is invisible; one at its end is a break, read when lines are joined
  return { text: squash(text.replace(/\u00ad(?=.)/gu, '')), x: first.x, y: first.y, right, size };
}

/** A page's runs joined into lines, in the order the page draws them. */
export function pageLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  let runs: PdfTextRun[] = [];
  const close = (): void => {
    const line = runs.length ? lineOf(runs) : null;
    if (line?.text) lines.push(line);
    runs = [];
  };
  for (const run of page.runs) {
    // an empty run only marks a line's end (pdf.js places it where the next line starts)
    if (run.text === '') {
      if (run.eol) close();
      continue;
    }
    const start = runs[0];
    if (start && Math.abs(run.y - start.y) > 0.5 * Math.max(start.size, run.size)) close();
    runs.push(run);
    if (run.eol) close();
  }
  close();
  return lines;
}

const runningKey = (line: PdfLine): string => line.text.toLowerCase().replace(/\d+/g, '#');

type Spacing = (size: number) => number;

const sizeChanges = (a: PdfLine, b: PdfLine): boolean => Math.abs(a.size - b.size) > SIZE_CHANGE * Math.max(a.size, b.size);

/** Whether a gap wider than the lines' spacing, or a change of type, stands between two lines. */
const apart = (a: PdfLine, b: PdfLine, spacing: Spacing): boolean => sizeChanges(a, b) || Math.abs(b.y - a.y) > PARAGRAPH_GAP * spacing(a.size);

/**
 * The lines at a page's top and at its foot that could be furniture: at most
 * two at each edge, near it, and set apart from the text by a gap (a body
 * line near the top runs on into the next at the usual spacing). Found by
 * where they stand, not by when they are drawn: Chromium, for one, draws its
 * header after the page's text.
 */
function edgeLines(drawn: readonly PdfLine[], height: number, spacing: Spacing): Set<PdfLine> {
  const lines = [...drawn].sort((a, b) => a.y - b.y);
  const edge = new Set<PdfLine>();
  for (let i = Math.min(2, lines.length - 1) - 1; i >= 0; i--) {
    if (lines[i]!.y < height * EDGE && apart(lines[i]!, lines[i + 1]!, spacing)) {
      lines.slice(0, i + 1).filter((l) => l.y < height * EDGE).forEach((l) => edge.add(l));
      break;
    }
  }
  for (let i = Math.max(lines.length - 2, 1); i < lines.length; i++) {
    if (lines[i]!.y > height * (1 - EDGE) && apart(lines[i - 1]!, lines[i]!, spacing)) {
      lines.slice(i).filter((l) => l.y > height * (1 - EDGE)).forEach((l) => edge.add(l));
      break;
    }
  }
  return edge;
}

/** Drops lines that stand at a page's top or foot on at least half the pages (two at least): page furniture, not the text. */
function dropRunningLines(pages: readonly PdfLine[][], heights: readonly number[], spacing: Spacing): PdfLine[][] {
  if (pages.length < 2) return pages.map((lines) => [...lines]);
  const edges = pages.map((lines, p) => edgeLines(lines, heights[p]!, spacing));
  const pagesWith = new Map<string, number>();
  for (const edge of edges) for (const key of new Set([...edge].map(runningKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, p) => lines.filter((l) => !(edges[p]!.has(l) && pagesWith.get(runningKey(l))! >= needed)));
}

/** The usual distance from one baseline to the next, by type size (to the half point), measured on the document itself. */
function lineSpacing(pages: readonly PdfLine[][]): Spacing {
  const gaps = new Map<number, number[]>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      const gap = b.y - a.y;
      if (Math.abs(a.size - b.size) < 0.5 && gap > 0 && gap < 3 * a.size) {
        const key = Math.round(a.size * 2) / 2;
        if (!gaps.has(key)) gaps.set(key, []);
        gaps.get(key)!.push(gap);
      }
    }
  }
  const usual = new Map([...gaps].map(([size, all]) => [size, all.sort((x, y) => x - y)[Math.floor((all.length - 1) / 2)]!]));
  return (size) => usual.get(Math.round(size * 2) / 2) ?? 1.2 * size;
}

interface Column {
  left: number;
  right: number;
}

/** Where a page's lines usually start, and where the longest ends. */
function columnOf(lines: readonly PdfLine[]): Column {
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  return { left, right: Math.max(...lines.map((l) => l.right)) };
}

const indented = (line: PdfLine, column: Column): boolean => line.x > column.left + line.size;
const endsSentence = (line: PdfLine): boolean => /[.!?:;"”’)\]]$/u.test(line.text);
const fullWidth = (line: PdfLine, column: Column, share: number): boolean => line.right >= column.left + share * (column.right - column.left);

/** Whether `b`, the line after `a` on one page, opens a paragraph. */
function opensParagraph(a: PdfLine, b: PdfLine, column: Column, spacing: Spacing): boolean {
  const gap = b.y - a.y;
  // a line above the one before is the top of another column or box
  if (gap <= 0 || sizeChanges(a, b)) return true;
  if (gap > PARAGRAPH_GAP * spacing(a.size)) return true;
  if (indented(b, column) && !indented(a, column)) return true;
  return endsSentence(a) && !fullWidth(a, column, 0.75);
}

/** Words of the document, for telling a hyphen that breaks a word ("govern-ment") from one that joins two ("government-held"). */
function wordsOf(pages: readonly PdfLine[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) for (const l of lines) for (const w of l.text.toLowerCase().match(/\p{L}+(?:[-\u2010]\p{L}+)*/gu) ?? []) words.add(w);
  return words;
}

/**
 * Two lines of one paragraph joined. A hyphen at a line's end stays: the
 * browsers and word processors that make most PDFs break lines after a
 * compound's hyphen ("government-" / "held") and rarely split a word, and a
 * hyphen dropped from "twenty-" / "two" would lose a figure. It goes only
 * where the document itself writes the word whole elsewhere, or where it is
 * a soft hyphen, which only ever marks a break.
 */
function joinLines(a: string, b: string, words: ReadonlySet<string>): string {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  const broken = /(\p{L}+)[-\u2010]$/u.exec(a);
  const next = /^\p{L}+/u.exec(b);
  if (broken && next) {
    const whole = (broken[1]! + next[0]).toLowerCase();
    const compound = `${broken[1]}-${next[0]}`.toLowerCase();
    return words.has(whole) && !words.has(compound) ? a.slice(0, -1) + b : a + b;
  }
  // "2015-" / "16", "and/" / "or", "said—" / "and"; a dash with a space before it was a word of its own
  if (/\S[-\u2010–—/]$/u.test(a)) return a + b;
  return `${a} ${b}`;
}

/** The document's paragraphs in reading order, pages in order; a paragraph that runs on over a page break is one. */
export function layoutPdf(pages: readonly PdfPage[]): PdfParagraph[] {
  const drawn = pages.map(pageLines);
  const spacing = lineSpacing(drawn);
  const lines = dropRunningLines(drawn, pages.map((p) => p.height), spacing);
  const words = wordsOf(lines);
  const paragraphs: { lines: string[]; size: number; page: number }[] = [];
  let last: { line: PdfLine; column: Column } | null = null;
  lines.forEach((onPage, page) => {
    if (onPage.length === 0) return;
    const column = columnOf(onPage);
    onPage.forEach((line, i) => {
      const runsOn =
        last !== null &&
        (i > 0
          ? !opensParagraph(last.line, line, column, spacing)
          : // over a page break: the page ended on a full line of the same type, and this one is not indented; where
            // that line ends a sentence and this one starts another, the page may have ended the paragraph too, and
            // a paragraph taken for two costs less than two taken for one (a heading would run into the text)
            !sizeChanges(last.line, line) &&
            fullWidth(last.line, last.column, 0.85) &&
            !indented(line, column) &&
            !(endsSentence(last.line) && /^[^\p{Ll}]/u.test(line.text)));
      if (runsOn) paragraphs.at(-1)!.lines.push(line.text);
      else paragraphs.push({ lines: [line.text], size: line.size, page });
      last = { line, column };
    });
  });
  return paragraphs.map((p) => ({ text: p.lines.reduce((text, line) => joinLines(text, line, words)), size: p.size, page: p.page }));
}
