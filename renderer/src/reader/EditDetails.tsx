// The researcher's correction of who published a version and when: its
// headline, outlet, byline, address and publication time, for this version or
// for every version of its article. Each change is an audited edit over the
// capture (`metadata:edit`); Undo (through the history) puts back what was
// shown before, and "As captured" what the capture itself says.
import { useId, useState, type FormEvent } from 'react';
import type { HistoryRef } from '../../../main/core/history/historyModel';
import type { VersionDetail } from '../../../main/core/model';
import { METADATA_LABEL, type MetadataEdit, type MetadataField } from '../../../main/core/metadataEdit';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { newestEntry, undoFromHistory } from '../history/historyUndo';

type Values = Record<MetadataField, string>;

function shownValues(v: VersionDetail): Values {
  return { title: v.title ?? v.articleTitle, outlet: v.outlet ?? '', byline: v.byline ?? '', url: v.canonicalUrl ?? '', published: v.publishedAt ?? '' };
}

/** Whether the researcher set a field already (an edit to undo with null), by where the reader says it was read. */
function editedBefore(v: VersionDetail, field: MetadataField): boolean {
  const where = { title: null, outlet: v.statedIn.outlet, byline: v.statedIn.byline, url: v.statedIn.canonicalUrl, published: v.statedIn.publishedAt }[field];
  return where?.in === 'researcher';
}

const FIELDS: { field: MetadataField; label: string; placeholder: string }[] = [
  { field: 'title', label: 'Headline', placeholder: '' },
  { field: 'outlet', label: 'Outlet', placeholder: 'none named' },
  { field: 'byline', label: 'Byline', placeholder: 'none named' },
  { field: 'url', label: 'Address', placeholder: 'https://…' },
  { field: 'published', label: 'Published', placeholder: '2016-03-22 10:05 GMT, or 22 March 2016' },
];

export function EditDetails(props: { version: VersionDetail; onClose(): void }) {
  const { version } = props;
  const id = useId();
  const [scope, setScope] = useState<'article' | 'version'>('article');
  const [values, setValues] = useState<Values>(() => shownValues(version));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the history's entry for what was saved, for its Undo
  const [undo, setUndo] = useState<HistoryRef | null>(null);

  const target = (): MetadataEdit['target'] => (scope === 'article' ? { articleId: version.articleId } : { versionId: version.id });

  const apply = async (edits: MetadataEdit[]): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await write('metadata:edit', { edits });
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // undone through the history: each field back to what it was, the researcher's earlier value or the capture's
  const undoSaved = async (entry: HistoryRef): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await undoFromHistory(entry);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const before = shownValues(version);
    const changed = FIELDS.map((f) => f.field).filter((f) => values[f].trim() !== before[f]);
    if (changed.length === 0) return props.onClose();
    const edits = changed.map((field): MetadataEdit => ({ target: target(), field, value: values[field].trim() }));
    if (await apply(edits)) setUndo(await newestEntry());
  };

  const asCaptured = async (field: MetadataField): Promise<void> => {
    if (await apply([{ target: target(), field, value: null }])) setValues((v) => ({ ...v, [field]: '' }));
  };

  if (undo) {
    return (
      <p className="added-value" role="status" data-testid="details-saved">
        Saved for {scope === 'article' ? 'every version of the article' : 'this version'}.{' '}
        <button type="button" className="small quiet" disabled={busy} onClick={async () => (await undoSaved(undo)) && props.onClose()}>
          Undo
        </button>{' '}
        <button type="button" className="small quiet" onClick={props.onClose}>
          Done
        </button>
        {error && <span className="error"> {error}</span>}
      </p>
    );
  }

  return (
    <form className="edit-details" aria-label="Correct the details" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onClose())}>
      <fieldset className="edit-details-scope">
        <legend className="meta">Correct for</legend>
        {(['article', 'version'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-scope`} checked={scope === s} onChange={() => setScope(s)} />
            {s === 'article' ? 'Every version of the article' : 'This version only'}
          </label>
        ))}
      </fieldset>
      {FIELDS.map(({ field, label, placeholder }) => (
        <div key={field} className="edit-details-row">
          <label htmlFor={`${id}-${field}`}>{label}</label>
          <input id={`${id}-${field}`} value={values[field]} placeholder={placeholder} maxLength={300} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
          {editedBefore(version, field) && (
            <button type="button" className="small quiet" disabled={busy} title={`Put the ${METADATA_LABEL[field]} back to what the capture says`} onClick={() => void asCaptured(field)}>
              As captured
            </button>
          )}
        </div>
      ))}
      <div className="edit-details-actions">
        <button type="submit" className="small" disabled={busy}>
          Save
        </button>
        <button type="button" className="small quiet" onClick={props.onClose}>
          Cancel
        </button>
        <span className="meta">The capture itself never changes: each correction is kept in the library’s log.</span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
