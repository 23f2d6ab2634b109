// The form for a value a source gave that the extraction missed: where its
// words are (a version chosen and the words typed, or a stretch of text the
// researcher selected in the reader), the amount, who gives it and what it
// counts. The engine stores it as the researcher's own claim (`claims:add`).
import { useId, useState, type FormEvent } from 'react';
import type { HistoryRef } from '../../../main/core/history/historyModel';
import type { ClaimRecord, EventFigure } from '../../../main/core/model';
import { errorText } from '../data/api';
import { read, write } from '../data/library';
import { newestEntry } from '../history/historyUndo';
import { parseNumber } from './claimEdit';
import { AmountFields, NO_AMOUNT, type TypedAmount } from './AmountFields';

/** Where the value's words are: a version to choose and words to type, or a selected stretch of one version's text. */
export type ValuePlace =
  | { kind: 'typed'; versions: { id: number; name: string }[]; versionId: number | null }
  | { kind: 'selected'; versionId: number; start: number; end: number; words: string };

export function AddValueForm(props: { place: ValuePlace; figure: EventFigure | null; onAdded(claim: ClaimRecord, words: string, entry: HistoryRef): void }) {
  const { place, figure } = props;
  const id = useId();
  const [versionId, setVersionId] = useState<number | null>(place.versionId);
  const [words, setWords] = useState('');
  const [amount, setAmount] = useState<TypedAmount>(NO_AMOUNT);
  const [source, setSource] = useState('');
  const [subject, setSubject] = useState(figure?.label ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const [value, low, high] = [parseNumber(amount.value), parseNumber(amount.low), parseNumber(amount.high)];
    if (value === undefined || low === undefined || high === undefined) return setError('Numbers only, like 1,200 or 3.5.');
    if (versionId === null) return setError('Choose the version the value is in.');
    const quote = place.kind === 'selected' ? place.words : words.trim();
    if (!quote) return setError('Type the value’s words as the text has them, so they can be found and quoted.');
    setBusy(true);
    setError(null);
    try {
      let start: number;
      if (place.kind === 'selected') start = place.start;
      else {
        start = (await read('versions:get', { id: versionId })).text.indexOf(quote);
        if (start < 0) throw new Error('Those words are not in that version’s text: copy them from the reader.');
      }
      const claim = await write('claims:add', { versionId, start, end: start + quote.length, value, low, high, approx: amount.approx, source: source.trim() || null, subject, figure: figure?.ref ?? null });
      setWords('');
      setAmount(NO_AMOUNT);
      // the history's entry for it, for its Undo
      props.onAdded(claim, quote, await newestEntry());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-value" onSubmit={submit} aria-label="Add a value">
      {place.kind === 'typed' ? (
        <>
          <label htmlFor={`${id}-version`}>In</label>
          <select id={`${id}-version`} value={versionId ?? ''} onChange={(e) => setVersionId(Number(e.target.value))}>
            {place.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-words`}>Its words in the text</label>
          <input id={`${id}-words`} value={words} onChange={(e) => setWords(e.target.value)} placeholder="the low thirties" />
        </>
      ) : (
        <p className="add-value-words">
          <span className="meta">Its words:</span> “{place.words}”
        </p>
      )}
      <AmountFields amount={amount} onChange={setAmount} />
      <label htmlFor={`${id}-source`}>Who gives it</label>
      <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} placeholder="blank: the outlet’s own voice" />
      <label htmlFor={`${id}-subject`}>What it counts</label>
      <input id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} placeholder="people killed" />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="small" disabled={busy}>
        {figure ? `Add to “${figure.label}”` : 'Add the value'}
      </button>
    </form>
  );
}
