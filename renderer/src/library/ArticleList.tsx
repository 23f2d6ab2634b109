// The event's articles with their versions, as one run of rows: an article's
// heading, then a row per version. Only the rows in view are in the page, so
// an event of a thousand captures opens as one of ten does; a short list is
// rendered whole, so the page's find and assistive technology see all of it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ArticleSummary, EventSummary, VersionSummary } from '../../../main/core/model';
import { allStateTimes } from '../../../main/core/versionOrder';
import { formatTime, plural, shortHash } from '../shared/format';

type Row =
  | { kind: 'article'; article: ArticleSummary }
  /** `stated`: the article's versions are read by the times they state (core/versionOrder), so that is the time shown. */
  | { kind: 'version'; article: ArticleSummary; version: VersionSummary; number: number; stated: boolean };

/** Lists up to this many rows are rendered whole. */
const WHOLE_UP_TO = 200;

function articleRows(articles: readonly ArticleSummary[]): Row[] {
  return articles.flatMap((article): Row[] => {
    const stated = allStateTimes(article.versions);
    return [{ kind: 'article', article }, ...article.versions.map((version, i): Row => ({ kind: 'version', article, version, number: i + 1, stated }))];
  });
}

export function ArticleList(props: {
  articles: ArticleSummary[];
  selectedVersionId: number | null;
  onSelectVersion(id: number): void;
  onCompare(articleId: number): void;
  /** Compares an article's latest version with another article's, when the event has more than one. */
  onCompareAcross?(articleId: number): void;
  /** The events an article can move to or be filed in, and what to do when the researcher rearranges one. */
  arrange?: { eventId: number; events: readonly EventSummary[]; act(article: ArticleSummary, step: ArrangeStep): void };
}) {
  const { articles, selectedVersionId, onSelectVersion, onCompare, arrange } = props;
  const onCompareAcross = articles.length > 1 ? props.onCompareAcross : undefined;
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => articleRows(articles), [articles]);
  // The virtualizer hands back fresh functions each render by design; this component renders plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]!.kind === 'article' ? 72 : 30),
    overscan: rows.length <= WHOLE_UP_TO ? rows.length : 12,
    // the pane's heading scrolls with the rows, above them
    scrollMargin: list.current?.offsetTop ?? 0,
  });
  const selectedRow = rows.findIndex((r) => r.kind === 'version' && r.version.id === selectedVersionId);

  // the selected version is kept in view, however it was chosen (a click, the keys, a search result)
  useEffect(() => {
    if (selectedRow >= 0) virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedRow, virtualizer]);

  /** Up and down arrows move between versions, across articles; focus follows once the row is in the page. */
  const moveSelection = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    let at = selectedRow >= 0 ? selectedRow + step : 0;
    while (rows[at] && rows[at]!.kind !== 'version') at += step;
    const next = rows[at];
    if (!next || next.kind !== 'version') return;
    e.preventDefault();
    onSelectVersion(next.version.id);
    virtualizer.scrollToIndex(at, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLButtonElement>(`button[data-version="${next.version.id}"]`)?.focus());
  };

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const padTop = items.length ? items[0]!.start - margin : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;

  return (
    <section className="articles" aria-label="Articles" onKeyDown={moveSelection} ref={scroller}>
      <div className="pane-heading">
        <h2>Articles</h2>
        <span className="meta">
          {plural(articles.length, 'article')} · {plural(rows.length - articles.length, 'version')}
        </span>
      </div>
      <ul className="article-rows" ref={list}>
        {padTop > 0 && <li aria-hidden="true" style={{ height: padTop }} />}
        {items.map((item) => {
          const row = rows[item.index]!;
          return row.kind === 'article' ? (
            <li key={`a${row.article.id}`} className="article" data-index={item.index} ref={virtualizer.measureElement}>
              <ArticleHeading article={row.article} articles={articles} onCompare={onCompare} onCompareAcross={onCompareAcross} arrange={arrange} />
            </li>
          ) : (
            <li key={`v${row.version.id}`} className="version-row" data-index={item.index} ref={virtualizer.measureElement}>
              <VersionButton row={row} selected={row.version.id === selectedVersionId} onSelect={onSelectVersion} />
            </li>
          );
        })}
        {padBottom > 0 && <li aria-hidden="true" style={{ height: padBottom }} />}
      </ul>
    </section>
  );
}

/** What the researcher can do to an article from its heading. */
export type ArrangeStep = { kind: 'move' | 'file'; eventId: number } | { kind: 'merge'; into: ArticleSummary } | { kind: 'unfile' };

function stepOf(value: string, articles: readonly ArticleSummary[]): ArrangeStep | null {
  const [kind, id] = value.split(':');
  if (kind === 'unfile') return { kind };
  if (kind === 'move' || kind === 'file') return { kind, eventId: Number(id) };
  const into = articles.find((a) => a.id === Number(id));
  return kind === 'merge' && into ? { kind, into } : null;
}

function ArticleHeading(props: {
  article: ArticleSummary;
  articles: readonly ArticleSummary[];
  onCompare(articleId: number): void;
  onCompareAcross?: ((articleId: number) => void) | undefined;
  arrange?: Parameters<typeof ArticleList>[0]['arrange'];
}) {
  const { article, arrange, onCompare, onCompareAcross } = props;
  const others = arrange?.events.filter((e) => e.id !== arrange.eventId && e.id !== article.eventId) ?? [];
  const mergeable = props.articles.filter((a) => a.id !== article.id);
  const filedHere = arrange !== undefined && article.eventId !== arrange.eventId;
  const home = filedHere ? arrange.events.find((e) => e.id === article.eventId)?.name : undefined;
  return (
    <>
      <h3>{article.title}</h3>
      <div className="article-meta">
        <p className="meta">
          {article.outlet ?? 'Outlet not named'} · {plural(article.versions.length, 'version')}
          {filedHere && <> · filed here from “{home ?? 'another event'}”</>}
        </p>
        {article.versions.length > 1 && (
          <button
            type="button"
            className="small quiet"
            data-compare={article.id}
            aria-label={`Compare versions of ${article.title}`}
            onClick={() => onCompare(article.id)}
          >
            Compare versions
          </button>
        )}
        {onCompareAcross && article.versions.length > 0 && (
          <button
            type="button"
            className="small quiet"
            data-compare-across={article.id}
            aria-label={`Compare ${article.title} with another article`}
            title="Compare with another article of this event"
            onClick={() => onCompareAcross(article.id)}
          >
            Compare with…
          </button>
        )}
        {arrange && (others.length > 0 || mergeable.length > 0 || filedHere) && (
          <select
            className="small quiet article-move"
            aria-label={`Rearrange ${article.title}`}
            value=""
            onChange={(e) => {
              const step = stepOf(e.target.value, props.articles);
              if (step) arrange.act(article, step);
            }}
          >
            <option value="">Rearrange…</option>
            {others.length > 0 && (
              <optgroup label="Move to event">
                {others.map((e) => (
                  <option key={e.id} value={`move:${e.id}`}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            )}
            {others.length > 0 && (
              <optgroup label="Also file in event">
                {others.map((e) => (
                  <option key={e.id} value={`file:${e.id}`}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            )}
            {mergeable.length > 0 && (
              <optgroup label="Merge into article">
                {mergeable.map((a) => (
                  <option key={a.id} value={`merge:${a.id}`}>
                    {a.outlet ? `${a.outlet}: ` : ''}
                    {a.title}
                  </option>
                ))}
              </optgroup>
            )}
            {filedHere && <option value="unfile">Remove from this event</option>}
          </select>
        )}
      </div>
    </>
  );
}

function VersionButton({ row, selected, onSelect }: { row: Extract<Row, { kind: 'version' }>; selected: boolean; onSelect(id: number): void }) {
  const { article, version, number, stated } = row;
  const statedAt = version.updatedAt ?? version.publishedAt;
  return (
    <button
      type="button"
      data-version={version.id}
      className={selected ? 'version selected' : 'version'}
      aria-current={selected ? 'true' : undefined}
      // the article's title is read with the version, since its heading may be scrolled out of the page
      aria-description={`version ${number} of ${article.versions.length} of ${article.title}`}
      onClick={() => onSelect(version.id)}
    >
      <span className="version-number">v{number}</span>
      {stated && statedAt ? (
        <span className="version-time" title={`${version.updatedAt ? 'updated' : 'published'} as the version states; captured ${formatTime(version.capturedAt)}`}>
          {formatTime(statedAt)}
        </span>
      ) : (
        <span className="version-time" title="captured">
          {formatTime(version.capturedAt)}
        </span>
      )}
      <span className="badge">{version.format}</span>
      <code className="hash" title={`SHA-256 ${version.sha256}`}>
        {shortHash(version.sha256)}
      </code>
    </button>
  );
}
