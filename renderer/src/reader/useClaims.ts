// A version's claims: read when the version is chosen, updated one claim at a
// time after a review (no reload, no flash), read again after anything else
// that changes them (re-extraction, a value added or overridden).
import { useCallback, useState } from 'react';
import type { ClaimRecord, ExtractionReport } from '../../../main/core/model';
import type { ClaimReviewArg } from '../../../main/ipc/contract';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';

export interface ClaimsView {
  /** null until the first list for this version arrives. */
  claims: ClaimRecord[] | null;
  error: string | null;
  /** Confirms, edits, rejects or reopens a claim (and the same claim in the article's other versions, unless asked not to); resolves to an error message, or null. */
  review(arg: ClaimReviewArg): Promise<string | null>;
  /** How many other versions the last review reached, for the claim it named. */
  carried: { claimId: number; count: number } | null;
  extracting: boolean;
  /** The last re-extraction of this version, or why it failed. */
  extraction: { report: ExtractionReport } | { error: string } | null;
  extract(): void;
}

interface Extraction {
  versionId: number;
  running: boolean;
  outcome: { report: ExtractionReport } | { error: string } | null;
}

/** The reviewed claim laid into its version's kept list, in its place (the claims it reached elsewhere are read again). */
function withReviewed(kept: unknown, reviewed: ClaimRecord & { carriedTo?: number[] }): unknown {
  const updated: ClaimRecord & { carriedTo?: number[] } = { ...reviewed };
  delete updated.carriedTo;
  return Array.isArray(kept) ? (kept as ClaimRecord[]).map((c) => (c.id === updated.id ? updated : c)) : kept;
}

export function useClaims(versionId: number | null): ClaimsView {
  const list = useRead('claims:list', versionId === null ? null : { versionId });
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const [carried, setCarried] = useState<{ versionId: number; claimId: number; count: number } | null>(null);

  const review = useCallback(async (arg: ClaimReviewArg): Promise<string | null> => {
    try {
      const reviewed = await write('claims:review', arg, { channel: 'claims:list', arg: { versionId }, update: withReviewed });
      setCarried(versionId === null ? null : { versionId, claimId: arg.claimId, count: reviewed.carriedTo.length });
      return null;
    } catch (e) {
      return errorText(e);
    }
  }, [versionId]);

  const extract = useCallback((): void => {
    if (versionId === null) return;
    setExtraction({ versionId, running: true, outcome: null });
    write('claims:extract', { versionId }).then(
      (report) => setExtraction({ versionId, running: false, outcome: { report } }),
      (e: unknown) => setExtraction({ versionId, running: false, outcome: { error: errorText(e) } }),
    );
  }, [versionId]);

  const mine = extraction?.versionId === versionId ? extraction : null;
  return {
    claims: list.data ?? null,
    error: list.data ? null : list.error,
    review,
    extracting: mine?.running ?? false,
    extraction: mine?.outcome ?? null,
    extract,
    carried: carried && carried.versionId === versionId ? { claimId: carried.claimId, count: carried.count } : null,
  };
}
