// The sources that said they had no figure ("did not name any casualties"),
// above the table: a discrepancy's other side. Folded to one line; unfolded,
// each statement with its sentence and where it was captured.
import { useRead } from '../data/library';
import { formatSource } from '../reader/claimFormat';
import { formatTime } from '../shared/format';

/** The sentence with the statement's words marked; text nodes only. */
function Marked(props: { sentence: string; words: string }) {
  const at = props.words ? props.sentence.indexOf(props.words) : -1;
  if (at < 0) return <>{props.sentence || props.words}</>;
  return (
    <>
      {props.sentence.slice(0, at)}
      <mark>{props.words}</mark>
      {props.sentence.slice(at + props.words.length)}
    </>
  );
}

export function NoFigureStatements(props: { eventId: number }) {
  // a failure here costs only this line: the figures still stand
  const list = useRead('events:noFigures', { eventId: props.eventId }).data ?? [];
  if (list.length === 0) return null;
  const sources = [...new Set(list.map((s) => formatSource(s.source)))];
  return (
    <details className="no-figures" data-testid="no-figures">
      <summary>
        <strong>No figure given</strong> by {sources.join('; ')}{' '}
        <span className="meta">
          ({list.length} {list.length === 1 ? 'statement' : 'statements'})
        </span>
      </summary>
      <ul>
        {list.map((s) => (
          <li key={`${s.versionId}:${s.claimId}`}>
            <span className="no-figure-source">{formatSource(s.source)}</span>: <Marked sentence={s.sentence} words={s.text} />{' '}
            <span className="meta">
              {s.outlet ?? 'Outlet not named'} · {s.articleTitle} · {formatTime(s.capturedAt)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
