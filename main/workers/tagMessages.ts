// What the parallel extraction and its tagging worker say to each other.
import type { PackedWindow } from '../core/extract/packedWindow';

/** A text to read into windows and tag ahead. */
export interface TagJob {
  id: number;
  text: string;
}

/** Each window of a job in order, as soon as it is tagged, then that the job is done; or why it failed. */
export type TagAnswer = { id: number; window: PackedWindow } | { id: number; done: true } | { id: number; error: string };
