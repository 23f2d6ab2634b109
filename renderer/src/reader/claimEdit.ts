// The edit form's fields as typed, checked, and turned into the changes a
// `claims:review` edit carries (only the fields that differ). Pure.
import type { ClaimEdit, ClaimKind, ClaimRecord } from '../../../main/core/model';

export interface EditFields {
  value: string;
  low: string;
  high: string;
  approx: boolean;
  subject: string;
  source: string;
  kind: ClaimKind;
}

export type EditErrors = Partial<Record<keyof EditFields | 'form', string>>;

export type EditOutcome = { ok: true; changes: ClaimEdit } | { ok: false; errors: EditErrors };

const asField = (n: number | null): string => (n === null ? '' : String(n));

/** A single figure is stored with low = high = value; the form shows its bounds empty, and fills them from the value again on save. */
function isSingle(c: Pick<ClaimRecord, 'value' | 'low' | 'high'>): boolean {
  return c.value !== null && c.low === c.value && c.high === c.value;
}

export function fieldsOf(claim: ClaimRecord): EditFields {
  const single = isSingle(claim);
  return {
    value: asField(claim.value),
    low: single ? '' : asField(claim.low),
    high: single ? '' : asField(claim.high),
    approx: claim.approx,
    subject: claim.subject ?? '',
    source: claim.source ?? '',
    kind: claim.kind,
  };
}

/** "1,200", " 22 ", "4.5" → a number; "" → null; anything else → undefined. */
export function parseNumber(raw: string): number | null | undefined {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  // commas only as thousands separators: "1,2,3" or "12,5" is no number
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

const MAX_TEXT = 500;

export function checkEdit(claim: ClaimRecord, fields: EditFields): EditOutcome {
  const errors: EditErrors = {};
  const numbers: Record<'value' | 'low' | 'high', number | null> = { value: null, low: null, high: null };
  for (const key of ['value', 'low', 'high'] as const) {
    const n = parseNumber(fields[key]);
    if (n === undefined) errors[key] = 'Digits only, e.g. 1,200.';
    else numbers[key] = n;
  }
  const { value, low, high } = numbers;
  if (fields.kind === 'no-figure') {
    if (!errors.value && !errors.low && !errors.high && (value !== null || low !== null || high !== null)) {
      errors.form = 'A “no figure” claim carries no number: clear value, low and high, or make it a figure.';
    }
  } else if (!errors.value && !errors.low && !errors.high) {
    if (value === null && low === null && high === null) errors.value = 'Give a value, or a low or high bound.';
    else if (low !== null && high !== null && low > high) errors.high = 'High must not be below low.';
    else if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) {
      errors.value = 'The value must lie between low and high.';
    }
  }
  const subject = fields.subject.trim();
  const source = fields.source.trim();
  if (subject.length > MAX_TEXT) errors.subject = `At most ${MAX_TEXT} characters.`;
  if (source.length > MAX_TEXT) errors.source = `At most ${MAX_TEXT} characters.`;
  if (Object.keys(errors).length) return { ok: false, errors };

  const single = value !== null && low === null && high === null;
  const next: Required<ClaimEdit> = {
    value,
    low: single ? value : low,
    high: single ? value : high,
    approx: fields.approx,
    subject: subject || null,
    source: source || null,
    kind: fields.kind,
  };
  const changes: ClaimEdit = {};
  for (const key of Object.keys(next) as (keyof ClaimEdit)[]) {
    if (next[key] !== claim[key]) (changes as Record<string, unknown>)[key] = next[key];
  }
  if (Object.keys(changes).length === 0) return { ok: false, errors: { form: 'Nothing changed: edit a field, or cancel.' } };
  return { ok: true, changes };
}
