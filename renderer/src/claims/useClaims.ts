// A version's claims: fetched when the version changes, updated one claim at
// a time after a review (no reload, no flash), reloaded after re-extraction.
import { useCallback, useEffect, useState } from 'react';
import type { ClaimRecord, ExtractionReport } from '../../../main/core/model';
import type { ClaimReviewArg } from '../../../main/ipc/contract';
import { call, errorText } from '../api';

export interface ClaimsView {
  /** null until the first list for this version arrives. */
  claims: ClaimRecord[] | null;
  error: string | null;
  /** Confirms, edits, rejects or reopens a claim; resolves to an error message, or null. */
  review(arg: ClaimReviewArg): Promise<string | null>;
  extracting: boolean;
  /** The last re-extraction of this version, or why it failed. */
  extraction: { report: ExtractionReport } | { error: string } | null;
  extract(): void;
  /** Reads the claims again (a value was added, or undone). */
  reload(): void;
}

interface Loaded {
  versionId: number;
  list: ClaimRecord[];
}

interface Extraction {
  versionId: number;
  running: boolean;
  outcome: { report: ExtractionReport } | { error: string } | null;
}

export function useClaims(versionId: number | null): ClaimsView {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<{ versionId: number; message: string } | null>(null);
  // Bumped after a re-extraction, so the list is fetched again.
  const [revision, setRevision] = useState(0);
  const [extraction, setExtraction] = useState<Extraction | null>(null);

  useEffect(() => {
    if (versionId === null) return;
    let live = true;
    call('claims:list', { versionId }).then(
      (list) => {
        if (!live) return;
        setLoaded({ versionId, list });
        setFailure(null);
      },
      (e: unknown) => live && setFailure({ versionId, message: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [versionId, revision]);

  const review = useCallback(async (arg: ClaimReviewArg): Promise<string | null> => {
    try {
      const updated = await call('claims:review', arg);
      setLoaded((prev) =>
        prev && prev.versionId === updated.versionId ? { ...prev, list: prev.list.map((c) => (c.id === updated.id ? updated : c)) } : prev,
      );
      return null;
    } catch (e) {
      return errorText(e);
    }
  }, []);

  const extract = useCallback((): void => {
    if (versionId === null) return;
    setExtraction({ versionId, running: true, outcome: null });
    call('claims:extract', { versionId }).then(
      (report) => {
        setExtraction({ versionId, running: false, outcome: { report } });
        setRevision((r) => r + 1);
      },
      (e: unknown) => setExtraction({ versionId, running: false, outcome: { error: errorText(e) } }),
    );
  }, [versionId]);

  const mine = extraction?.versionId === versionId ? extraction : null;
  return {
    claims: loaded?.versionId === versionId ? loaded.list : null,
    error: failure?.versionId === versionId ? failure.message : null,
    review,
    extracting: mine?.running ?? false,
    extraction: mine?.outcome ?? null,
    extract,
    reload: () => setRevision((r) => r + 1),
  };
}
