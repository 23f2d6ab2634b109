// The diff of two versions: fetched when the pair changes; a stale answer for
// a pair no longer shown is dropped.
import { useEffect, useState } from 'react';
import type { VersionDiff } from '../../../main/core/model';
import { ApiError, call } from '../api';

const message = (e: unknown): string => (e instanceof ApiError || e instanceof Error ? e.message : String(e));

export interface DiffPair {
  before: number;
  after: number;
}

export interface DiffState {
  /** null while the pair's diff is on its way (or failed). */
  diff: VersionDiff | null;
  error: string | null;
}

const keyOf = (pair: DiffPair | null): string => (pair ? `${pair.before}:${pair.after}` : '');

export function useVersionDiff(pair: DiffPair | null): DiffState {
  const [loaded, setLoaded] = useState<{ key: string; diff: VersionDiff } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const key = keyOf(pair);
  const before = pair?.before ?? null;
  const after = pair?.after ?? null;

  useEffect(() => {
    if (before === null || after === null) return;
    let live = true;
    const key = `${before}:${after}`;
    call('versions:diff', { before, after }).then(
      (diff) => live && setLoaded({ key, diff }),
      (e: unknown) => live && setFailure({ key, message: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [before, after]);

  return {
    diff: loaded?.key === key && key ? loaded.diff : null,
    error: failure?.key === key && key ? failure.message : null,
  };
}
