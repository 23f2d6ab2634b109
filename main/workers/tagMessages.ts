// What the parallel extraction and its tagging worker say to each other.
import type { PackedSentences } from '../core/extract/packedTags';

/**
 * A text to tag ahead: the sentences of each window to tag, each as its
 * offsets into the text (the worker slices them out again), and where each
 * window of them ends; the worker answers each window, in order, as soon as it
 * is tagged, with one tagged sentence a sentence.
 */
export interface TagJob {
  id: number;
  text: string;
  /** Each sentence's start and end, two numbers a sentence. */
  sentences: Int32Array;
  /** The number of sentences up to the end of each window. */
  windowEnds: Int32Array;
}

export type TagAnswer = { id: number; window: number; packed: PackedSentences } | { id: number; error: string };
