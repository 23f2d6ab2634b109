// What the shells and the library worker say to each other.
import type { DiffOptions, ExtractionReport, ImportProgress, ImportReport, LibraryCheckReport, VersionDiff } from '../core/model';
import type { Report } from '../core/report/reportSchema';
import type { ImportRequest } from '../library/import/importBatch';

/** One worker runs one task: an import batch, extracting claims again from stored versions, building an event's report, checking the library, comparing two versions, or grouping an event's figures and keeping them in the library. */
export type LibraryTask =
  | { kind: 'import'; request: ImportRequest }
  | { kind: 'extract'; versionIds: number[] }
  | { kind: 'report'; event: { id: number; name: string } }
  | { kind: 'check' }
  | { kind: 'diff'; before: number; after: number; options: DiffOptions }
  | { kind: 'figures'; eventId: number };

export interface LibraryWorkerData {
  libraryPath: string;
  nativeBinding: string | undefined;
  task: LibraryTask;
}

/** What a shell may say to a worker while it works: stop an import between two commits, keeping what it stored. */
export type LibraryWorkerRequest = { type: 'stop' };

export type LibraryWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; report: ImportReport }
  | { type: 'extracted'; report: ExtractionReport }
  | { type: 'report-progress'; done: number; total: number }
  | { type: 'reported'; report: Report }
  | { type: 'checked'; report: LibraryCheckReport }
  | { type: 'diffed'; diff: VersionDiff }
  | { type: 'figures-kept' }
  | { type: 'error'; message: string };
