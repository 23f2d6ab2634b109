// What the shells and the library worker say to each other.
import type { ExtractionReport, ImportProgress, ImportReport } from '../core/model';
import type { ImportRequest } from '../library/import/importBatch';

/** One worker runs one task: an import batch, or extracting claims again from stored versions. */
export type LibraryTask = { kind: 'import'; request: ImportRequest } | { kind: 'extract'; versionIds: number[] };

export interface LibraryWorkerData {
  libraryPath: string;
  nativeBinding: string | undefined;
  task: LibraryTask;
}

export type LibraryWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; report: ImportReport }
  | { type: 'extracted'; report: ExtractionReport }
  | { type: 'error'; message: string };
