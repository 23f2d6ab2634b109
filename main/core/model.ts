// The shapes of the library as every zone sees them: db/ query modules return
// them, the contract carries them, the renderer shows them. Types only.
import type { ArchiveCounts } from './archive/archiveRecords';

/** How a captured file is read; 'mhtml' is a page saved as one MIME file, read as the HTML page it holds. */
export type CaptureFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'pdf';

export interface EventSummary {
  id: number;
  name: string;
  createdAt: string;
  /** When it was moved to the trash; null while in view. */
  trashedAt: string | null;
  articleCount: number;
  versionCount: number;
}

export interface VersionSummary {
  id: number;
  articleId: number;
  sha256: string;
  format: CaptureFormat;
  title: string | null;
  capturedAt: string;
  publishedAt: string | null;
  /** When the capture says it was last updated ("Updated Sunday 15 March, 08:30"), as ISO 8601. */
  updatedAt: string | null;
  byteLength: number;
}

export interface ArticleSummary {
  id: number;
  eventId: number;
  title: string;
  outlet: string | null;
  canonicalUrl: string | null;
  versions: VersionSummary[];
}

/** Where in its capture a version's outlet, byline, address or time was read: "headline", "dateline", "published line"… (capture/publication.ts). */
export interface StatedWhere {
  in: string;
  /** The capture's words it was read from. */
  words: string | null;
}

export interface VersionDetail extends VersionSummary {
  eventId: number;
  /** How many versions the article it is in holds now. */
  articleVersionCount: number;
  /** What made the import join it to this article though its address and headline differ ("wording"); null when it did not. */
  joinedBy: 'article id' | 'credits' | 'wording' | null;
  articleTitle: string;
  outlet: string | null;
  encoding: string;
  byline: string | null;
  canonicalUrl: string | null;
  /** Where each field was read, for those the capture states. */
  statedIn: { outlet: StatedWhere | null; byline: StatedWhere | null; canonicalUrl: StatedWhere | null; publishedAt: StatedWhere | null; updatedAt: StatedWhere | null };
  /** What the stated publication time left open and how it was settled ("year from the weekday named"). */
  publishedNote: string | null;
  origin: string;
  originKind: OriginKind;
  /** Other times a web archive captured these same bytes (a revisit, or the page fetched again): found unchanged then, oldest first. */
  unchangedAt: string[];
  text: string;
}

/** Where a version's bytes came from: a file on disk, an upload through the web shell, a paste. */
export type OriginKind = 'file' | 'upload' | 'paste';

export interface SearchHit {
  versionId: number;
  articleId: number;
  eventId: number;
  articleTitle: string;
  capturedAt: string;
  /** Where the version's bytes came from (a file's path, an upload's name), to tell apart versions with one title. */
  origin: string;
  originKind: OriginKind;
  /** Text around the match; the matched words sit between U+0002 and U+0003. */
  snippet: string;
}

/** The most hits a search gives of each kind (versions, claims, notes). */
export const SEARCH_LIMIT = 50;

/** A claim whose figure or words match every term of a search; its sentence is the snippet. */
export interface ClaimSearchHit extends SearchHit {
  claimId: number;
  source: string | null;
  /** The claim's sentence; its figure's words sit between U+0002 and U+0003. */
  snippet: string;
}

/** A researcher's note that matches a search: on a figure (`figureId`) or on a claim (`versionId`). */
export interface NoteSearchHit {
  noteId: number;
  eventId: number;
  eventName: string;
  figureId: number | null;
  /** The figure's name when the researcher gave it one (null keeps the automatic label, which is not stored). */
  figureLabel: string | null;
  versionId: number | null;
  /** The claim's span, for a note on a claim. */
  spanStart: number | null;
  spanEnd: number | null;
  /** The article of a note on a claim. */
  articleTitle: string | null;
  updatedAt: string;
  /** Text around the match; the matched words sit between U+0002 and U+0003. */
  snippet: string;
}

/** What one search of the library finds, each kind ranked on its own. */
export interface LibrarySearchResult {
  versions: SearchHit[];
  claims: ClaimSearchHit[];
  notes: NoteSearchHit[];
}

export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';

/** The event imports go into until the researcher names one. */
export const DEFAULT_EVENT_NAME = 'Unsorted';

/** Which event an import goes into: an existing one, or one to find or create by name. */
export type ImportTarget = { eventId: number } | { eventName: string };

export type ImportInput =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | {
      kind: 'paste';
      text: string;
      title?: string | undefined;
      /** Who published it, where and when, as the researcher gives them with the text. */
      outlet?: string | undefined;
      url?: string | undefined;
      publishedAt?: string | undefined;
    };

export interface ImportedItem {
  /** The file's path, the uploaded name, or "(pasted text)". */
  path: string;
  versionId: number;
  articleId: number;
  eventId: number;
  sha256: string;
  /** True when these exact bytes were already in the library: nothing was written. */
  duplicate: boolean;
  title: string;
  /**
   * Set when the capture joined an article it shares no URL or headline with,
   * as a later version of the same story: what showed it (the article id in
   * both URLs, the reporters' credit line, or the wording).
   */
  joinedBy?: 'article id' | 'credits' | 'wording';
}

export interface FailedItem {
  path: string;
  error: string;
}

export interface SkippedItem {
  path: string;
  reason: string;
}

export interface ImportReport {
  imported: ImportedItem[];
  failed: FailedItem[];
  /** Files a folder walk passed over (hidden files, types Tally does not read). */
  skipped: SkippedItem[];
  /** What each web archive (WARC, WACZ) among the inputs came to; its pages are in `imported`. */
  archives?: ArchiveReport[];
  /** The researcher stopped the import: what was stored before stays, and the inputs after it were not read. */
  stopped?: { notRead: number };
}

export interface ArchiveReport extends ArchiveCounts {
  path: string;
  /** The archive file's SHA-256, kept with every capture read from it. */
  sha256: string | null;
  /** A WARC's size, and how much of it has been read (what a progress bar shows); a WACZ is read member by member and says neither. */
  bytes?: number;
  bytesRead?: number;
}

export interface ImportProgress {
  batchId: string;
  /** Inputs finished so far, out of `total` once the folders have been walked. */
  done: number;
  total: number;
  /** The input being read now, or the last one finished. */
  current: string | null;
  last: { path: string; outcome: 'imported' | 'duplicate' | 'failed'; error?: string } | null;
  /** Set while the import waits for another Tally process to finish writing to the library. */
  waiting?: boolean;
  /** Set while a web archive is read: its records so far. */
  archive?: ArchiveReport;
}

// ---- Claims: the figures a version's text asserts (see core/extract) ----

/** `figure` for a number a source gives; `no-figure` for a statement that a source gave none. */
export type ClaimKind = 'figure' | 'no-figure';

/** What the extractor reads from a text; offsets are JavaScript string offsets into that text. */
export interface ExtractedClaim {
  kind: ClaimKind;
  /** The single number, when there is one ("22"; null for "dozens" or "20 to 25"). */
  value: number | null;
  /** The range or bound; null where it is open ("at least 17": low 17, high null). */
  low: number | null;
  high: number | null;
  /** "about", "at least", "more than", "dozens", "a handful" ... */
  approx: boolean;
  /** The figure's words. */
  start: number;
  end: number;
  /** The sentence the figure stands in. */
  sentenceStart: number;
  sentenceEnd: number;
  /** What is counted, as a short phrase: "US contractors wounded". */
  subject: string | null;
  /** The counted thing alone: "contractors". */
  entity: string | null;
  /** What happened to it: "killed", "wounded", "fired" ... */
  measure: string | null;
  /** Scope: "US", "civilian", "in total" ... */
  qualifiers: string[];
  /**
   * What the amount is in: null for a count of things; "percent"; a currency
   * ("dollars"); a unit of measurement ("miles", "magnitude", "percentage
   * points"); a span of time ("months"); an age ("years old"); "fraction".
   */
  unit: string | null;
  /** Whose amount it is: "Trump" of "Trump now has 996 delegates", "Fed" of "the Fed's 2 percent target". */
  holder: string | null;
  /**
   * A figure that is not a plain report of what is: "forecast" ("economists
   * expected 164,000"), "needed" ("the 1,237 delegates needed to clinch"),
   * "target", "earlier" (one the text says was superseded: "initially called
   * a magnitude-7.4 quake"). Null for a plain report.
   */
  modality: string | null;
  /**
   * What the figure's clause says of its incident, as tags: "event:tremor",
   * "year:1999", "place:airport", "cause:car crashes", "day:saturday". An
   * event's figures are told apart by these: its main incident, its parts and
   * background events (compare/incidents.ts).
   */
  incident: string[];
  /** Who asserts it, by the fullest name the text gives; null when the outlet says it in its own voice. */
  source: string | null;
  confidence: number;
}

/**
 * Where a stored claim stands with the researcher. Only `auto` claims are
 * replaced when a version is extracted again; the others are the
 * researcher's word and are kept as they are.
 */
export type ClaimStatus = 'auto' | 'confirmed' | 'edited' | 'rejected';

/** A claim as stored for one version. */
export interface ClaimRecord extends ExtractedClaim {
  id: number;
  versionId: number;
  status: ClaimStatus;
  /** The extractor that produced it (EXTRACTOR_VERSION at the time). */
  extractorVersion: string;
}

/** The fields a researcher may correct. */
export interface ClaimEdit {
  value?: number | null | undefined;
  low?: number | null | undefined;
  high?: number | null | undefined;
  approx?: boolean | undefined;
  subject?: string | null | undefined;
  source?: string | null | undefined;
  kind?: ClaimKind | undefined;
}

export type ClaimActionKind = 'confirm' | 'edit' | 'reject' | 'reopen';

/**
 * One review of one claim. Each action sets the claim's status: confirm →
 * `confirmed`, edit → `edited`, reject → `rejected`, reopen → `auto`. A
 * reopened claim is the extractor's again: the next extraction of its version
 * replaces it (its log is kept).
 */
export type ClaimReview =
  | { claimId: number; action: Exclude<ClaimActionKind, 'edit'> }
  | { claimId: number; action: 'edit'; changes: ClaimEdit };

/** What a claim's log records: a review, or the researcher adding a value the extraction missed. */
export type ClaimLogKind = ClaimActionKind | 'add';

/**
 * A value a source gave that the extraction missed, as the researcher adds
 * it: where its words stand in a version's text, the amount, who gave it and
 * what it counts; and the figure it belongs to, when the researcher says.
 */
export interface ClaimAddition {
  versionId: number;
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** Null is the outlet's own voice. */
  source: string | null;
  /** What it counts ("people killed"). */
  subject: string;
  figure: FigureRef | null;
}

/** A source's value overridden by the researcher: the corrected amount, and why (kept as a note on the claim). */
export interface ClaimOverride {
  claimId: number;
  changes: Pick<ClaimEdit, 'value' | 'low' | 'high' | 'approx'>;
  note: string;
}

/** One entry of a claim's audit log: who did what is implicit (one researcher per library); when and what changed is kept. */
export interface ClaimAction {
  id: number;
  claimId: number;
  action: ClaimLogKind;
  at: string;
  /** The claim's reviewable fields before and after the action. */
  before: ClaimEdit;
  after: ClaimEdit;
}

/** The outcome of extracting one or more versions again. */
export interface ExtractionReport {
  versions: number;
  /** Automatic claims written. */
  claims: number;
  /** Claims the researcher had reviewed, kept untouched. */
  kept: number;
}

// ---- Revision diff: what changed between two versions (see core/diff) ----

/** Where a sentence stands: kept, changed in place, added, removed, or moved elsewhere. */
export type DiffUnitKind = 'same' | 'changed' | 'added' | 'removed' | 'moved';

/** A piece of a word-level diff inside a changed sentence. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  /** The words as the later text has them (the earlier text's, for a removed part). */
  text: string;
  /** A kept part's words as the earlier text has them, where they differ only in what the options ignore (case). */
  before?: string;
}

/** What a comparison may ignore: a sentence that differs only in these is unchanged. Figures compare by value either way. */
export interface DiffOptions {
  /** "Police" and "police" are the same word. */
  ignoreCase?: boolean | undefined;
  /** Spacing and line breaks inside a sentence do not count ("fire fighters" is "firefighters"), as `git diff -w`. */
  ignoreWhitespace?: boolean | undefined;
}

/**
 * One sentence of the comparison, in reading order of the later text (removed
 * sentences stand where they stood). Offsets are into each side's text.
 */
export interface DiffUnit {
  kind: DiffUnitKind;
  /** Only punctuation, whitespace or quotation-mark style differ. */
  minor: boolean;
  before: { start: number; end: number } | null;
  after: { start: number; end: number } | null;
  /** The word diff of a changed (or moved and changed) sentence; null otherwise. */
  parts: DiffPart[] | null;
}

/** One figure as one side of a figure change. */
export interface FigureSide {
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** The figure's words, and their span in that side's text. */
  text: string;
  start: number;
  end: number;
  /** The sentence around it. */
  sentenceStart: number;
  sentenceEnd: number;
  subject: string | null;
  source: string | null;
  /** The stored claim, when the side is a library version. */
  claimId: number | null;
}

export interface FigureChange {
  kind: 'changed' | 'appeared' | 'disappeared';
  before: FigureSide | null;
  after: FigureSide | null;
}

export interface DiffSummary {
  sentencesBefore: number;
  sentencesAfter: number;
  added: number;
  removed: number;
  changed: number;
  moved: number;
  /** Changed sentences whose change is minor (counted in `changed` too). */
  minor: number;
  figuresChanged: number;
  figuresAppeared: number;
  figuresDisappeared: number;
  /** Share of the later text's characters in sentences kept as they were (0..1). */
  unchangedShare: number;
  /** So little survives that a side-by-side reading serves better than a diff. */
  rewrite: boolean;
  /** The texts were too large or too different for a word diff: sentences only. */
  coarse: boolean;
}

export interface VersionDiff {
  summary: DiffSummary;
  units: DiffUnit[];
  figureChanges: FigureChange[];
  texts: { before: string; after: string };
}

// ---- Figures across sources (see core/compare) ----

export type FigureStatus = 'agree' | 'conflict' | 'revised' | 'single';

/** One claim as a member of a figure, with where it stands. */
export interface FigureMember {
  claimId: number;
  versionId: number;
  /** Its version's place in the order the event's versions are read (core/versionOrder): what "before" and "latest" follow. */
  seq: number;
  articleId: number;
  articleTitle: string;
  outlet: string | null;
  capturedAt: string;
  publishedAt: string | null;
  /** The claim's span in its version's text: how placements and claim notes name it. */
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  /** The source resolved across documents ("Syrian Observatory for Human Rights" for "SOHR"); null is the outlet's own voice. */
  source: string | null;
  /** The source as this text names it. */
  sourceAsWritten: string | null;
  /** How the text gives it: "earlier" for a number it says was superseded ("initially 17"), among the extractor's others. */
  modality: string | null;
  grade: SourceGrade | null;
  claimStatus: ClaimStatus;
  /** The researcher put it in this figure (it would group elsewhere on its own). */
  placed: boolean;
  /** The article this one copies (marked by the researcher, or near-identical text); it does not count as independent. */
  copyOf: { articleId: number; marked: boolean } | null;
  /** The researcher marked this article's text as its own: detection never makes it a copy. */
  ownText: boolean;
  /** The figure's words and the sentence around them. */
  text: string;
  sentence: string;
}

/** Names a figure whether or not it is stored: `figure:<id>` once the researcher acted on it, `key:<group key>` before. */
export type FigureRef = string;

/** One quantity tracked across an event's versions and outlets. */
export interface EventFigure {
  ref: FigureRef;
  /** The stored figure, once the researcher has acted on it. */
  figureId: number | null;
  /** The automatic group keys it holds (measure|entity|scope). */
  keys: string[];
  label: string;
  /** The label grouping gave it, kept when the researcher renames. */
  autoLabel: string;
  status: FigureStatus;
  min: number | null;
  max: number | null;
  /** The lowest value a credible source gives in its latest version (sources graded E left out). */
  conservative: number | null;
  /** The researcher's chosen best value (low = high for a single number). */
  best: { low: number; high: number } | null;
  /** Distinct sources, an outlet's own voice counted once per original text. */
  independentSources: number;
  /** Figures of the same thing counted in another scope: related, never a conflict. */
  related: { ref: FigureRef; label: string }[];
  notes: NoteRecord[];
  members: FigureMember[];
}

/** A source's statement that it gave no figure ("did not name any casualties"), where it stands. */
export interface NoFigureStatement
  extends Pick<FigureMember, 'claimId' | 'versionId' | 'articleId' | 'articleTitle' | 'outlet' | 'capturedAt' | 'source' | 'text' | 'sentence'> {
  subject: string | null;
}

// ---- Curation: what the researcher decided about figures and sources ----

/** Source reliability on the A–F scale of source evaluation (A reliable … E unreliable, F cannot be judged). */
export type SourceGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export const SOURCE_GRADES: readonly SourceGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** An outlet as the library's captures name it ("REUTERS"), and as the researcher shows it ("Reuters"). */
export interface OutletName {
  name: string;
  /** Null while shown as read. */
  shownAs: string | null;
  articles: number;
}

export interface SourceRecord {
  id: number;
  name: string;
  grade: SourceGrade | null;
  aliases: string[];
}

/** One edit of the source directory; an alias names the source it stands for. */
export type SourceEdit =
  | { kind: 'alias'; source: string; alias: string }
  | { kind: 'alias-remove'; alias: string }
  | { kind: 'grade'; source: string; grade: SourceGrade | null };

export interface NoteRecord {
  id: number;
  eventId: number;
  figureId: number | null;
  /** A note on a claim names its version and span. */
  versionId: number | null;
  spanStart: number | null;
  spanEnd: number | null;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** An event's stored curation, as the grouping applies it. */
export interface FigureCuration {
  figures: { id: number; label: string | null; best: { low: number; high: number } | null; mergedInto: number | null }[];
  keys: { key: string; figureId: number }[];
  placements: { versionId: number; start: number; end: number; figureId: number }[];
  notes: NoteRecord[];
  /** Researcher-marked copies: article id → the article it copies. */
  copies: { articleId: number; copyOf: number }[];
  /** Articles the researcher marked as their own text: never a copy, whatever detection finds. */
  originals: number[];
}

/** A claim as a figure action names it: the version and span survive re-extraction. */
export interface ClaimSpan {
  versionId: number;
  start: number;
  end: number;
}

export type FigureAction =
  | { kind: 'rename'; figure: FigureRef; label: string | null }
  | { kind: 'best'; figure: FigureRef; best: { low: number; high: number } | null }
  /** `to` null sends the claims back to wherever grouping puts them. */
  | { kind: 'move'; claims: ClaimSpan[]; to: FigureRef | null }
  | { kind: 'split'; figure: FigureRef; claims: ClaimSpan[]; label: string | null }
  | { kind: 'merge'; figures: FigureRef[]; into: FigureRef }
  | { kind: 'note'; figure: FigureRef | null; claim: ClaimSpan | null; body: string }
  | { kind: 'note-edit'; noteId: number; body: string }
  | { kind: 'note-delete'; noteId: number };

export interface CurationLogEntry {
  id: number;
  at: string;
  eventId: number | null;
  action: string;
  detail: Record<string, unknown>;
}

/** What a full check of the library found (`tally check`, the app's Check library). */
export interface LibraryCheckReport {
  /** What SQLite's full integrity check found (pages, records, indexes); none when sound. */
  problems: string[];
  versions: number;
  /** Versions whose bytes no longer hash to the SHA-256 recorded with them, or could not be read. */
  badVersions: { id: number; problem: string }[];
}
