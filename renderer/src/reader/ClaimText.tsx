import { useEffect, useMemo, useRef } from 'react';
import type { ClaimRecord } from '../../../main/core/model';
import { formatSource, formatValue, STATUS_LABEL, valueWords } from './claimFormat';
import { runsOf } from './highlight';

/**
 * A version's text with each claim's span marked. The text stays text: React
 * puts it in text nodes and <mark>s, never parses it as markup.
 */
export function ClaimText(props: { text: string; claims: ClaimRecord[]; selectedId: number | null; onSelect(id: number): void }) {
  const { text, claims, selectedId } = props;
  const box = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const runs = useMemo(() => runsOf(text.length, claims, selectedId), [text, claims, selectedId]);

  // Bring the chosen claim's words into view when it is chosen in the list.
  useEffect(() => {
    if (selectedId === null) return;
    box.current?.querySelector(`mark[data-claim="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div className="version-text" data-testid="version-text" ref={box}>
      {runs.map((run) => {
        const piece = text.slice(run.start, run.end);
        const claim = run.claimId === null ? undefined : byId.get(run.claimId);
        if (!claim) return piece;
        const classes = ['claim-mark', claim.status, claim.kind === 'no-figure' ? 'no-figure' : '', claim.id === selectedId ? 'selected' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <mark
            key={run.start}
            className={classes}
            data-claim={claim.id}
            data-status={claim.status}
            title={`${formatValue(claim, valueWords(text, claim))} · ${formatSource(claim.source)} · ${STATUS_LABEL[claim.status]}`}
            onClick={() => props.onSelect(claim.id)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
