// What the capture pool and its workers say to each other.
import type { PreparedCapture } from '../core/capture/prepareCapture';
import type { PdfContent } from '../core/capture/pdfContent';
import type { ArchivedAt } from '../core/capture/publication';
import type { CaptureFormat } from '../core/model';

export interface CaptureJob {
  id: number;
  label: string;
  bytes: Uint8Array;
  format: CaptureFormat | undefined;
  /** Set for a page read from a web archive record. */
  archived: ArchivedAt | undefined;
  /** Set for a PDF: its text and metadata, read beforehand (readPdf.ts). */
  pdf: PdfContent | undefined;
}

export type CaptureOutcome = { id: number; prepared: PreparedCapture } | { id: number; error: string };
