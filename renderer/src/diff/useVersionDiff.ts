// The diff of two versions: fetched when the pair or the options change; a stale answer for
// a pair no longer shown is dropped, and the engine's work on it is stopped
// (work:cancel), as it is when the researcher cancels a long comparison.
import { useEffect, useRef, useState } from 'react';
import type { DiffOptions, VersionDiff } from '../../../main/core/model';
import { ApiError, errorText } from '../data/api';
import { perform } from '../data/library';

export interface DiffPair {
  before: number;
  after: number;
}

export interface DiffState {
  /** null while the pair's diff is on its way (or failed, or was cancelled). */
  diff: VersionDiff | null;
  error: string | null;
  /** The researcher stopped the comparison of this pair. */
  cancelled: boolean;
  /** Stops the comparison on its way; null when none is. */
  cancel: (() => void) | null;
}

const keyOf = (pair: DiffPair): string => `${pair.before}:${pair.after}`;

let diffCounter = 0;

export function useVersionDiff(pair: DiffPair | null, options: DiffOptions, attempt = 0): DiffState {
  const [loaded, setLoaded] = useState<{ key: string; diff: VersionDiff } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string; cancelled: boolean } | null>(null);
  // the comparison on its way, by the key of its pair and attempt, to stop it
  const running = useRef<{ key: string; workId: string } | null>(null);
  const ignoreCase = options.ignoreCase ?? false;
  const ignoreWhitespace = options.ignoreWhitespace ?? false;
  const flags = `${ignoreCase ? 'c' : ''}${ignoreWhitespace ? 'w' : ''}`;
  const key = pair ? `${keyOf(pair)}:${flags}:${attempt}` : '';
  const before = pair?.before ?? null;
  const after = pair?.after ?? null;

  useEffect(() => {
    if (before === null || after === null) return;
    let live = true;
    let done = false;
    const key = `${before}:${after}:${flags}:${attempt}`;
    const workId = `diff-${Date.now().toString(36)}-${++diffCounter}`;
    running.current = { key, workId };
    perform('versions:diff', { before, after, workId, options: { ignoreCase, ignoreWhitespace } })
      .then(
        (diff) => live && setLoaded({ key, diff }),
        (e: unknown) => live && setFailure({ key, message: errorText(e), cancelled: e instanceof ApiError && e.code === 'cancelled' }),
      )
      .finally(() => {
        done = true;
        if (running.current?.workId === workId) running.current = null;
      });
    return () => {
      live = false;
      // the pair changed or the screen closed: the engine need not finish this one
      if (!done) void perform('work:cancel', { workId }).catch(() => {});
    };
  }, [before, after, flags, ignoreCase, ignoreWhitespace, attempt]);

  const mine = <T extends { key: string }>(state: T | null): T | null => (state?.key === key && key ? state : null);
  const diff = mine(loaded)?.diff ?? null;
  const failed = mine(failure);
  return {
    diff,
    error: failed && !failed.cancelled ? failed.message : null,
    cancelled: failed?.cancelled ?? false,
    cancel: key && !diff && !failed ? () => {
      const work = running.current;
      if (work?.key === key) void perform('work:cancel', { workId: work.workId }).catch(() => {});
    } : null,
  };
}
