// A version's place in its article, and the way out of it: the import may have
// joined a capture to an article by its wording, credits or article id, and the
// researcher who judges otherwise splits it into an article of its own, in one
// step, undone in one step.
import { useState } from 'react';
import type { VersionDetail } from '../../../main/core/model';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { undoFromHistory } from '../history/historyUndo';
import { UndoNote } from '../shared/UndoNote';
import { plural } from '../shared/format';

export function SplitVersion({ version }: { version: VersionDetail }) {
  const [split, setSplit] = useState<{ versionId: number; actionId: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = split?.versionId === version.id ? split : null;

  const doSplit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { actionId } = await write('articles:split', { versionId: version.id });
      setSplit({ versionId: version.id, actionId });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (shown) {
    return (
      <UndoNote
        text="Split into an article of its own."
        onUndo={() => undoFromHistory({ log: 'library', id: shown.actionId })}
        onDismiss={() => setSplit(null)}
      />
    );
  }
  return (
    <>
      {version.joinedBy ? (
        <span>Joined to “{version.articleTitle}” at import: the same story by its {version.joinedBy}. </span>
      ) : (
        <span>
          {version.articleVersionCount > 1 ? `One of ${plural(version.articleVersionCount, 'version')} of` : 'The only version of'} “{version.articleTitle}”.{' '}
        </span>
      )}
      {version.articleVersionCount > 1 && (
        <button type="button" className="small quiet" disabled={busy} onClick={() => void doSplit()}>
          {version.joinedBy ? 'Keep apart' : 'Split into its own article'}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
