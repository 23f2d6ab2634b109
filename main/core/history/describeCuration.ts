// The curation of figures and sources (curation_actions) in words, and what
// each action changes. A merge of several figures is one action: its rows
// share their time.
import type { Describing, HistoryNames, HistoryRow } from './historyModel';
import { keyWords, plural, quoted } from './historyWords';

const num = (row: HistoryRow, key: string): number => Number(row.detail[key]);

type Span = { versionId: number; start: number; end: number };
const spans = (row: HistoryRow): Span[] => (Array.isArray(row.detail.claims) ? (row.detail.claims as Span[]) : []);
const spanTouches = (row: HistoryRow): string[] => spans(row).map((c) => `span:${String(row.eventId)}:${c.versionId}:${c.start}:${c.end}`);

export const figureRename: Describing = {
  describe: (rows, names) => {
    const d = rows[0]!.detail;
    const before = d.before ? quoted(d.before) : quoted(names.automaticFigure(num(rows[0]!, 'figureId')));
    if (d.after === null) return `Gave ${before} back its automatic name`;
    return `Renamed figure ${before} to ${quoted(d.after)}`;
  },
  touches: (row) => [`figure:${num(row, 'figureId')}:label`],
};

export const figureBest: Describing = {
  describe: (rows, names) => {
    const best = rows[0]!.detail.best as { low: number; high: number } | null;
    const figure = quoted(names.figure(num(rows[0]!, 'figureId')));
    if (!best) return `Cleared the best value of ${figure}`;
    const value = best.low === best.high ? best.low.toLocaleString('en-US') : `${best.low.toLocaleString('en-US')}–${best.high.toLocaleString('en-US')}`;
    return `Chose ${value} as the best value of ${figure}`;
  },
  touches: (row) => [`figure:${num(row, 'figureId')}:best`],
};

export const figureMove: Describing = {
  describe: (rows, names) => {
    const count = rows.reduce((n, r) => n + spans(r).length, 0);
    const to = rows[0]!.detail.to;
    return to === null || to === undefined
      ? `Sent ${plural(count, 'claim')} back to where grouping puts ${count === 1 ? 'it' : 'them'}`
      : `Moved ${plural(count, 'claim')} to ${quoted(names.figure(Number(to)))}`;
  },
  touches: spanTouches,
};

export const figureSplit: Describing = {
  describe: (rows, names) => {
    const d = rows[0]!.detail;
    return `Split ${plural(spans(rows[0]!).length, 'claim')} off ${quoted(names.figure(num(rows[0]!, 'from')))} into ${d.label ? quoted(d.label) : 'a new figure'}`;
  },
  touches: spanTouches,
};

/** A figure merged away, by the name it had: its label, else the group it held. */
function mergedName(row: HistoryRow, names: HistoryNames): string {
  const keys = Array.isArray(row.detail.keys) ? row.detail.keys.map(String) : [];
  const label = names.figureLabel(num(row, 'figureId'));
  return label ?? (keys[0] ? keyWords(keys[0]) : names.figure(num(row, 'figureId')));
}

export const figureMerge: Describing = {
  describe: (rows, names) => {
    const into = quoted(names.figure(num(rows[0]!, 'into')));
    return rows.length === 1 ? `Merged ${quoted(mergedName(rows[0]!, names))} into ${into}` : `Merged ${plural(rows.length, 'figure')} into ${into}`;
  },
  touches: (row) => [`figure:${num(row, 'figureId')}:merge`],
  // a merge logged before merges kept what they moved cannot be taken apart exactly
  refuses: (row) => (Array.isArray(row.detail.placements) ? null : 'this merge was made before Tally kept what a merge moves; split its claims off again instead (Split… in the figure)'),
};

export const figureUnmerge: Describing = {
  describe: (rows, names) => `Took ${quoted(mergedName(rows[0]!, names))} back out of ${quoted(names.figure(num(rows[0]!, 'into')))}`,
  touches: (row) => [`figure:${num(row, 'figureId')}:merge`],
  // undoing it merges again, which the figure's own Merge asks before doing
  asks: (rows, names) => `Merge “${mergedName(rows[0]!, names)}” into “${names.figure(num(rows[0]!, 'into'))}” again? Its claims join that figure.`,
};

const noteBody = (row: HistoryRow): string => String(row.detail.body ?? (row.detail.before as { body?: string } | undefined)?.body ?? '');
const noteTouches = (row: HistoryRow): string[] => [`note:${num(row, 'noteId')}`];

export const noteAdd: Describing = {
  describe: (rows, names) => {
    const d = rows[0]!.detail;
    return `Noted on ${typeof d.figureId === 'number' ? quoted(names.figure(d.figureId)) : 'a claim'}: ${quoted(noteBody(rows[0]!))}`;
  },
  touches: noteTouches,
  // undoing a note deletes it
  asks: (rows) => `Delete the note “${noteBody(rows[0]!)}”? It stays in the history, and Redo brings it back.`,
};

export const noteEdit: Describing = {
  describe: (rows) => `Edited a note: ${quoted(rows[0]!.detail.after)} (was ${quoted(rows[0]!.detail.before)})`,
  touches: noteTouches,
};

export const noteDelete: Describing = {
  describe: (rows) => `Deleted a note: ${quoted(noteBody(rows[0]!))}`,
  touches: noteTouches,
};

export const sourceAdd: Describing = {
  describe: (rows) => `Added ${quoted(rows[0]!.detail.name)} to the sources`,
  touches: (row) => [`source:${num(row, 'sourceId')}`],
};

export const aliasAdd: Describing = {
  describe: (rows, names) => `Named ${quoted(rows[0]!.detail.alias)} as ${quoted(names.source(num(rows[0]!, 'sourceId')))}`,
  touches: (row) => [`alias:${String(row.detail.alias).toLowerCase()}`],
};

export const aliasRemove: Describing = {
  describe: (rows, names) => `Removed the name ${quoted(rows[0]!.detail.alias)} from ${quoted(names.source(num(rows[0]!, 'sourceId')))}`,
  touches: (row) => [`alias:${String(row.detail.alias).toLowerCase()}`],
};

export const sourceGrade: Describing = {
  describe: (rows, names) => {
    const d = rows[0]!.detail;
    const source = quoted(names.source(num(rows[0]!, 'sourceId')));
    return d.after ? `Graded ${source} ${String(d.after)}${d.before ? ` (was ${String(d.before)})` : ''}` : `Cleared the grade of ${source}`;
  },
  touches: (row) => [`grade:${num(row, 'sourceId')}`],
};

export const copyMark: Describing = {
  describe: (rows, names) => {
    const d = rows[0]!.detail;
    const article = quoted(names.article(num(rows[0]!, 'articleId')));
    return d.ownText ? `Marked ${article} as its own text, never a copy` : `Marked ${article} as a copy of ${quoted(names.article(num(rows[0]!, 'copyOf')))}`;
  },
  touches: (row) => [`copy:${num(row, 'articleId')}`],
};

export const copyRemove: Describing = {
  describe: (rows, names) => `Cleared the copy mark of ${quoted(names.article(num(rows[0]!, 'articleId')))}`,
  touches: (row) => [`copy:${num(row, 'articleId')}`],
};
