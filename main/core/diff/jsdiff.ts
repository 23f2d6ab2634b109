// The one module that imports jsdiff: sentence sequences are aligned with
// diffArrays, words inside a changed sentence with diffWords. Both calls are
// bounded (`timeout`), so a pathological pair gives up instead of hanging.
import { diffArrays, diffWords } from 'diff';
import type { DiffPart } from '../model';
import { foldCase } from './diffOptions';

export interface ArrayRun {
  kind: 'same' | 'added' | 'removed';
  count: number;
}

/** The runs that turn `before` into `after`, or null when that takes longer than `timeoutMs`. */
export function alignArrays(before: readonly string[], after: readonly string[], timeoutMs: number): ArrayRun[] | null {
  const runs = diffArrays([...before], [...after], { timeout: timeoutMs });
  if (!runs) return null;
  return runs.map((r) => ({ kind: r.added ? 'added' : r.removed ? 'removed' : 'same', count: r.count ?? r.value.length }));
}

/** Word segmentation that keeps "55,000,000", "1.5" and "U.S." whole, so a changed number shows as one word. */
const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The word diff of two sentences, or null when it would take longer than
 * `timeoutMs`. With `ignoreCase`, words that differ only in case are kept; a
 * kept part then carries the earlier sentence's own words (`before`) where
 * they differ, since jsdiff gives the later sentence's.
 */
export function diffSentenceWords(before: string, after: string, timeoutMs: number, ignoreCase = false): DiffPart[] | null {
  const changes = diffWords(before, after, { intlSegmenter: words, timeout: timeoutMs, ignoreCase });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  // where the next kept or removed part starts in the earlier sentence; null once it cannot be followed
  let at: number | null = 0;
  for (const c of changes) {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    let earlier: string | undefined;
    if (kind !== 'added' && at !== null) {
      const own = before.slice(at, at + c.value.length);
      const found = kind === 'same' ? foldCase(own) === foldCase(c.value) : own === c.value;
      at = found ? at + c.value.length : null;
      if (found && kind === 'same' && own !== c.value) earlier = own;
    }
    const last = parts.at(-1);
    if (last && last.kind === kind) {
      if (kind === 'same' && (last.before !== undefined || earlier !== undefined)) last.before = (last.before ?? last.text) + (earlier ?? c.value);
      last.text += c.value;
    } else parts.push(earlier === undefined ? { kind, text: c.value } : { kind, text: c.value, before: earlier });
  }
  return parts;
}
