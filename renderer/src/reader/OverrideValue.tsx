// A source's value overridden by the researcher, from its quote: the
// corrected amount and why, stored together (an audited edit of the claim
// and a note on it). Undo, through the history, puts the amount back and
// removes the note as one action, each step kept in the logs.
import { useId, useState, type FormEvent } from 'react';
import type { HistoryRef } from '../../../main/core/history/historyModel';
import type { ClaimRecord, FigureMember } from '../../../main/core/model';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { shownValue } from '../figures/figureFormat';
import { newestEntry, undoFromHistory } from '../history/historyUndo';
import { parseNumber } from './claimEdit';
import { AmountFields, NO_AMOUNT, type TypedAmount } from './AmountFields';

export function OverrideValue(props: { member: FigureMember }) {
  const { member } = props;
  const id = useId();
  const [amount, setAmount] = useState<TypedAmount>(NO_AMOUNT);
  const [why, setWhy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ claim: ClaimRecord; was: string; entry: HistoryRef } | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const [value, low, high] = [parseNumber(amount.value), parseNumber(amount.low), parseNumber(amount.high)];
    if (value === undefined || low === undefined || high === undefined) return setError('Numbers only, like 1,200 or 3.5.');
    if (value === null && low === null && high === null) return setError('Give the number, or a low or a high.');
    if (!why.trim()) return setError('Say why: the note is kept with the value.');
    setBusy(true);
    setError(null);
    try {
      // a single number is its own low and high
      const changes = { value, low: low ?? (high === null ? value : null), high: high ?? (low === null ? value : null), approx: amount.approx };
      const was = shownValue(member);
      const result = await write('claims:override', { claimId: member.claimId, changes, note: why.trim() });
      // what it was, said beside the Undo: after the figures are read again, `member` holds the new amount
      setDone({ claim: result.claim, was, entry: await newestEntry() });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const undo = async (): Promise<void> => {
    if (!done) return;
    setBusy(true);
    try {
      // the amount and the note, one action, undone together through the history
      await undoFromHistory(done.entry);
      setDone(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <p className="added-value" role="status">
        Overridden: {done.was} is now {shownValue({ ...member, ...done.claim })}, with your note.{' '}
        <button type="button" className="small quiet" onClick={undo} disabled={busy}>
          Undo
        </button>
        {error && <span className="error"> {error}</span>}
      </p>
    );
  }
  return (
    <details className="fig-add" data-testid="fig-override">
      <summary>Override this value…</summary>
      <form className="add-value" onSubmit={submit} aria-label="Override the value">
        <AmountFields amount={amount} onChange={setAmount} />
        <label htmlFor={`${id}-why`}>Why</label>
        <textarea id={`${id}-why`} rows={2} value={why} onChange={(e) => setWhy(e.target.value)} placeholder="What you checked: the ministry’s list of 16 July gives 84" />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="small" disabled={busy}>
          Override
        </button>
      </form>
    </details>
  );
}
