// What comparisons ignore (case, spacing), as the researcher last set it:
// kept in the page's local storage, so the next comparison, and the next
// session, compares the same way.
import { useCallback, useState } from 'react';
import type { DiffOptions } from '../../../main/core/model';

const KEY = 'tally.diffOptions';

function stored(): DiffOptions {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return { ignoreCase: raw.ignoreCase === true, ignoreWhitespace: raw.ignoreWhitespace === true };
  } catch {
    // storage unavailable or its value damaged: every difference counts
    return { ignoreCase: false, ignoreWhitespace: false };
  }
}

export function useDiffOptions(): [DiffOptions, (change: DiffOptions) => void] {
  const [options, setOptions] = useState<DiffOptions>(stored);
  const change = useCallback((next: DiffOptions): void => {
    setOptions(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // not kept: the choice still holds for this screen
    }
  }, []);
  return [options, change];
}
