import { useState } from 'react';
import { archiveCountsText } from '../../../main/core/archive/archiveRecords';
import { formatMegabytes } from '../../../main/core/capture/captureError';
import type { ImportState } from './useImport';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { undoFromHistory } from '../history/historyUndo';
import { plural } from '../shared/format';

/** Progress while an import runs, then what happened to every input. */
export function ImportStatus(props: { state: ImportState; onStop(): void; onDismiss(): void }) {
  const { state } = props;
  if (!state.running && !state.report && !state.error) return null;
  const report = state.report;
  const fresh = report?.imported.filter((i) => !i.duplicate).length ?? 0;
  const duplicates = (report?.imported.length ?? 0) - fresh;
  return (
    <section className="import-status" aria-label="Import" role="status" aria-live="polite">
      {state.running ? (
        <>
          <div className="row">
            <strong>
              Importing {Math.min(state.done + 1, state.total)} of {state.total}
            </strong>
            {state.waiting ? (
              <span className="meta current">waiting for another Tally process to finish writing to the library…</span>
            ) : (
              state.current && <span className="meta current">{state.current}</span>
            )}
            <button type="button" className="small quiet" onClick={props.onStop} disabled={state.stopping === true}>
              {state.stopping ? 'Stopping…' : 'Stop import'}
            </button>
          </div>
          {state.archive && (
            <p className="meta" data-testid="import-archive-progress">
              {archiveCountsText(state.archive)}
              {state.archive.bytes ? (
                <>
                  {' '}
                  · {Math.floor(((state.archive.bytesRead ?? 0) / state.archive.bytes) * 100)} % of {formatMegabytes(state.archive.bytes)} read
                </>
              ) : null}
            </p>
          )}
          {/* one archive alone moves the bar as its bytes are read; otherwise the bar counts inputs */}
          {state.total <= 1 && state.archive?.bytes ? (
            <progress max={state.archive.bytes} value={state.archive.bytesRead ?? 0} aria-label="Import progress" />
          ) : (
            <progress max={Math.max(state.total, 1)} value={state.done} aria-label="Import progress" />
          )}
        </>
      ) : (
        <>
          <div className="row">
            <strong data-testid="import-summary">
              {plural(fresh, 'new version')} · {duplicates} already in the library · {report?.failed.length ?? 0} failed
              {report?.skipped.length ? ` · ${report.skipped.length} skipped` : ''}
            </strong>
            <button type="button" className="small quiet" onClick={props.onDismiss} aria-label="Dismiss import report">
              Dismiss
            </button>
          </div>
          {report?.stopped && (
            <p className="meta" data-testid="import-stopped">
              Stopped: what was imported before you stopped stays in the library;{' '}
              {report.stopped.notRead === 1 ? '1 input was' : `${report.stopped.notRead} inputs were`} not read to the end. Import{' '}
              {report.stopped.notRead === 1 ? 'it' : 'them'} again to go on: what is already here is recognised.
            </p>
          )}
          {state.error && <p className="error" role="alert">{state.error}</p>}
          {report?.archives && report.archives.length > 0 && (
            <ul className="archives" aria-label="Web archives read">
              {report.archives.map((a, i) => (
                <li key={`${a.path}-${i}`}>
                  <span className="path">{a.path}</span>: {archiveCountsText(a)}
                </li>
              ))}
            </ul>
          )}
          {report && report.failed.length > 0 && (
            <ul className="failures" aria-label="Failed imports">
              {report.failed.map((f, i) => (
                <li key={`${f.path}-${i}`}>
                  <span className="path">{f.path}</span>: {f.error}
                </li>
              ))}
            </ul>
          )}
          {report && report.imported.some((i) => i.joinedBy) && (
            <ul className="joined" aria-label="Joined as revisions">
              {report.imported
                .filter((i) => i.joinedBy)
                .map((i) => (
                  <li key={i.versionId}>
                    <span className="path">{i.path}</span>: a new version of an article already here, the same story by its {i.joinedBy}{' '}
                    <KeepApart versionId={i.versionId} />
                  </li>
                ))}
            </ul>
          )}
          {report && report.skipped.length > 0 && (
            <details>
              <summary>{plural(report.skipped.length, 'file')} passed over</summary>
              <ul>
                {report.skipped.map((s, i) => (
                  <li key={`${s.path}-${i}`}>
                    <span className="path">{s.path}</span>: {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** Undoes the import's join of one capture: the capture becomes an article of its own (and Undo joins it again). */
function KeepApart({ versionId }: { versionId: number }) {
  const [state, setState] = useState<{ actionId: number } | { error: string } | 'busy' | null>(null);
  const split = (): void => {
    setState('busy');
    write('articles:split', { versionId }).then(
      ({ actionId }) => setState({ actionId }),
      (e: unknown) => setState({ error: errorText(e) }),
    );
  };
  const rejoin = (actionId: number): void => {
    setState('busy');
    undoFromHistory({ log: 'library', id: actionId }).then(
      () => setState(null),
      (e: unknown) => setState({ error: errorText(e) }),
    );
  };
  if (state !== null && typeof state === 'object' && 'actionId' in state) {
    return (
      <>
        — kept apart, as an article of its own.{' '}
        <button type="button" className="small quiet" onClick={() => rejoin(state.actionId)}>
          Undo
        </button>
      </>
    );
  }
  return (
    <>
      <button type="button" className="small quiet" disabled={state === 'busy'} onClick={split}>
        Keep apart
      </button>
      {state !== null && typeof state === 'object' && <span className="error"> {state.error}</span>}
    </>
  );
}
