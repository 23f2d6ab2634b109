// What the capture pool and its workers say to each other.
import type { PreparedCapture } from '../core/capture/prepareCapture';
import type { ArchivedAt } from '../core/capture/publication';
import type { CaptureFormat } from '../core/model';

export interface CaptureJob {
  id: number;
  label: string;
  bytes: Uint8Array;
  format: CaptureFormat | undefined;
  /** Set for a page read from a web archive record. */
  archived: ArchivedAt | undefined;
}

export type CaptureOutcome = { id: number; prepared: PreparedCapture } | { id: number; error: string };
