// What one search of the library found, in three groups: versions (their
// text), claims (their figures, sources and what they count) and the
// researcher's notes. Each group shows its first few hits and the rest on
// request, so all three stay in view.
import { useState, type ReactNode } from 'react';
import {
  SEARCH_LIMIT,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type ClaimSearchHit,
  type LibrarySearchResult,
  type NoteSearchHit,
  type OriginKind,
  type SearchHit,
} from '../../../main/core/model';
import { formatTime } from '../shared/format';

/** How many hits of each group show before "Show all". */
const FIRST_HITS = 5;

/** A snippet's matched words in <mark>, built as text nodes: never as HTML. */
function Snippet(props: { text: string }) {
  const parts = props.text.split(SNIPPET_MARK_START);
  return (
    <span className="snippet">
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
    </span>
  );
}

/** Which capture a hit is in: its file's name, so two versions with one title read apart. */
function captured(hit: { capturedAt: string; origin: string; originKind: OriginKind }): string {
  const from = hit.originKind === 'paste' ? 'pasted text' : (hit.origin.split(/[\\/]/).pop() ?? hit.origin);
  return `captured ${formatTime(hit.capturedAt)} · ${from}`;
}

/** A count that says when the search stopped at its limit. */
const countOf = (n: number): string => (n >= SEARCH_LIMIT ? `${SEARCH_LIMIT}+` : String(n));

function HitGroup<Hit>(props: {
  title: string;
  hits: Hit[];
  none: string;
  keyOf(hit: Hit): number;
  render(hit: Hit): ReactNode;
  onOpen(hit: Hit): void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? props.hits : props.hits.slice(0, FIRST_HITS);
  const id = `search-group-${props.title.toLowerCase()}`;
  return (
    <section className="hit-group" aria-labelledby={id}>
      <h3 id={id}>
        {props.title} <span className="count" data-testid="hit-count">{countOf(props.hits.length)}</span>
      </h3>
      {props.hits.length === 0 ? (
        <p className="meta none">{props.none}</p>
      ) : (
        <ul>
          {shown.map((hit) => (
            <li key={props.keyOf(hit)}>
              <button type="button" className="hit" onClick={() => props.onOpen(hit)}>
                {props.render(hit)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.hits.length > FIRST_HITS && (
        <button type="button" className="small quiet show-all" onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${countOf(props.hits.length)} ${props.title.toLowerCase()}`}
        </button>
      )}
    </section>
  );
}

function noteTitle(hit: NoteSearchHit): string {
  if (hit.versionId !== null) return hit.articleTitle ? `Note on a claim in “${hit.articleTitle}”` : 'Note on a claim';
  return hit.figureLabel ? `Note on “${hit.figureLabel}”` : 'Note on a figure';
}

export function SearchResults(props: {
  query: string;
  result: LibrarySearchResult;
  /** Opens a version (a version hit, or the version a claim hit is in) in the reader. */
  onOpenVersion(hit: { eventId: number; versionId: number }): void;
  /** Opens the figures of the note's event. */
  onOpenNote(hit: NoteSearchHit): void;
  onClose(): void;
}) {
  const { versions, claims, notes } = props.result;
  const nothing = versions.length + claims.length + notes.length === 0;
  return (
    <section className="search-results" aria-label="Search results">
      <div className="pane-heading">
        <h2>Results for “{props.query.trim()}”</h2>
        <button type="button" className="small quiet" onClick={props.onClose}>
          Close
        </button>
      </div>
      {nothing ? (
        <div className="search-empty" role="status">
          <p>Nothing in the library matches “{props.query.trim()}”.</p>
          <p className="meta">
            Every word must match. Versions are searched by their text, claims by their figure (22, 1,200), source or what they
            count, notes by their text.
          </p>
        </div>
      ) : (
        <>
          <HitGroup<SearchHit>
            title="Versions"
            hits={versions}
            none="No version’s text matches."
            keyOf={(hit) => hit.versionId}
            onOpen={props.onOpenVersion}
            render={(hit) => (
              <>
                <strong>{hit.articleTitle}</strong>
                <span className="meta">{captured(hit)}</span>
                <Snippet text={hit.snippet} />
              </>
            )}
          />
          <HitGroup<ClaimSearchHit>
            title="Claims"
            hits={claims}
            none="No claim’s figure, source or subject matches."
            keyOf={(hit) => hit.claimId}
            onOpen={props.onOpenVersion}
            render={(hit) => (
              <>
                <strong>{hit.articleTitle}</strong>
                <span className="meta">{hit.source ? `per ${hit.source}` : 'no source named'}</span>
                <span className="meta">{captured(hit)}</span>
                <Snippet text={hit.snippet} />
              </>
            )}
          />
          <HitGroup<NoteSearchHit>
            title="Notes"
            hits={notes}
            none="No note matches."
            keyOf={(hit) => hit.noteId}
            onOpen={props.onOpenNote}
            render={(hit) => (
              <>
                <strong>{noteTitle(hit)}</strong>
                <span className="meta">
                  {hit.eventName} · updated {formatTime(hit.updatedAt)}
                </span>
                <Snippet text={hit.snippet} />
              </>
            )}
          />
        </>
      )}
    </section>
  );
}
