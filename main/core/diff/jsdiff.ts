// The one module that imports jsdiff: sentence sequences are aligned with
// diffArrays, words inside a changed sentence with diffWords. Both calls are
// bounded (`timeout`), so a pathological pair gives up instead of hanging.
import { diffArrays, diffWords } from 'diff';
import type { DiffPart } from '../model';

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

/** The word diff of two sentences, or null when it would take longer than `timeoutMs`. */
export function diffSentenceWords(before: string, after: string, timeoutMs: number): DiffPart[] | null {
  const changes = diffWords(before, after, { intlSegmenter: words, timeout: timeoutMs });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += c.value;
    else parts.push({ kind, text: c.value });
  }
  return parts;
}
