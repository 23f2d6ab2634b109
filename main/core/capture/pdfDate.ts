// The dates of a PDF's Info dictionary: "D:YYYYMMDDHHmmSSOHH'mm'", where
// everything after the year may be left out and producers differ in the
// details ("Z00'00'", no apostrophes, no "D:").

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(?:(\d{2})'?\s*(?:(\d{2})'?)?)?)?\s*$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A PDF date as ISO 8601: an instant where the date states its zone, else
 * the producer's local time ("2016-05-23T10:15") with a note saying so, as
 * a "Published" line without a zone is read (publication.ts). Null for
 * anything that is not a PDF date.
 */
export function pdfDate(value: string): { iso: string; note?: string } | null {
  const m = PDF_DATE.exec(value.trim());
  if (!m || !/^(?:D:)?\d{8}/.test(value.trim())) return null;
  const part = (i: number): number | null => (m[i] === undefined ? null : Number(m[i]));
  const [year, month, day, hour, minute, second] = [part(1)!, part(2)!, part(3)!, part(4), part(5) ?? 0, part(6) ?? 0];
  if (month < 1 || month > 12 || day < 1 || day > 31 || (hour ?? 0) > 23 || minute > 59 || second > 59) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === null) return { iso: date };
  const local = `${date}T${pad(hour)}:${pad(minute)}`;
  const sign = m[7];
  if (!sign) return { iso: local, note: 'time zone not stated: the producer’s local time' };
  const offset = sign === 'Z' || sign === 'z' ? 0 : (sign === '-' ? -1 : 1) * (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0));
  const instant = Date.parse(`${local}:${pad(second)}Z`) - offset * 60_000;
  return Number.isNaN(instant) ? null : { iso: new Date(instant).toISOString() };
}
