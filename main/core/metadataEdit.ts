// A researcher's correction of a version's (or a whole article's) headline,
// outlet, byline, address or publication time, checked before it is stored:
// the same rules for the app and the command line.
import { CaptureError } from './capture/captureError';
import { statedTime, type Publication, type StatedIn } from './capture/publication';
import { CONTROL } from './names';

export const METADATA_FIELDS = ['title', 'outlet', 'byline', 'url', 'published'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** What a field is called where a researcher reads it. */
export const METADATA_LABEL: Record<MetadataField, string> = {
  title: 'headline',
  outlet: 'outlet',
  byline: 'byline',
  url: 'address',
  published: 'publication time',
};

export interface MetadataEdit {
  /** One version, or every version of an article. */
  target: { versionId: number } | { articleId: number };
  field: MetadataField;
  /** The corrected value; '' for none; null puts the field back to what the capture says. */
  value: string | null;
}

const MAX_CHARS = 300;

/**
 * The value as stored, or why it cannot be: a time the researcher types in
 * any common way ("2016-03-22 10:05 GMT", "22 March 2016") becomes ISO 8601;
 * an address must be a web address; a headline cannot be emptied.
 */
export function checkMetadataValue(field: MetadataField, raw: string | null, now: Date): { value: string | null } | { problem: string } {
  if (raw === null) return { value: null };
  const value = raw.replace(/\s+/g, ' ').trim();
  // line breaks and tabs are white space here (a value pasted from a page); any other control character is refused
  if (CONTROL.test(raw.replace(/[\t\n\r]/g, ' '))) return { problem: `the ${METADATA_LABEL[field]} has a control character in it` };
  if (value.length > MAX_CHARS) return { problem: `the ${METADATA_LABEL[field]} is ${value.length} characters; ${MAX_CHARS} at most` };
  if (value === '') return field === 'title' ? { problem: 'a headline cannot be empty: put back what the capture says instead' } : { value: '' };
  if (field === 'url') {
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not the web');
      return { value: url.href };
    } catch {
      return { problem: `“${value}” is not a web address (https://…)` };
    }
  }
  if (field === 'published') {
    const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? value : statedTime(value, now)?.iso;
    if (!iso || Number.isNaN(Date.parse(iso))) return { problem: `“${value}” is not a time Tally can read: write it like 2016-03-22 10:05 GMT or 22 March 2016` };
    return { value: iso.length > 16 && !/Z$|[+-]\d{2}:?\d{2}$/.test(iso) ? iso.slice(0, 16) : iso };
  }
  return { value };
}

/**
 * A pasted text's publication, with what the researcher gave in the paste
 * form in place of what the text says; a value that cannot be read refuses
 * the paste in one line, before anything is stored.
 */
export function withPastedDetails(publication: Publication, given: { outlet?: string | undefined; url?: string | undefined; publishedAt?: string | undefined }, now: Date): Publication {
  const out = { ...publication };
  const fields: [MetadataField, string | undefined, 'outlet' | 'canonicalUrl' | 'publishedAt'][] = [
    ['outlet', given.outlet, 'outlet'],
    ['url', given.url, 'canonicalUrl'],
    ['published', given.publishedAt, 'publishedAt'],
  ];
  for (const [field, raw, key] of fields) {
    if (!raw?.trim()) continue;
    const checked = checkMetadataValue(field, raw, now);
    if ('problem' in checked) throw new CaptureError('bad-details', checked.problem);
    const from: StatedIn = 'paste form';
    out[key] = { value: checked.value!, in: from, words: raw.trim() };
  }
  return out;
}
