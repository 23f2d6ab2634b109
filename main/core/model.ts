// The shapes of the library as every zone sees them: db/ query modules return
// them, the contract carries them, the renderer shows them. Types only.
/** How a captured file is read. */
export type CaptureFormat = 'text' | 'markdown' | 'html';

export interface EventSummary {
  id: number;
  name: string;
  createdAt: string;
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

export interface VersionDetail extends VersionSummary {
  eventId: number;
  articleTitle: string;
  outlet: string | null;
  encoding: string;
  byline: string | null;
  canonicalUrl: string | null;
  origin: string;
  originKind: OriginKind;
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
  /** Text around the match; the matched words sit between U+0002 and U+0003. */
  snippet: string;
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
  | { kind: 'paste'; text: string; title?: string | undefined };

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
}

export interface ImportProgress {
  batchId: string;
  /** Inputs finished so far, out of `total` once the folders have been walked. */
  done: number;
  total: number;
  /** The input being read now, or the last one finished. */
  current: string | null;
  last: { path: string; outcome: 'imported' | 'duplicate' | 'failed'; error?: string } | null;
}
