import type { DiffUnit, FigureChange } from '../../../main/core/model';
import { paragraphAt, piecesOf, type FigureSpans, type Segment, type Side } from './diffLayout';

export interface FigureMarks {
  changes: FigureChange[];
  spans: FigureSpans;
  selected: number | null;
  onSelect(index: number): void;
}

/**
 * A run of one side's text, with changed figures marked and inserted or
 * deleted words wrapped. Text stays text: React puts it in text nodes.
 */
export function DiffSegments(props: { segments: Segment[]; figures: FigureMarks }) {
  const { segments, figures } = props;
  return segments.map((seg, i) => {
    const pieces = piecesOf(seg, figures.spans[seg.side]).map((p) => {
      if (p.figure === null) return p.text;
      const change = figures.changes[p.figure];
      const classes = ['fig-mark', change?.kind ?? '', p.figure === figures.selected ? 'selected' : ''].filter(Boolean).join(' ');
      const figure = p.figure;
      return (
        <mark key={p.key} className={classes} data-figure={figure} data-side={seg.side} onClick={() => figures.onSelect(figure)}>
          {p.text}
        </mark>
      );
    });
    const key = `${seg.side}${seg.start ?? `x${i}`}`;
    if (seg.mark === 'ins')
      return (
        <ins key={key} className="word-ins">
          {pieces}
        </ins>
      );
    if (seg.mark === 'del')
      return (
        <del key={key} className="word-del">
          {pieces}
        </del>
      );
    return <span key={key}>{pieces}</span>;
  });
}

/** What a unit's badge says: "added", "removed", "moved from ¶ 7" (the paragraph it stood in before). */
export function unitBadge(unit: DiffUnit, textBefore: string, hiddenMinor: boolean, side: Side | 'inline'): string | null {
  switch (unit.kind) {
    case 'added':
      return side === 'before' ? null : 'added';
    case 'removed':
      return side === 'after' ? null : 'removed';
    case 'moved':
      return unit.before && side !== 'before' ? `moved from ¶\u00a0${paragraphAt(textBefore, unit.before.start)}` : 'moved';
    case 'changed':
      return unit.minor && !hiddenMinor ? 'minor' : null;
    case 'same':
      return null;
  }
}
