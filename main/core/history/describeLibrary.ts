// The library's rearranging (library_actions) in words, and what each step
// changes: an event's name, whether it is in the trash, an article's event,
// the name an outlet is shown as.
import type { Describing, HistoryRow } from './historyModel';
import { andOthers, quoted } from './historyWords';

const num = (row: HistoryRow, key: string): number => Number(row.detail[key]);

export const eventRename: Describing = {
  describe: (rows) => {
    const first = rows[0]!;
    return `Renamed event ${quoted(first.detail.before)} to ${quoted(rows.at(-1)!.detail.after)}`;
  },
  touches: (row) => [`event:${num(row, 'eventId')}:name`],
};

export const eventTrash: Describing = {
  describe: (rows, names) => `Moved event ${quoted(names.event(num(rows[0]!, 'eventId')))} to the trash`,
  touches: (row) => [`event:${num(row, 'eventId')}:trash`],
};

export const eventRestore: Describing = {
  describe: (rows, names) => `Restored event ${quoted(names.event(num(rows[0]!, 'eventId')))} from the trash`,
  touches: (row) => [`event:${num(row, 'eventId')}:trash`],
  // undoing a restore moves the event to the trash again
  asks: (rows, names) => `Move “${names.event(num(rows[0]!, 'eventId'))}” to the trash again? Its articles and versions stay in the library.`,
};

export const articleMove: Describing = {
  describe: (rows, names) => {
    const first = rows[0]!;
    return `Moved ${quoted(names.article(num(first, 'articleId')))} from ${quoted(names.event(num(first, 'from')))} to ${quoted(names.event(num(first, 'to')))}${andOthers(rows.length - 1, 'article')}`;
  },
  touches: (row) => [`article:${num(row, 'articleId')}:event`],
};

const outletNames = (row: HistoryRow): string[] => (Array.isArray(row.detail.names) ? row.detail.names.map(String) : []);

export const outletRename: Describing = {
  describe: (rows) => {
    const first = rows[0]!;
    const names = outletNames(first);
    const merged = names.length > 1 ? ` (${names.map(quoted).join(', ')})` : '';
    return `Renamed outlet ${quoted(first.detail.from)} to ${quoted(first.detail.to)}${merged}`;
  },
  touches: (row) => outletNames(row).map((n) => `outlet:${n.toLowerCase()}`),
};

/** The versions a merge or a split moved: a merge names several, a split one. */
export const movedVersions = (row: HistoryRow): number[] => (Array.isArray(row.detail.versionIds) ? row.detail.versionIds.map(Number) : [Number(row.detail.versionId)]);
const placement = (row: HistoryRow): string[] => movedVersions(row).map((v) => `version:${v}:article`);

export const articleMerge: Describing = {
  describe: (rows, names) => {
    const first = rows[0]!;
    const count = movedVersions(first).length;
    return `Merged ${quoted(names.article(num(first, 'from')))} into ${quoted(names.article(num(first, 'into')))} (${count === 1 ? '1 version' : `${count} versions`})`;
  },
  touches: placement,
};

export const articleSplit: Describing = {
  describe: (rows, names) => {
    const first = rows[0]!;
    return `Split ${names.version(num(first, 'versionId'))} out of ${quoted(names.article(num(first, 'from')))} into an article of its own`;
  },
  touches: placement,
};

export const articleJoin: Describing = {
  describe: (rows, names) => {
    const first = rows[0]!;
    return `The import joined ${names.version(num(first, 'versionId'))} to ${quoted(names.article(num(first, 'articleId')))}, the same story by its ${String(first.detail.evidence)}${andOthers(rows.length - 1, 'capture')}`;
  },
  touches: placement,
};

const filing = (row: HistoryRow): string[] => [`article:${num(row, 'articleId')}:in:${num(row, 'eventId')}`];

export const articleFile: Describing = {
  describe: (rows, names) => `Filed ${quoted(names.article(num(rows[0]!, 'articleId')))} in ${quoted(names.event(num(rows[0]!, 'eventId')))} as well`,
  touches: filing,
};

export const articleUnfile: Describing = {
  describe: (rows, names) => `Removed ${quoted(names.article(num(rows[0]!, 'articleId')))} from ${quoted(names.event(num(rows[0]!, 'eventId')))}`,
  touches: filing,
};
