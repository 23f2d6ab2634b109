// The event's figures as a table: one row per figure, one column per article
// in capture order, each cell that article's values version by version. Rows
// are virtualised (only those in view are in the page), so a thousand figures
// scroll as ten do; the selected row is kept in view as it moves.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { EventFigure, FigureMember } from '../../../main/core/model';
import { formatNumber, formatSource } from '../reader/claimFormat';
import { cellValues, formatRange, memberKey, type ArticleColumn } from './figureFormat';
import { formatTime } from '../shared/format';
import { FigureBadges } from './FigureBadges';

/** Column widths in CSS pixels: the figure's label, its range, and the least an article's column narrows to. */
const LABEL_WIDTH = 190;
const RANGE_WIDTH = 64;
const MIN_ARTICLE_WIDTH = 74;

export function FiguresTable(props: {
  rows: EventFigure[];
  columns: ArticleColumn[];
  selected: EventFigure | undefined;
  chosen: FigureMember | null;
  onSelect(figure: EventFigure): void;
  onChoose(figure: EventFigure, member: FigureMember): void;
}) {
  const { rows, columns, selected, chosen, onSelect, onChoose } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh functions each render by design; this component is small so it renders plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  });
  const selectedIndex = selected ? rows.indexOf(selected) : -1;

  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // keyboard focus follows the selected row once it is in the page
    const frame = requestAnimationFrame(() => {
      const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${selectedIndex}"]`);
      const active = document.activeElement;
      if (row && (active === document.body || active?.closest('.figures-screen') === active || scroller.current?.contains(active))) row.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const span = columns.length + 2;

  return (
        <div className="figures-scroll" ref={scroller} data-testid="figures-scroll">
          {/* fixed columns sharing the pane's width: ten articles fit beside the figure at 1440 wide; only many more scroll sideways */}
          <table className="figures-table" data-testid="figures-table" aria-rowcount={rows.length + 1} style={{ minWidth: LABEL_WIDTH + RANGE_WIDTH + columns.length * MIN_ARTICLE_WIDTH }}>
            <colgroup>
              <col style={{ width: LABEL_WIDTH }} />
              <col style={{ width: RANGE_WIDTH }} />
              {columns.map((c) => (
                <col key={c.articleId} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="fig-label-col">
                  Figure
                </th>
                <th scope="col">Range</th>
                {columns.map((c) => (
                  <th scope="col" key={c.articleId} className="fig-article-col" data-article={c.articleId}>
                    <span className="fig-article-title" title={c.title}>
                      {c.title}
                    </span>
                    <span className="meta" title={`${c.outlet ?? 'Outlet not named'} · ${formatTime(c.firstCaptured)}`}>
                      {c.outlet ?? 'Outlet not named'} · {formatTime(c.firstCaptured)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={span} className="meta fig-none">
                    No figures match: try All, or clear the filter.
                  </td>
                </tr>
              )}
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={span} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {items.map((item) => {
                const f = rows[item.index]!;
                const isSelected = f === selected;
                return (
                  <tr
                    key={f.ref}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    aria-selected={isSelected}
                    data-status={f.status}
                    className={isSelected ? 'fig-row selected' : 'fig-row'}
                    tabIndex={isSelected || (selectedIndex < 0 && item.index === 0) ? 0 : -1}
                    onClick={() => {
                      if (!isSelected) onSelect(f);
                    }}
                  >
                    <th scope="row" className="fig-label">
                      <span className="fig-label-text">{f.label}</span>{' '}
                      <FigureBadges figure={f} />
                      <span className="meta fig-row-meta">
                        {f.independentSources} {f.independentSources === 1 ? 'source' : 'sources'}
                        {f.best && ` · best ${formatNumber(f.best.low)}${f.best.high !== f.best.low ? `–${formatNumber(f.best.high)}` : ''}`}
                        {f.notes.length > 0 && ` · ${f.notes.length} ${f.notes.length === 1 ? 'note' : 'notes'}`}
                      </span>
                    </th>
                    <td className="fig-range" data-testid="fig-range">
                      {formatRange(f)}
                    </td>
                    {columns.map((c) => {
                      const mine = f.members.filter((m) => m.articleId === c.articleId);
                      const values = cellValues(mine);
                      const sources = [...new Set(mine.map((m) => formatSource(m.source)))];
                      return (
                        <td key={c.articleId} className="fig-cell" data-article={c.articleId}>
                          {values.length === 0 ? (
                            <span className="meta" aria-label="not given">
                              –
                            </span>
                          ) : (
                            <>
                              <span className="ft-values" data-testid="ft-values">
                                {values.map((version, j) => (
                                  <span key={version.versionId} className="fig-version">
                                    {j > 0 && <span className="ft-arrow"> → </span>}
                                    {version.values.map((v, k) => (
                                      <span key={memberKey(v.member)}>
                                        {k > 0 && ', '}
                                        <button
                                          type="button"
                                          tabIndex={-1}
                                          className={chosen === v.member ? 'fig-value selected' : 'fig-value'}
                                          aria-pressed={chosen === v.member}
                                          title={formatSource(v.member.source)}
                                          onClick={() => onChoose(f, v.member)}
                                        >
                                          {v.shown}
                                        </button>
                                      </span>
                                    ))}
                                  </span>
                                ))}
                              </span>
                              <span className="meta fig-cell-source">{sources.join('; ')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={span} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
  );
}
