import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../../main/core/model';
import { formatTime } from '../format';

/** A snippet's matched words in <mark>, built as text nodes: never as HTML. */
function Snippet(props: { text: string }) {
  const parts = props.text.split(SNIPPET_MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [hit = '', rest = ''] = part.split(SNIPPET_MARK_END);
        return (
          <span key={i}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

export function SearchResults(props: { query: string; hits: SearchHit[]; onOpen(hit: SearchHit): void; onClose(): void }) {
  return (
    <section className="search-results" aria-label="Search results">
      <div className="pane-heading">
        <h2>
          {props.hits.length === 0 ? 'No version mentions' : `${props.hits.length} versions mention`} “{props.query}”
        </h2>
        <button type="button" className="small quiet" onClick={props.onClose}>
          Close
        </button>
      </div>
      <ul>
        {props.hits.map((hit) => (
          <li key={hit.versionId}>
            <button type="button" className="hit" onClick={() => props.onOpen(hit)}>
              <strong>{hit.articleTitle}</strong>
              <span className="meta">captured {formatTime(hit.capturedAt)}</span>
              <span className="snippet">
                <Snippet text={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
