// What the researcher's action names must be there now: a group key that some
// figure holds, claims that belong to the figure split, claims that are in a
// figure at all. Checked against the figures as they stand before the action
// is stored, so a stale screen cannot store a figure of nothing.
import type { EventFigure, FigureAction } from '../model';
import { findFigure, spanKeyOf } from './eventFigures';

/** One line saying what is wrong, or null when the action can be stored. */
export function checkFigureAction(figures: readonly EventFigure[], action: FigureAction): string | null {
  // a stored figure's ref may name one merged away or emptied: the library resolves those
  const refs = (() => {
    switch (action.kind) {
      case 'rename':
      case 'best':
      case 'split':
        return [action.figure];
      case 'move':
        return action.to === null ? [] : [action.to];
      case 'merge':
        return [...action.figures, action.into];
      case 'note':
        return action.figure === null ? [] : [action.figure];
      default:
        return [];
    }
  })();
  for (const ref of refs) if (ref.startsWith('key:') && !findFigure(figures, ref)) return `no figure groups “${ref.slice(4)}” now: reload the figures`;

  const members = new Set(figures.flatMap((f) => f.members.map((m) => spanKeyOf(m))));
  const claims = action.kind === 'move' || action.kind === 'split' ? action.claims : action.kind === 'note' && action.claim ? [action.claim] : [];
  for (const c of claims) if (!members.has(spanKeyOf(c))) return `no claim at ${c.start}–${c.end} of version ${c.versionId} is in a figure of this event`;

  if (action.kind === 'split') {
    const from = findFigure(figures, action.figure);
    const own = new Set(from?.members.map((m) => spanKeyOf(m)) ?? []);
    if (from && action.claims.some((c) => !own.has(spanKeyOf(c)))) return `only claims of “${from.label}” can be split off it`;
  }
  return null;
}
