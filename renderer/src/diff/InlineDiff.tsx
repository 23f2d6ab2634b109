import type { ReactNode } from 'react';
import type { VersionDiff } from '../../../main/core/model';
import { gapBefore, inlineSegments, isHiddenMinor } from './diffLayout';
import { DiffSegments, unitBadge, type FigureMarks } from './DiffSegments';

/**
 * The later text sentence by sentence, with what the earlier one said struck
 * in place: inserted words green and underlined, deleted ones red and struck,
 * added, removed and moved sentences marked as such. Paragraph breaks are the
 * later text's own; a removed sentence keeps the break it had before.
 */
export function InlineDiff(props: { diff: VersionDiff; showMinor: boolean; current: number | null; figures: FigureMarks }) {
  const { diff, showMinor, current, figures } = props;
  const { before: textBefore, after: textAfter } = diff.texts;
  const out: ReactNode[] = [];
  let afterEnd = 0;
  let beforeEnd = 0;
  diff.units.forEach((unit, i) => {
    let gap: string;
    if (unit.after) {
      gap = gapBefore(textAfter, afterEnd, unit.after.start);
      afterEnd = Math.max(afterEnd, unit.after.end);
    } else if (unit.before) {
      gap = /\n/.test(gapBefore(textBefore, beforeEnd, unit.before.start)) ? '\n\n' : out.length ? ' ' : '';
    } else return;
    // A moved sentence's earlier place is elsewhere: it says nothing about where the next removed one stood.
    if (unit.before && unit.kind !== 'moved') beforeEnd = Math.max(beforeEnd, unit.before.end);
    if (gap) out.push(gap);
    const hidden = isHiddenMinor(unit, showMinor);
    const kind = hidden ? 'same' : unit.kind;
    const badge = unitBadge(unit, textBefore, hidden, 'inline');
    const classes = ['unit', kind, unit.minor && !hidden ? 'minor' : '', i === current ? 'current' : ''].filter(Boolean).join(' ');
    out.push(
      <span key={`u${i}`} className={classes} data-unit={i} data-kind={kind} data-badge={badge ?? undefined} title={badge ?? undefined}>
        <DiffSegments segments={inlineSegments(diff, unit, showMinor)} figures={figures} />
      </span>,
    );
  });
  const tail = textAfter.slice(afterEnd);
  if (tail.trim()) out.push(tail);
  return (
    <div className="version-text diff-text" data-testid="diff-inline">
      {out}
    </div>
  );
}
