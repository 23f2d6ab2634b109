// A source's value overridden by the researcher, from its quote: the
// corrected amount and why, stored together (an audited edit of the claim
// and a note on it). Undo puts the amount back and removes the note, each
// step kept in the logs.
import { useId, useState, type FormEvent } from 'react';
import type { ClaimRecord, FigureMember } from '../../../main/core/model';
import { errorText } from '../data/api';
import { write } from '../data/library';
import { shownValue } from '../figures/figureFormat';
import { parseNumber } from './claimEdit';
import { AmountFields, NO_AMOUNT, type TypedAmount } from './AmountFields';

export function OverrideValue(props: { member: FigureMember; eventId: number }) {
  const { member } = props;
  const id = useId();
  const [amount, setAmount] = useState<TypedAmount>(NO_AMOUNT);
  const [why, setWhy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ claim: ClaimRecord; noteId: number; was: string; before: Pick<FigureMember, 'value' | 'low' | 'high' | 'approx'> } | null>(null);

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
      const result = await write('claims:override', { claimId: member.claimId, changes, note: why.trim() });
      // what it was, kept for Undo: after the figures are read again, `member` holds the new amount
      setDone({ ...result, was: shownValue(member), before: { value: member.value, low: member.low, high: member.high, approx: member.approx } });
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
      await write('claims:review', { claimId: done.claim.id, action: 'edit', changes: done.before, thisVersionOnly: true });
      await write('figures:act', { eventId: props.eventId, action: { kind: 'note-delete', noteId: done.noteId } }, { channel: 'events:figures', arg: { eventId: props.eventId } });
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
