// The history: every library and curation action the researcher took, read
// from the four append-only logs (library_actions, metadata_edits,
// claim_actions, curation_actions) as one list, newest first. Types only,
// shared by the engine, the contract and the renderer.

/** The logs the history reads, in the order an action's parts are told. */
export const HISTORY_LOGS = ['library', 'metadata', 'claims', 'curation'] as const;
export type HistoryLog = (typeof HISTORY_LOGS)[number];

/** An entry, named by its log and the id of its first row there. */
export interface HistoryRef {
  log: HistoryLog;
  id: number;
}

/**
 * One row of one log, as the history reads it. `kind` is the log's own word
 * for it (library_actions.kind, metadata_edits.field, claim_actions.action,
 * curation_actions.action); `detail` what the row keeps (for metadata edits
 * and claim reviews, their columns gathered as one object).
 */
export interface HistoryRow {
  log: HistoryLog;
  id: number;
  kind: string;
  at: string;
  eventId: number | null;
  detail: Record<string, unknown>;
}

/** One action of the researcher's, as the History panel shows it. */
export interface HistoryEntry {
  ref: HistoryRef;
  at: string;
  /** One line in plain words, with names: "Renamed event “Quake” to “Ecuador quake”". */
  description: string;
  /** The event it concerns, when it concerns one. */
  eventId: number | null;
  eventName: string | null;
  canUndo: boolean;
  /** Why it cannot be undone, in one line; null when it can. */
  why: string | null;
  /** The entry this one undid (an undo of an undo redoes). */
  undoes: HistoryRef | null;
  /** This entry is an undo: undoing it redoes what it undid. */
  isUndo: boolean;
  /** Undoing it removes something (a note, an event to the trash): the question to ask first. */
  asks: string | null;
}

export interface HistoryPage {
  /** Newest first. */
  entries: HistoryEntry[];
  /** Older entries remain after these. */
  more: boolean;
}

/** What an undo did: the entry undone and the new entry that undid it. */
export interface HistoryUndone {
  undone: HistoryEntry;
  entry: HistoryEntry;
}

/** The names a description gives, looked up by the engine (plain, unquoted). */
export interface HistoryNames {
  event(id: number): string;
  article(id: number): string;
  /** A version as a researcher tells it apart: its outlet (or article) and its place, "Reuters v2". */
  version(id: number): string;
  /** The version a claim stands in; null once the claim is gone. */
  claimVersion(claimId: number): number | null;
  figure(id: number): string;
  /** The label the researcher gave a stored figure; null when it has none. */
  figureLabel(id: number): string | null;
  /** The name grouping gives a stored figure, whatever the researcher named it. */
  automaticFigure(id: number): string;
  source(id: number): string;
}

/** How one kind of row is told and what it changes: pure, so the engine and its tests share it. */
export interface Describing {
  /** The rows of this kind in one action, oldest first, said in one line. */
  describe(rows: readonly HistoryRow[], names: HistoryNames): string;
  /** What the row changes: a later action that changes any of these stands in the way of undoing it. */
  touches(row: HistoryRow): string[];
  /** The question asked before undoing, where undoing removes something. */
  asks?(rows: readonly HistoryRow[], names: HistoryNames): string | null;
  /** Why this kind is never undone from the history (and what to do instead); absent when it is. */
  cannotUndo?: string;
  /** Why this row, as its log kept it, cannot be undone; null when it can. */
  refuses?(row: HistoryRow): string | null;
}

export function historyKey(ref: HistoryRef): string {
  return `${ref.log}:${ref.id}`;
}

/** The key an entry's kind is found by in the history's table: its log and its kind. */
export function kindKey(row: Pick<HistoryRow, 'log' | 'kind'>): string {
  return `${row.log}:${row.kind}`;
}
