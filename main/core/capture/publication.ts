// Who published a captured text, and when, as the capture itself says it: a
// saved page's own metadata, an outlet named after the headline ("… –
// Reuters"), a wire dateline ("LONDON (Reuters) -"), a byline line ("By Jane
// Doe"), "Published" and "Updated" lines, SingleFile's saved-page header, an
// MHTML file's message header.
// Each field keeps where it was read and the words it was read from, so the
// researcher can check it (and correct it). Pure: reads text, nothing else.
import * as chrono from 'chrono-node';
import { pdfDate } from './pdfDate';

/** Where in the capture a field was read. */
export type StatedIn = 'page metadata' | 'front matter' | 'PDF metadata' | 'page title' | 'headline' | 'dateline' | 'byline' | 'published line' | 'updated line' | 'saved page header' | 'archive record' | 'address' | 'paste form';

export interface Stated {
  value: string;
  in: StatedIn;
  /** The capture's own words the value was read from. */
  words: string;
  /** What the words left open and how it was settled ("year from the weekday", "time zone not stated"). */
  note?: string;
}

export interface Publication {
  outlet: Stated | null;
  byline: Stated | null;
  canonicalUrl: Stated | null;
  /** ISO 8601; with its offset where the capture states a zone, else the outlet's local time ("2021-02-25T23:40"). */
  publishedAt: Stated | null;
  updatedAt: Stated | null;
  /** When the page was saved, by the saving tool's own record (SingleFile's header, an MHTML file's Date). */
  savedAt: Stated | null;
}

/** A web archive record's address and capture time (WARC-Target-URI, WARC-Date as written and as ISO 8601). */
export interface ArchivedAt {
  url: string;
  date: string;
  at: string;
}

/** What the capture's format read before the text is looked at: a page's metadata, Markdown front matter, a PDF's metadata. */
export interface DeclaredFields {
  from: 'page metadata' | 'front matter' | 'PDF metadata';
  outlet: string | null;
  byline: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  /** A PDF's modification date. */
  updatedAt?: string | null | undefined;
}

/** Bumped when the reading changes, so stored versions are read again (db: version_publication.reader_version). */
export const PUBLICATION_READER = 1;

/** Paragraphs at the head of a text where a byline, a dateline or a "Published" line stands. */
const HEAD_PARAGRAPHS = 8;
/** How much of a text's start holds those paragraphs, and no more is read. */
const HEAD_CHARS = 6000;
/** A line longer than this is a paragraph of the story, not a byline or a time line. */
const MAX_LINE = 140;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

// ---- the outlet after a headline: "Atlanta airport evacuated – Reuters" ----

/** Words that join the capitalised words of a name ("Voice of America", "The Times of India"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'on', '&']);

/** Words that open a headline's second half ("Brexit deal – What happens next"), never an outlet. */
const HEADLINE_OPENERS = new Set([
  'what', 'why', 'how', 'who', 'when', 'where', 'which', 'live', 'latest', 'update', 'updates', 'analysis', 'opinion',
  'review', 'video', 'watch', 'explainer', 'report', 'exclusive', 'breaking', 'photos', 'pictures', 'timeline', 'as', 'in', 'after',
]);

/** Section names a page title ends with ("| World News"): a part of a site, not who published it. */
const SECTION_WORDS = new Set([
  'world', 'news', 'us', 'u.s.', 'uk', 'politics', 'business', 'sport', 'sports', 'opinion', 'technology', 'tech', 'health',
  'science', 'markets', 'entertainment', 'culture', 'travel', 'video', 'local', 'national', 'international', 'europe', 'asia',
  'africa', 'americas', 'middle', 'east', 'breaking', 'latest', 'top', 'stories', 'home', 'global', 'economy', 'environment',
]);

const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/iu;

function looksLikeOutletName(name: string): boolean {
  if (name.length > 40 || /[,;:?!"“”()]/.test(name)) return false;
  if (DOMAIN.test(name)) return true;
  const words = name.split(' ');
  if (words.length > 4 || /\d/.test(name)) return false;
  if (HEADLINE_OPENERS.has(words[0]!.toLowerCase())) return false;
  if (words.every((w) => SECTION_WORDS.has(w.toLowerCase()) || NAME_JOINERS.has(w.toLowerCase()))) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && NAME_JOINERS.has(w.toLowerCase())));
}

/**
 * The outlet a headline ends with, after a dash or a bar ("… – NBCNews.com",
 * "… | Reuters"); null when what follows the last one reads as more headline.
 */
export function outletAfterHeadline(headline: string): { outlet: string; headline: string } | null {
  const m = /^(.*\S)\s+[–—|-]\s+([^–—|]+)$/u.exec(squash(headline));
  if (!m) return null;
  const [, before, after] = m as unknown as [string, string, string];
  const outlet = after.trim();
  // a headline of one or two words before the dash is a kicker ("Brexit – What Happens Next"), not a headline
  if (before.split(' ').length < 3 || !looksLikeOutletName(outlet)) return null;
  return { outlet, headline: before };
}

// ---- the wire's dateline: "LONDON (Reuters) -", "WASHINGTON, March 3 (AP) —" ----

const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’/ -]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?\s+)?\((\p{Lu}[\p{L}.&’' ]{0,30}?)\)\s*[-–—]\s/u;

export function outletInDateline(paragraph: string): { outlet: string; words: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m || !looksLikeOutletName(m[1]!.trim())) return null;
  return { outlet: m[1]!.trim(), words: m[0].trim() };
}

// ---- the byline: "By Jane Doe and John Roe" ----

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|der|bin|al|el|la|le)$/u;

function isPersonName(part: string): boolean {
  const words = part.split(' ');
  return words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!) && words.every((w) => NAME_WORD.test(w));
}

/** The people a byline line names, as it names them; null for a line that is not one ("By the time police arrived…"). */
export function bylineOf(line: string): string | null {
  const m = /^By:?\s+(.+)$/u.exec(squash(line));
  if (!m || line.length > MAX_LINE) return null;
  const names: string[] = [];
  for (const part of m[1]!.replace(/[.;]$/, '').split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
    if (!isPersonName(part)) break;
    names.push(part);
  }
  return names.length > 0 ? names.join(', ') : null;
}

// ---- "Published" and "Updated" lines ----

const TIME_LINE = /^(First published|Published|Posted|Last updated|Updated|Last modified)\b[:\s]*(?:on\s+|at\s+)?(.+)$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A stated time as ISO 8601. The year, when the words leave it out, is the
 * latest one up to the capture's in which the date falls on the weekday they
 * name ("Thursday 25 February"), or else the capture's; a time without a
 * zone is the outlet's local time and says so.
 */
export function statedTime(words: string, capturedAt: Date): { iso: string; note?: string } | null {
  const [first] = chrono.parse(words, capturedAt);
  // a time said relative to the reading ("2 hours ago", "yesterday") is relative to a moment the capture does not keep
  if (!first || !/\d/.test(first.text) || /\b(?:ago|yesterday|today|tomorrow|last|next|this)\b/i.test(first.text)) return null;
  // read again from the date itself: a zone such as "ET" is EDT or EST by the date it names, not by the capture's
  const found = first.start.isCertain('year') ? (chrono.parse(words, first.start.date())[0] ?? first) : first;
  const start = found.start;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  const notes: string[] = [];
  const month = start.get('month')!;
  const day = start.get('day')!;
  let year = start.get('year')!;
  if (!start.isCertain('year')) {
    const weekday = start.isCertain('weekday') ? start.get('weekday') : null;
    const latest = capturedAt.getUTCFullYear();
    const fits = (y: number): boolean =>
      Date.UTC(y, month - 1, day) <= capturedAt.getTime() + 86_400_000 && (weekday === null || new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday);
    year = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((back) => latest - back).find(fits) ?? latest;
    notes.push(weekday === null ? 'year taken from the capture' : 'year from the weekday named');
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!start.isCertain('hour')) return { iso: date, ...(notes.length ? { note: notes.join('; ') } : {}) };
  const local = `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
  const offset = start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null;
  if (offset === null || offset === undefined) {
    notes.push('time zone not stated: the outlet’s local time');
    return { iso: local, note: notes.join('; ') };
  }
  const instant = Date.parse(`${local}:00Z`) - offset * 60_000;
  return { iso: new Date(instant).toISOString(), ...(notes.length ? { note: notes.join('; ') } : {}) };
}

// ---- SingleFile's header: <!-- Page saved with SingleFile · url: … · saved date: … --> ----

/** What a saving tool recorded of the page: the address it was saved from and when (ISO 8601), with its words. */
export interface SavedHeader {
  url: string | null;
  savedAt: string | null;
  words: string;
}

export function savedPageHeader(html: string): SavedHeader | null {
  const m = /<!--\s*Page saved with SingleFile([\s\S]{0,2000}?)-->/i.exec(html.slice(0, 10_000));
  if (!m) return null;
  const url = /^\s*url:\s*(https?:\/\/\S+)\s*$/im.exec(m[1]!)?.[1] ?? null;
  const saved = /^\s*saved date:\s*(.+?)\s*$/im.exec(m[1]!)?.[1] ?? null;
  const time = saved ? Date.parse(saved.replace(/\s*\([^)]*\)\s*$/, '')) : NaN;
  return { url, savedAt: Number.isNaN(time) ? null : new Date(time).toISOString(), words: squash(m[0]) };
}

/** The page's own <title>, entities read. */
function pageTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]{1,500}?)<\/title>/i.exec(html.slice(0, 50_000));
  if (!m) return null;
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—' };
  return squash(
    m[1]!.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e.toLowerCase()] ?? all),
    ),
  );
}

// ---- all of it ----

function declaredTime(value: string): { value: string; note?: string } {
  // a PDF's Info dictionary writes "D:20160523101500+03'00'"
  const pdf = pdfDate(value);
  if (pdf) return { value: pdf.iso, ...(pdf.note ? { note: pdf.note } : {}) };
  const time = Date.parse(value);
  return { value: Number.isNaN(time) ? value : new Date(time).toISOString() };
}

/**
 * Everything the capture says about who published it and when. Fields its
 * format declared (a page's metadata, front matter) come first; the text's
 * own words fill what they leave open.
 */
export function readPublication(input: {
  headline: string | null;
  text: string;
  declared?: DeclaredFields | null;
  /** The page's markup, for a saving tool's header. */
  html?: string | null;
  /** A saving tool's header that stands outside the markup (an MHTML file's message header). */
  saved?: SavedHeader | null;
  capturedAt: Date;
  /** The web archive record the page was read from: the address it was captured at, and when. */
  archived?: ArchivedAt | null;
}): Publication {
  const out: Publication = { outlet: null, byline: null, canonicalUrl: null, publishedAt: null, updatedAt: null, savedAt: null };
  const d = input.declared;
  if (d) {
    if (d.outlet) out.outlet = { value: d.outlet, in: d.from, words: d.outlet };
    if (d.byline) out.byline = { value: d.byline, in: d.from, words: d.byline };
    if (d.canonicalUrl) out.canonicalUrl = { value: d.canonicalUrl, in: d.from, words: d.canonicalUrl };
    if (d.publishedAt) out.publishedAt = { ...declaredTime(d.publishedAt), in: d.from, words: d.publishedAt };
    if (d.updatedAt) out.updatedAt = { ...declaredTime(d.updatedAt), in: d.from, words: d.updatedAt };
  }
  const header = input.saved ?? (input.html ? savedPageHeader(input.html) : null);
  if (header) {
    if (header.url && !out.canonicalUrl) out.canonicalUrl = { value: header.url, in: 'saved page header', words: header.words };
    if (header.savedAt) out.savedAt = { value: header.savedAt, in: 'saved page header', words: header.words };
  }
  const archived = input.archived;
  if (archived) {
    // the crawler's record of the address and time stands behind what the page says of itself
    if (!out.canonicalUrl) out.canonicalUrl = { value: archived.url, in: 'archive record', words: `WARC-Target-URI: ${archived.url}` };
    out.savedAt ??= { value: archived.at, in: 'archive record', words: `WARC-Date: ${archived.date}` };
  }

  // the page's <title> names the outlet more often than the headline it shows
  const titles: [string | null, StatedIn][] = [
    [input.html ? pageTitle(input.html) : null, 'page title'],
    [input.headline, 'headline'],
  ];
  for (const [title, where] of titles) {
    const after = !out.outlet && title ? outletAfterHeadline(title) : null;
    if (after) out.outlet = { value: after.outlet, in: where, words: squash(title!) };
  }
  // only the head is read: a byline, a dateline or a time line stands in the first paragraphs
  const paragraphs = input.text
    .slice(0, HEAD_CHARS)
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean)
    .slice(0, HEAD_PARAGRAPHS);
  for (const p of paragraphs) {
    if (!out.outlet) {
      const dateline = outletInDateline(p);
      if (dateline) out.outlet = { value: dateline.outlet, in: 'dateline', words: dateline.words };
    }
    if (p.length > MAX_LINE) continue;
    if (!out.byline) {
      const byline = bylineOf(p);
      if (byline) out.byline = { value: byline, in: 'byline', words: p };
    }
    const line = TIME_LINE.exec(p);
    if (line) {
      const updated = /updated|modified/i.test(line[1]!);
      if (updated ? out.updatedAt : out.publishedAt) continue;
      const time = statedTime(line[2]!, input.capturedAt);
      if (!time) continue;
      const stated: Stated = { value: time.iso, in: updated ? 'updated line' : 'published line', words: p, ...(time.note ? { note: time.note } : {}) };
      if (updated) out.updatedAt = stated;
      else out.publishedAt = stated;
    }
  }
  if (!out.outlet && out.canonicalUrl) {
    try {
      const host = new URL(out.canonicalUrl.value).hostname.replace(/^www\./, '');
      if (host) out.outlet = { value: host, in: 'address', words: out.canonicalUrl.value };
    } catch {
      // an address that is no URL names no site
    }
  }
  return out;
}
