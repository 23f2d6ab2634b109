import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../../main/core/model';
import { checkEdit, fieldsOf, parseNumber, type EditFields } from './claimEdit';
import { testClaim } from './testClaim';

function claim(over: Partial<ClaimRecord> = {}): ClaimRecord {
  return testClaim({ subject: 'people killed', source: 'police', ...over });
}

function edit(c: ClaimRecord, over: Partial<EditFields>): EditFields {
  return { ...fieldsOf(c), ...over };
}

const DIGITS_ONLY = 'Digits only, e.g. 1,200.';

describe('the edit form’s fields', () => {
  it('shows a single figure’s bounds empty', () => {
    expect(fieldsOf(claim())).toEqual({ value: '22', low: '', high: '', approx: false, subject: 'people killed', source: 'police', kind: 'figure' });
  });

  it('shows a range’s bounds, and empty fields for what the claim lacks', () => {
    const range = claim({ value: null, low: 20, high: 25, approx: true, subject: null, source: null });
    expect(fieldsOf(range)).toEqual({ value: '', low: '20', high: '25', approx: true, subject: '', source: '', kind: 'figure' });
    expect(fieldsOf(claim({ value: 22, low: 20, high: null }))).toMatchObject({ value: '22', low: '20', high: '' });
    expect(fieldsOf(claim({ value: 4.5, low: 4.5, high: 4.5 }))).toMatchObject({ value: '4.5', low: '', high: '' });
  });
});

describe('reading a typed number', () => {
  it('reads digits, with thousands separators and spaces around them', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber(' 22 ')).toBe(22);
    expect(parseNumber('4.5')).toBe(4.5);
    expect(parseNumber('1 200 000')).toBe(1200000);
    expect(parseNumber('1\u00a0200')).toBe(1200);
    expect(parseNumber('1\u202f200')).toBe(1200);
    expect(parseNumber('0')).toBe(0);
  });

  it('refuses commas that are no thousands separators', () => {
    for (const raw of ['1,2,3', '12,5', ',5', '1,20', '12,000,0']) expect(parseNumber(raw), raw).toBeUndefined();
    expect(parseNumber('12,000,000')).toBe(12000000);
    expect(parseNumber('1,200.5')).toBe(1200.5);
  });

  it('reads an empty field as no number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('   ')).toBeNull();
  });

  it('refuses words, signs, units, exponents and half-written decimals', () => {
    for (const raw of ['twelve', '12 dozen', '-5', '+5', '12%', '$12', '1e3', '12.', '.5', '1.2.3', '0x1F', '½'])
      expect(parseNumber(raw), raw).toBeUndefined();
  });

  it('refuses a number too large to hold', () => {
    expect(parseNumber('1' + '0'.repeat(400))).toBeUndefined();
  });
});

describe('turning the edit form into a claim edit', () => {
  it('gives a new single value with its bounds following it', () => {
    const c = claim();
    expect(checkEdit(c, edit(c, { value: '1,250' }))).toEqual({ ok: true, changes: { value: 1250, low: 1250, high: 1250 } });
  });

  it('gives a range, and an open bound, with no single value', () => {
    const c = claim();
    expect(checkEdit(c, edit(c, { value: '', low: '20', high: '25' }))).toEqual({ ok: true, changes: { value: null, low: 20, high: 25 } });
    expect(checkEdit(c, edit(c, { value: '', low: '17', high: '' }))).toEqual({ ok: true, changes: { value: null, low: 17, high: null } });
    expect(checkEdit(c, edit(c, { value: '22', low: '20', high: '' }))).toEqual({ ok: true, changes: { low: 20, high: null } });
  });

  it('accepts a value on either bound', () => {
    const c = claim({ value: null, low: 20, high: 25 });
    expect(checkEdit(c, edit(c, { value: '20' }))).toEqual({ ok: true, changes: { value: 20 } });
    expect(checkEdit(c, edit(c, { value: '25' }))).toEqual({ ok: true, changes: { value: 25 } });
  });

  it('trims the subject and source, and reads an empty source as the outlet’s own voice', () => {
    const c = claim();
    expect(checkEdit(c, edit(c, { subject: '  civilians killed ', source: '   ' }))).toEqual({
      ok: true,
      changes: { subject: 'civilians killed', source: null },
    });
    expect(checkEdit(c, edit(c, { approx: true, source: ' police ' }))).toEqual({ ok: true, changes: { approx: true } });
  });

  it('makes a figure a claim without one once its numbers are cleared', () => {
    const c = claim();
    expect(checkEdit(c, edit(c, { kind: 'no-figure', value: '' }))).toEqual({
      ok: true,
      changes: { value: null, low: null, high: null, kind: 'no-figure' },
    });
  });

  it('refuses a save that changes nothing', () => {
    for (const c of [claim(), claim({ value: null, low: 20, high: 25, subject: null, source: null }), claim({ kind: 'no-figure', value: null, low: null, high: null })])
      expect(checkEdit(c, fieldsOf(c))).toEqual({ ok: false, errors: { form: 'Nothing changed: edit a field, or cancel.' } });
    expect(checkEdit(claim(), edit(claim(), { value: ' 22 ', subject: 'people killed  ' }))).toEqual({
      ok: false,
      errors: { form: 'Nothing changed: edit a field, or cancel.' },
    });
  });
});

describe('what the edit form refuses', () => {
  const c = claim();

  it('refuses a number written in words, each field on its own', () => {
    expect(checkEdit(c, edit(c, { value: 'twelve' }))).toEqual({ ok: false, errors: { value: DIGITS_ONLY } });
    expect(checkEdit(c, edit(c, { value: '', low: 'ten', high: '-3' }))).toEqual({ ok: false, errors: { low: DIGITS_ONLY, high: DIGITS_ONLY } });
  });

  it('refuses a figure with no number at all', () => {
    expect(checkEdit(c, edit(c, { value: '', low: '', high: '' }))).toEqual({ ok: false, errors: { value: 'Give a value, or a low or high bound.' } });
  });

  it('refuses a high bound below the low one', () => {
    expect(checkEdit(c, edit(c, { value: '', low: '25', high: '20' }))).toEqual({ ok: false, errors: { high: 'High must not be below low.' } });
  });

  it('refuses a value outside its bounds', () => {
    const outside = { ok: false, errors: { value: 'The value must lie between low and high.' } };
    expect(checkEdit(c, edit(c, { value: '19', low: '20', high: '25' }))).toEqual(outside);
    expect(checkEdit(c, edit(c, { value: '26', low: '20', high: '25' }))).toEqual(outside);
    expect(checkEdit(c, edit(c, { value: '19', low: '20', high: '' }))).toEqual(outside);
    expect(checkEdit(c, edit(c, { value: '31', low: '', high: '30' }))).toEqual(outside);
  });

  it('refuses a number on a claim without a figure, unless the number itself is refused', () => {
    expect(checkEdit(c, edit(c, { kind: 'no-figure' }))).toEqual({
      ok: false,
      errors: { form: 'A “no figure” claim carries no number: clear value, low and high, or make it a figure.' },
    });
    expect(checkEdit(c, edit(c, { kind: 'no-figure', value: 'many' }))).toEqual({ ok: false, errors: { value: DIGITS_ONLY } });
  });

  it('refuses a subject or source over 500 characters, spaces around them aside', () => {
    expect(checkEdit(c, edit(c, { subject: ` ${'a'.repeat(500)} ` }))).toEqual({ ok: true, changes: { subject: 'a'.repeat(500) } });
    expect(checkEdit(c, edit(c, { subject: 'a'.repeat(501), source: 'b'.repeat(501), value: 'x' }))).toEqual({
      ok: false,
      errors: { value: DIGITS_ONLY, subject: 'At most 500 characters.', source: 'At most 500 characters.' },
    });
  });
});
