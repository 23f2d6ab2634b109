// A value a source gave that the extraction missed, added by the researcher
// to this figure: the version it is in, its words as the text has them (they
// locate it, and quote it), the amount, who gave it and what it counts. The
// engine stores it as the researcher's own claim, audited; Undo rejects it.
import { useId, useState, type FormEvent } from 'react';
import type { ArticleSummary, ClaimRecord, EventFigure } from '../../../main/core/model';
import { ApiError, call } from '../api';
import { formatTime } from '../format';

function messageOf(e: unknown): string {
  return e instanceof ApiError || e instanceof Error ? e.message : String(e);
}

/** A number as typed ("1,200", "3.5"), or null when the field is blank; undefined when it is not a number. */
function numberOf(typed: string): number | null | undefined {
  const t = typed.trim().replace(/,/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function AddMissedValue(props: { figure: EventFigure; articles: ArticleSummary[]; onChanged(): void }) {
  const { figure, articles } = props;
  const id = useId();
  const versions = articles.flatMap((a) => a.versions.map((v, i) => ({ id: v.id, name: `${a.title} — v${i + 1}, ${formatTime(v.capturedAt)}` })));
  const [versionId, setVersionId] = useState<number | null>(figure.members.at(-1)?.versionId ?? versions[0]?.id ?? null);
  const [words, setWords] = useState('');
  const [amount, setAmount] = useState({ value: '', low: '', high: '' });
  const [approx, setApprox] = useState(false);
  const [source, setSource] = useState('');
  const [subject, setSubject] = useState(figure.label);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ claim: ClaimRecord; words: string } | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const [value, low, high] = [numberOf(amount.value), numberOf(amount.low), numberOf(amount.high)];
    if (value === undefined || low === undefined || high === undefined) return setError('Numbers only, like 1,200 or 3.5.');
    if (versionId === null) return setError('Choose the version the value is in.');
    const quote = words.trim();
    if (!quote) return setError('Type the value’s words as the text has them, so they can be found and quoted.');
    setBusy(true);
    setError(null);
    try {
      const { text } = await call('versions:get', { id: versionId });
      const start = text.indexOf(quote);
      if (start < 0) throw new Error('Those words are not in that version’s text: copy them from the reader.');
      const claim = await call('claims:add', { versionId, start, end: start + quote.length, value, low, high, approx, source: source.trim() || null, subject, figure: figure.ref });
      setAdded({ claim, words: quote });
      setWords('');
      setAmount({ value: '', low: '', high: '' });
      props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const undo = async (): Promise<void> => {
    if (!added) return;
    setBusy(true);
    try {
      await call('claims:review', { claimId: added.claim.id, action: 'reject' });
      setAdded(null);
      props.onChanged();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="fig-add" data-testid="fig-add">
      <summary>Add a value the extraction missed…</summary>
      {added && (
        <p className="fig-add-done" role="status">
          Added “{added.words}”, given by {added.claim.source ?? 'the outlet in its own voice'}.{' '}
          <button type="button" className="small quiet" onClick={undo} disabled={busy}>
            Undo
          </button>
        </p>
      )}
      <form onSubmit={submit} aria-label="Add a value">
        <label htmlFor={`${id}-version`}>In</label>
        <select id={`${id}-version`} value={versionId ?? ''} onChange={(e) => setVersionId(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-words`}>Its words in the text</label>
        <input id={`${id}-words`} value={words} onChange={(e) => setWords(e.target.value)} placeholder="the low thirties" />
        <div className="fig-add-amount">
          <label>
            Number <input inputMode="decimal" value={amount.value} onChange={(e) => setAmount({ ...amount, value: e.target.value })} />
          </label>
          <label>
            Low <input inputMode="decimal" value={amount.low} onChange={(e) => setAmount({ ...amount, low: e.target.value })} />
          </label>
          <label>
            High <input inputMode="decimal" value={amount.high} onChange={(e) => setAmount({ ...amount, high: e.target.value })} />
          </label>
          <label className="fig-add-approx">
            <input type="checkbox" checked={approx} onChange={(e) => setApprox(e.target.checked)} /> approximate
          </label>
        </div>
        <label htmlFor={`${id}-source`}>Who gives it</label>
        <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} placeholder="blank: the outlet’s own voice" />
        <label htmlFor={`${id}-subject`}>What it counts</label>
        <input id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="small" disabled={busy}>
          Add to “{figure.label}”
        </button>
      </form>
    </details>
  );
}
