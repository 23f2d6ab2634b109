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

const titled = (words: string): string => words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** An incident part of a key's scope (core/compare/incidents.ts writes them) as words after the measure. */
function incidentWords(part: string): string | null {
  const [kind, value = ''] = part.split(/:(.*)/s);
  switch (kind) {
    case 'at':
      return `in ${titled(value)}`;
    case 'year':
      return `in ${value}`;
    case 'past':
      return value ? `earlier (${value})` : 'earlier';
    case 'nth':
      return `(the ${value})`;
    case 'cause':
      return `in ${value}`;
    case 'site':
      return `at the ${value}`;
    case 'war':
      return 'in the war';
    default:
      return null;
  }
}

/** A group key ("killed|people|US", "killed|contractors|at:erbil") in words, for a figure known only by the group it holds. */
export function keyWords(key: string): string {
  const [measure = '', entity = '', scope = ''] = key.split('@')[0]!.split('|');
  // a scope of several parts is stored comma-joined ("US,in total"); an incident's part reads after the measure
  const parts = scope.split(',').filter(Boolean);
  const incident = parts.map(incidentWords).filter((w): w is string => w !== null);
  const before = parts.filter((p) => incidentWords(p) === null);
  return [...before, entity, measure, ...incident].filter(Boolean).join(' ');
}
