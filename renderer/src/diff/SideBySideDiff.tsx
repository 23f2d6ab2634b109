import type { VersionDiff } from '../../../main/core/model';
import { isHiddenMinor, opensParagraph, sideRows, sideSegments, type Side } from './diffLayout';
import { DiffSegments, unitBadge, type FigureMarks } from './DiffSegments';

/**
 * The earlier text on the left, the later on the right, row by row so that
 * each sentence stands beside its counterpart. Kept, changed and moved
 * sentences take a row each; a run of removed and added sentences is set out
 * in parallel, the removed ones left and the added ones right.
 */
export function SideBySideDiff(props: {
  diff: VersionDiff;
  showMinor: boolean;
  current: number | null;
  figures: FigureMarks;
  labels: { before: string; after: string };
}) {
  const { diff, showMinor, current, figures } = props;
  const { before: textBefore, after: textAfter } = diff.texts;
  const opens = (i: number | null): boolean => {
    const u = i === null ? undefined : diff.units[i];
    if (!u) return false;
    return u.after ? opensParagraph(textAfter, u.after.start) : u.before ? opensParagraph(textBefore, u.before.start) : false;
  };

  /** One side of one unit; the unit's marks go on the cell when the row holds two units. */
  const cell = (side: Side, i: number | null, own: boolean) => {
    const unit = i === null ? undefined : diff.units[i];
    const segments = unit ? sideSegments(diff, unit, showMinor)[side] : [];
    if (!unit || i === null || !segments.length) return <div className={`cell ${side} blank`} />;
    const hidden = isHiddenMinor(unit, showMinor);
    const badge = unitBadge(unit, textBefore, hidden, side);
    const content = <DiffSegments segments={segments} figures={figures} />;
    if (!own)
      return (
        <div className={`cell ${side}`} data-badge={badge ?? undefined}>
          {content}
        </div>
      );
    const kind = hidden ? 'same' : unit.kind;
    return (
      <div className={`cell ${side} ${kind}${i === current ? ' current' : ''}`} data-unit={i} data-kind={kind} data-badge={badge ?? undefined}>
        {content}
      </div>
    );
  };

  return (
    <div className={diff.summary.rewrite ? 'diff-columns rewrite' : 'diff-columns'} data-testid="diff-side-by-side">
      <div className="diff-row diff-head" aria-hidden="true">
        <div className="cell">{props.labels.before}</div>
        <div className="cell">{props.labels.after}</div>
      </div>
      {sideRows(diff.units).map((row, r) => {
        if ('unit' in row) {
          const unit = diff.units[row.unit]!;
          const hidden = isHiddenMinor(unit, showMinor);
          const kind = hidden ? 'same' : unit.kind;
          const classes = ['diff-row', kind, unit.minor && !hidden ? 'minor' : '', r > 0 && opens(row.unit) ? 'para' : '', row.unit === current ? 'current' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <div key={`u${row.unit}`} className={classes} data-unit={row.unit} data-kind={kind}>
              {cell('before', row.unit, false)}
              {cell('after', row.unit, false)}
            </div>
          );
        }
        const para = r > 0 && (opens(row.before) || opens(row.after));
        return (
          <div key={`p${row.before ?? ''}:${row.after ?? ''}`} className={para ? 'diff-row pair para' : 'diff-row pair'}>
            {cell('before', row.before, true)}
            {cell('after', row.after, true)}
          </div>
        );
      })}
    </div>
  );
}
