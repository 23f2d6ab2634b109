import type { KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../main/core/model';
import { formatTime, plural, shortHash } from '../format';

/** Up and down arrows move between versions, across articles. */
function moveFocus(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-version]'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
    next.click();
  }
}

export function ArticleList(props: {
  articles: ArticleSummary[];
  selectedVersionId: number | null;
  onSelectVersion(id: number): void;
  onCompare(articleId: number): void;
}) {
  return (
    <section className="articles" aria-label="Articles" onKeyDown={moveFocus}>
      <div className="pane-heading">
        <h2>Articles</h2>
        <span className="meta">{plural(props.articles.length, 'article')}</span>
      </div>
      <ul>
        {props.articles.map((a) => (
          <li key={a.id} className="article">
            <h3>{a.title}</h3>
            <div className="article-meta">
              <p className="meta">
                {a.outlet ?? 'Outlet not named'} · {plural(a.versions.length, 'version')}
              </p>
              {a.versions.length > 1 && (
                <button
                  type="button"
                  className="small quiet"
                  data-compare={a.id}
                  aria-label={`Compare versions of ${a.title}`}
                  onClick={() => props.onCompare(a.id)}
                >
                  Compare versions
                </button>
              )}
            </div>
            <ol className="versions" aria-label={`Versions of ${a.title}`}>
              {a.versions.map((v, i) => (
                <li key={v.id}>
                  <button
                    type="button"
                    data-version={v.id}
                    className={v.id === props.selectedVersionId ? 'version selected' : 'version'}
                    aria-current={v.id === props.selectedVersionId ? 'true' : undefined}
                    onClick={() => props.onSelectVersion(v.id)}
                  >
                    <span className="version-number">v{i + 1}</span>
                    <span className="version-time">{formatTime(v.capturedAt)}</span>
                    <span className="badge">{v.format}</span>
                    <code className="hash" title={`SHA-256 ${v.sha256}`}>
                      {shortHash(v.sha256)}
                    </code>
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
