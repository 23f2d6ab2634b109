// Small pieces of wording the history's descriptions share.

export const quoted = (text: unknown): string => `“${String(text)}”`;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "and 2 other versions" after the first of several. */
export function andOthers(n: number, what: string): string {
  return n > 0 ? ` (and ${plural(n, `other ${what}`)})` : '';
}

function number(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A claim's amount as a reader writes it: "300", "about 300", "20–25", "at least 20". */
export function amount(fields: { value?: unknown; low?: unknown; high?: unknown; approx?: unknown }): string {
  const n = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const value = n(fields.value);
  const low = n(fields.low);
  const high = n(fields.high);
  const about = fields.approx === true ? 'about ' : '';
  if (low !== null && high !== null && low !== high) return `${about}${number(low)}–${number(high)}`;
  if (value !== null) return `${about}${number(value)}`;
  if (low !== null) return `at least ${number(low)}`;
  if (high !== null) return `up to ${number(high)}`;
  return 'no amount';
}

/** A group key ("killed|people|US") in words, for a figure known only by the group it holds. */
export function keyWords(key: string): string {
  const [measure = '', entity = '', scope = ''] = key.split('@')[0]!.split('|');
  // a scope of several parts is stored comma-joined ("US,in total")
  return [scope.split(',').join(' '), entity, measure].filter(Boolean).join(' ');
}
