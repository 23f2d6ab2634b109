import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ClaimEdit, ClaimRecord } from '../../../main/core/model';
import { checkEdit, fieldsOf, type EditErrors, type EditFields } from './claimEdit';
import { OWN_VOICE } from './claimFormat';

/** The inline form that corrects a claim; Escape cancels, Enter saves. */
export function ClaimEditor(props: { claim: ClaimRecord; onSave(changes: ClaimEdit): Promise<string | null>; onCancel(): void }) {
  const [fields, setFields] = useState<EditFields>(() => fieldsOf(props.claim));
  const [errors, setErrors] = useState<EditErrors>({});
  const [saving, setSaving] = useState(false);
  const id = useId();

  const set = <K extends keyof EditFields>(key: K, value: EditFields[K]): void => setFields((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const outcome = checkEdit(props.claim, fields);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const problem = await props.onSave(outcome.changes);
    setSaving(false);
    if (problem) setErrors({ form: problem });
  };

  const field = (key: keyof EditFields, label: string, input: ReactNode): ReactNode => (
    <div className={`claim-field field-${key}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {errors[key] && (
        <p className="field-error" id={`${id}-${key}-error`}>
          {errors[key]}
        </p>
      )}
    </div>
  );
  const numberInput = (key: 'value' | 'low' | 'high'): ReactNode => (
    <input
      id={`${id}-${key}`}
      inputMode="decimal"
      autoFocus={key === 'value' && props.claim.kind === 'figure'}
      value={fields[key]}
      placeholder={key !== 'value' && fields.value.trim() ? '= value' : undefined}
      aria-invalid={errors[key] ? true : undefined}
      aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
      onChange={(e) => set(key, e.target.value)}
    />
  );

  return (
    <form
      className="claim-editor"
      aria-label="Edit claim"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <div className="claim-numbers">
        {field('value', 'Value', numberInput('value'))}
        {field('low', 'Low', numberInput('low'))}
        {field('high', 'High', numberInput('high'))}
      </div>
      <div className="row">
        <label className="check">
          <input type="checkbox" checked={fields.approx} onChange={(e) => set('approx', e.target.checked)} /> Approximate: about, at least, dozens
        </label>
      </div>
      {field(
        'kind',
        'Kind',
        <select
          id={`${id}-kind`}
          autoFocus={props.claim.kind === 'no-figure'}
          value={fields.kind} onChange={(e) => set('kind', e.target.value === 'no-figure' ? 'no-figure' : 'figure')}>
          <option value="figure">figure</option>
          <option value="no-figure">no figure (the source gives none)</option>
        </select>,
      )}
      {field(
        'subject',
        'What is counted',
        <input
          id={`${id}-subject`}
          value={fields.subject}
          placeholder="fighters killed"
          aria-invalid={errors.subject ? true : undefined}
          onChange={(e) => set('subject', e.target.value)}
        />,
      )}
      {field(
        'source',
        'Source',
        <input
          id={`${id}-source`}
          value={fields.source}
          placeholder={`empty: the ${OWN_VOICE}`}
          aria-invalid={errors.source ? true : undefined}
          onChange={(e) => set('source', e.target.value)}
        />,
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors.form && (
        <p className="visually-hidden" role="alert">
          Some fields need attention.
        </p>
      )}
      <div className="row end">
        <span className="meta">Esc cancels</span>
        <button type="button" className="small quiet" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="small" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
