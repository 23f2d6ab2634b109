// What the shells and the import worker say to each other.
import type { ImportProgress, ImportReport } from '../core/model';
import type { ImportRequest } from '../library/import/importBatch';

export interface ImportWorkerData {
  libraryPath: string;
  nativeBinding: string | undefined;
  request: ImportRequest;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; message: string };
