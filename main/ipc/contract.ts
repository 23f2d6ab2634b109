// The one contract between the renderer and the engine, whichever shell
// carries it (Electron IPC or the loopback web shell). Types only: each
// channel, named `noun:verb`, maps to its argument and its result; each push
// event to its payload. The handlers, the preload bridge, the web shell and
// the renderer's API module all take their types from here.
import type {
  ClaimAddition,
  ClaimOverride,
  ArticleSummary,
  ClaimAction,
  ClaimRecord,
  CurationLogEntry,
  FigureAction,
  NoFigureStatement,
  SourceEdit,
  SourceRecord,
  ClaimReview,
  ExtractionReport,
  VersionDiff,
  DiffOptions,
  EventSummary,
  ImportInput,
  ImportProgress,
  ImportReport,
  ImportTarget,
  LibraryCheckReport,
  LibrarySearchResult,
  VersionDetail,
} from '../core/model';
import type { PackedFigures } from '../core/compare/figurePack';
import type { HistoryPage, HistoryRef, HistoryUndone } from '../core/history/historyModel';
import type { MetadataEdit } from '../core/metadataEdit';
import type { OutletName } from '../core/model';

export type ShellKind = 'electron' | 'web';

export interface AppInfo {
  shell: ShellKind;
  version: string;
  libraryPath: string;
  /** Where the web shell suggests writing reports: a `reports` folder beside the library file. */
  reportsFolder?: string;
  /** Set when the library is damaged and was opened read-only: what is wrong and what to do. */
  libraryProblem?: string;
}

/** The formats a report is written in (main/report/writeReport.ts renders each). */
export type ReportFormat = 'md' | 'html' | 'pdf' | 'csv' | 'json';

export interface ReportExportArg {
  /** Chosen by the caller, so it can tell its export's progress events apart. */
  batchId: string;
  eventId: number;
  /** Each format once; the files are named after the event. */
  formats: ReportFormat[];
  /** An absolute path; created when missing. */
  folder: string;
  /** Replace report files already in the folder; without it they are an `exists` error and nothing is written. */
  replace?: boolean | undefined;
}

/** Where an export has got to: revisions compared (the slow part of a large event), then each format written. */
export interface ReportProgress {
  batchId: string;
  stage: 'comparing' | 'writing' | 'done';
  /** comparing: revision pairs compared of `total` (0 of 0 before the count is known); writing: formats written of `total`. */
  done: number;
  total: number;
  /** The format being written (stage `writing`). */
  format?: ReportFormat;
}

export interface ImportArg {
  /** Chosen by the caller, so it can tell its batch's progress events apart. */
  batchId: string;
  target: ImportTarget;
  inputs: ImportInput[];
}

export interface Contract {
  'app:info': { arg: void; result: AppInfo };
  'events:list': { arg: void; result: EventSummary[] };
  'events:create': { arg: { name: string }; result: EventSummary };
  'events:rename': { arg: { eventId: number; name: string }; result: EventSummary };
  /** Moves an event to the trash: out of every list, its articles and versions kept; logged, and undone by events:restore. */
  'events:trash': { arg: { eventId: number }; result: void };
  'events:restore': { arg: { eventId: number }; result: EventSummary };
  /** The events in the trash, the latest trashed first. */
  'events:trashed': { arg: void; result: EventSummary[] };
  /** Every figure of an event: its claims grouped by quantity across versions and outlets, each with a verdict; packed (core/compare/figurePack). */
  'events:figures': { arg: { eventId: number }; result: PackedFigures };
  /** The statements in an event that a source gave no figure ("the Pentagon did not name any casualties"), in capture order. */
  'events:noFigures': { arg: { eventId: number }; result: NoFigureStatement[] };
  /** One action of the researcher's on an event's figures (rename, best value, move, split, merge, notes); answers with the figures as they now stand, packed. */
  'figures:act': { arg: { eventId: number; action: FigureAction }; result: PackedFigures };
  /** What the researcher did to an event's figures and notes, oldest first. */
  'figures:log': { arg: { eventId: number }; result: CurationLogEntry[] };
  /** Every outlet name the library's captures give, as the researcher shows it, with its count of articles. */
  'outlets:list': { arg: void; result: OutletName[] };
  /** Shows every name now shown as `from` as `to`: renames an outlet, or merges it into another; logged, and undone by renaming back. */
  'outlets:rename': { arg: { from: string; to: string; only?: string[] | undefined }; result: OutletName[] };
  /** The library's source directory: names, aliases, grades. */
  'sources:list': { arg: void; result: SourceRecord[] };
  'sources:edit': { arg: SourceEdit; result: SourceRecord[] };
  /** Marks an article as a copy of another's text, as its own text ('own-text': never a copy, whatever detection finds), or clears the mark (null). */
  'articles:markCopy': { arg: { articleId: number; copyOf: number | null | 'own-text' }; result: void };
  'articles:list': { arg: { eventId: number }; result: ArticleSummary[] };
  /** Moves an article, with all its versions, to another event; logged, and undone by moving it back. */
  'articles:move': { arg: { articleId: number; eventId: number }; result: void };
  /** Moves every version of one article into another in an event they share (a revision that arrived under a new headline); logged, and undone by moving them back. */
  'articles:merge': { arg: { from: number; into: number }; result: { actionId: number } };
  /** Takes a version out of its article into a new one of its own, in the same events (the undoing of a join the import made, too); logged. */
  'articles:split': { arg: { versionId: number }; result: { articleId: number; actionId: number } };
  /** Files an article in a second event as well as its own: it shows there with its versions, and its figures count there too; logged. */
  'articles:file': { arg: { articleId: number; eventId: number }; result: void };
  /** Takes an article out of an event it was filed in; its own event keeps it; logged. */
  'articles:unfile': { arg: { articleId: number; eventId: number }; result: void };
  /** Corrects versions' (or whole articles') headlines, outlets, bylines, addresses or publication times: audited edits over the immutable captures, all stored or none; null puts a field back to what the capture says. */
  'metadata:edit': { arg: { edits: MetadataEdit[] }; result: void };
  'versions:get': { arg: { id: number }; result: VersionDetail };
  /** Versions (full text), claims (figure and words) and notes that match every term of the query. */
  'library:search': { arg: { query: string }; result: LibrarySearchResult };
  /** SQLite's full integrity check of the library, then every stored version's bytes hashed again against its SHA-256. */
  'library:check': { arg: void; result: LibraryCheckReport };
  'import:run': { arg: ImportArg; result: ImportReport };
  /** Native file or folder picker; only the desktop shell has one (the web shell answers `unsupported`). */
  'dialog:pickImportPaths': { arg: { folders: boolean }; result: string[] };
  /** Native folder picker; only the desktop shell has one (the web shell answers `unsupported`). Null when cancelled. */
  'dialog:pickFolder': { arg: void; result: string | null };
  /** Writes an event's report in each format into a folder, sending `report:progress`; answers the paths in the order asked. Reads only. */
  'reports:export': { arg: ReportExportArg; result: { paths: string[] } };
  /** Opens a report this process wrote with the system's own application; any other path is refused. */
  'reports:open': { arg: { path: string }; result: void };
  /** The claims stored for a version, in text order, rejected ones included. */
  'claims:list': { arg: { versionId: number }; result: ClaimRecord[] };
  /** Confirm, edit, reject or reopen one claim; logged, and never undone by re-extraction. */
  /** Also carried to the same claim in the article's other versions, where the extractor left it, unless `thisVersionOnly`; `carriedTo` names them. */
  'claims:review': { arg: ClaimReviewArg; result: ClaimRecord & { carriedTo: number[] } };
  /** Adds a value a source gave that the extraction missed (the researcher's own claim, audited; undone by rejecting it), into a figure when named. */
  'claims:add': { arg: ClaimAddition; result: ClaimRecord };
  /** Overrides a claim's amount with the researcher's reason, one audited edit and one note; the note's id lets the screen undo both. */
  'claims:override': { arg: ClaimOverride; result: { claim: ClaimRecord; noteId: number } };
  /** A claim's audit log, oldest first. */
  'claims:history': { arg: { claimId: number }; result: ClaimAction[] };
  /** What changed between two versions of an article, figures first; `before` is the earlier one. */
  'versions:diff': { arg: { before: number; after: number; workId?: string | undefined; options?: DiffOptions | undefined }; result: VersionDiff };
  /** Stops a diff or a report's comparing that is still running (named by its `workId`, or a report's `batchId`); it answers `cancelled`. False when nothing by that name runs. */
  'work:cancel': { arg: { workId: string }; result: { cancelled: boolean } };
  /** Every library and curation action across the four logs, newest first, a page at a time; each told in one line, with whether it can be undone and why not. */
  'history:list': { arg: { offset?: number | undefined; limit?: number | undefined }; result: HistoryPage };
  /** Undoes one entry: its inverse written as a new entry (an undo of an undo redoes); refused in one line when a later action changed the same thing. */
  'history:undo': { arg: { entry: HistoryRef }; result: HistoryUndone };
  /** Undoes the newest action that can be undone and is not itself an undo: Ctrl+Z. */
  'history:undoLatest': { arg: void; result: HistoryUndone };
  /** Runs the extractor again over a version (off the thread that answers the UI). */
  'claims:extract': { arg: { versionId: number }; result: ExtractionReport };
}

/** Defined in the core model, since db/ applies it too. */
export type ClaimReviewArg = ClaimReview & { thisVersionOnly?: boolean | undefined };

export interface PushEvents {
  'import:progress': ImportProgress;
  'report:progress': ReportProgress;
  /** A write from the UI waits for another Tally process writing to the library (true), or no longer does (false). */
  'library:waiting': { waiting: boolean };
}

export type Channel = keyof Contract;
export type PushEvent = keyof PushEvents;
export type ArgOf<C extends Channel> = Contract[C]['arg'];
export type ResultOf<C extends Channel> = Contract[C]['result'];

/**
 * `exists`: the work would replace files the researcher has not said may be replaced; asked again with consent, it goes ahead.
 * `cancelled`: the researcher stopped the work (`work:cancel`); nothing of it was kept.
 */
export type ErrorCode = 'invalid-argument' | 'not-found' | 'unsupported' | 'exists' | 'failed' | 'cancelled';

/** What crosses the boundary: errors are values, never thrown across it. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** A function per channel, as the preload exposes them and the renderer calls them. */
export type Invokers = {
  [C in Channel]: (arg: ArgOf<C>) => Promise<Reply<ResultOf<C>>>;
};

/** A subscribe function per push event; each returns its unsubscribe. */
export type Subscribers = {
  [E in PushEvent]: (listener: (payload: PushEvents[E]) => void) => () => void;
};

/** What the Electron preload puts on `window.tally`. */
export interface PreloadApi {
  invoke: Invokers;
  on: Subscribers;
  /** The path of a dropped file (Electron no longer puts it on File). */
  pathForFile(file: File): string;
}
