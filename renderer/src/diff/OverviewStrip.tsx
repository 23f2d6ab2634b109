import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { VersionDiff } from '../../../main/core/model';
import { markLabel, overviewMarks } from './overviewMarks';

/**
 * A narrow strip beside the diff, the whole later text from top to bottom,
 * marking where the changes sit (a changed figure in its own colour); a mark
 * clicked, or chosen with the arrow keys and Enter, goes to its change. One
 * stop in the Tab order: the arrows move between marks.
 */
export function OverviewStrip(props: { diff: VersionDiff; showMinor: boolean; current: number | null; onJump(unit: number): void }) {
  const { diff, showMinor, current, onJump } = props;
  const marks = useMemo(() => overviewMarks(diff, showMinor), [diff, showMinor]);
  const strip = useRef<HTMLDivElement>(null);
  // the mark holding the current change takes the Tab stop, else the first
  const active = Math.max(0, current === null ? 0 : marks.findLastIndex((m) => m.unit <= current));

  const move = (e: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = Array.from(strip.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next: number | null = null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = Math.min(buttons.length - 1, at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    buttons[next]?.focus();
  };

  return (
    <div
      className="overview-strip"
      role="toolbar"
      aria-orientation="vertical"
      aria-label={`Where the changes are: ${marks.length} ${marks.length === 1 ? 'place' : 'places'} in the text`}
      data-testid="overview-strip"
      ref={strip}
      onKeyDown={move}
    >
      {marks.map((mark, i) => (
        <button
          key={`${mark.top}`}
          type="button"
          // a figure in a changed passage shows both: the passage's colour, and the figure's edge
          className={`overview-mark ${mark.kinds.find((k) => k !== 'figure') ?? 'figure'}${mark.kinds.includes('figure') ? ' has-figure' : ''}`}
          data-kind={mark.kind}
          data-target-unit={mark.unit}
          style={{ top: `${mark.top * 100}%`, height: `${mark.height * 100}%` }}
          aria-label={markLabel(mark)}
          title={markLabel(mark)}
          tabIndex={i === active ? 0 : -1}
          onClick={() => onJump(mark.unit)}
        />
      ))}
    </div>
  );
}
