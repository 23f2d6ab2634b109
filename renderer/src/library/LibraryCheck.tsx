// "Check library" in the status bar: SQLite's full integrity check and every
// stored version's bytes hashed again, in the library worker, with the answer
// beside the button (sound, or what is wrong and what to do).
import { useState } from 'react';
import type { LibraryCheckReport } from '../../../main/core/model';
import { errorText } from '../data/api';
import { perform } from '../data/library';
import { plural } from '../shared/format';

type State = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; report: LibraryCheckReport } | { kind: 'failed'; message: string };

function sound(report: LibraryCheckReport): boolean {
  return report.problems.length === 0 && report.badVersions.length === 0;
}

export function LibraryCheck() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (): Promise<void> => {
    setState({ kind: 'checking' });
    try {
      setState({ kind: 'done', report: await perform('library:check') });
    } catch (e) {
      setState({ kind: 'failed', message: errorText(e) });
    }
  };
  return (
    <span className="library-check">
      <button type="button" className="small quiet" disabled={state.kind === 'checking'} onClick={() => void run()}>
        {state.kind === 'checking' ? 'Checking…' : 'Check library'}
      </button>
      {state.kind === 'done' && sound(state.report) && (
        <span role="status"> Sound: {plural(state.report.versions, 'version')}, each matching its SHA-256.</span>
      )}
      {state.kind === 'done' && !sound(state.report) && (
        <span role="alert" className="library-check-problems">
          {' '}
          Damaged: {[...state.report.problems, ...state.report.badVersions.map((b) => `version ${b.id}: ${b.problem}`)].join('; ')}. Salvage it
          with <code>tally recover --out NEW_FILE</code>, or restore a backup with <code>tally restore BACKUP</code>.
        </span>
      )}
      {state.kind === 'failed' && (
        <span role="alert" className="library-check-problems">
          {' '}
          The check could not run: {state.message}
        </span>
      )}
    </span>
  );
}
