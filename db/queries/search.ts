// Searching the library: the full text of versions (FTS5, migration 0002),
// the claims found in them (their figures and who and what they name; FTS5,
// migration 0008), and the researcher's notes (FTS5, migration 0004).
import {
  SEARCH_LIMIT,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type ClaimSearchHit,
  type LibrarySearchResult,
  type NoteSearchHit,
  type SearchHit,
} from '../../main/core/model';
import type { ReadableDb } from '../connection';
import { all, one, sql } from '../sql';

/**
 * A researcher's words as an FTS5 query that cannot be a syntax error: every
 * term becomes a quoted phrase of its word pieces ("1,200" must match the
 * tokens 1 and 200 side by side), all terms must match, and the last one may
 * be the start of a word, so results follow the typing.
 */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((term) => term.match(/[\p{L}\p{N}]+/gu)?.join(' '))
    .filter((term): term is string => Boolean(term));
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function searchVersions(db: ReadableDb, input: string, limit = SEARCH_LIMIT): SearchHit[] {
  const match = ftsQuery(input);
  if (!match) return [];
  return all<SearchHit>(
    db,
    sql`SELECT v.id AS versionId, a.id AS articleId, a.event_id AS eventId, h.title AS articleTitle,
               v.captured_at AS capturedAt, v.origin, v.origin_kind AS originKind,
               snippet(versions_fts, -1, ${SNIPPET_MARK_START}, ${SNIPPET_MARK_END}, '…', 16) AS snippet
        FROM versions_fts JOIN versions v ON v.id = versions_fts.rowid JOIN version_articles va ON va.version_id = v.id JOIN articles a ON a.id = va.article_id
          JOIN article_headings h ON h.article_id = a.id JOIN events e ON e.id = a.event_id AND e.trashed_at IS NULL
        WHERE versions_fts MATCH ${match}
        ORDER BY rank LIMIT ${limit}`,
  );
}

/** One term of a claim search: the word pieces it must start (in the claim's words), and the number it names if it is one. */
export interface ClaimTerm {
  words: string;
  number: number | null;
}

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The researcher's words as claim-search terms: split on spaces, each cut
 * into its word pieces ("(Observatory," → "Observatory", "Syrian%Rights" →
 * "Syrian Rights", which must then stand side by side); "22" and "1,200"
 * also name the numbers 22 and 1200.
 */
export function claimTerms(input: string): ClaimTerm[] {
  return input
    .split(/\s+/)
    .map((term) => ({ words: term.match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '', term: term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') }))
    .filter(({ words }) => words)
    .map(({ words, term }) => ({ words, number: NUMBER.test(term) ? Number(term.replaceAll(',', '')) : null }));
}

/** A number as the claim index writes it (migration 0008): SQLite's %.15g, its point as "d". */
function numberToken(n: number): string {
  return String(Number(n.toPrecision(15))).replace('.', 'd');
}

/** The terms as one FTS5 query: each term starts words of the claim, or (a number) is its value or a range end. */
export function claimQuery(terms: readonly ClaimTerm[]): string {
  return terms
    .map(({ words, number }) => {
      const inWords = `{words} : "${words}"*`;
      return number === null ? inWords : `(${inWords} OR {numbers} : "${numberToken(number)}")`;
    })
    .join(' AND ');
}

const SNIPPET_CONTEXT = 140;

/**
 * The claim's sentence with its figure's words marked. A sentence longer than
 * the context allows (a run-on paragraph) is cut at word breaks around the
 * figure, with an ellipsis where text was left out.
 */
export function claimSnippet(text: string, claim: { start: number; end: number; sentenceStart: number; sentenceEnd: number }): string {
  const start = Math.max(claim.sentenceStart, Math.min(claim.start, claim.sentenceEnd));
  const end = Math.max(start, Math.min(claim.end, claim.sentenceEnd));
  let from = claim.sentenceStart;
  let to = claim.sentenceEnd;
  if (start - from > SNIPPET_CONTEXT) {
    const space = text.indexOf(' ', start - SNIPPET_CONTEXT);
    from = space >= 0 && space < start ? space + 1 : start - SNIPPET_CONTEXT;
  }
  if (to - end > SNIPPET_CONTEXT) {
    const space = text.lastIndexOf(' ', end + SNIPPET_CONTEXT);
    to = space > end ? space : end + SNIPPET_CONTEXT;
  }
  const before = text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd();
  return `${from > claim.sentenceStart ? '…' : ''}${before}${SNIPPET_MARK_START}${text.slice(start, end)}${SNIPPET_MARK_END}${after}${to < claim.sentenceEnd ? '…' : ''}`;
}

interface DbClaimMatch extends Omit<ClaimSearchHit, 'snippet'> {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * The most recently stored matches a claim search sorts by capture time. A
 * word that half the library's claims share ("killed") must not sort two
 * million rows per keystroke: past this many matches the results are the
 * latest captures among the most recently stored.
 */
const CLAIM_CANDIDATES = 2000;

/**
 * Claims (rejected ones left out) that every term matches, by its number
 * (value, low or high: "22" finds "between 20 and 22") or by the start of
 * the words of their source, subject, entity or measure (ignoring case and
 * accents), latest capture first.
 */
export function searchClaims(db: ReadableDb, input: string, limit = SEARCH_LIMIT): ClaimSearchHit[] {
  const terms = claimTerms(input);
  if (terms.length === 0) return [];
  const rows = all<DbClaimMatch>(
    db,
    sql`WITH matched (id) AS (
          SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${claimQuery(terms)} ORDER BY rowid DESC LIMIT ${CLAIM_CANDIDATES}
        )
        SELECT c.id AS claimId, c.version_id AS versionId, a.id AS articleId, a.event_id AS eventId,
               h.title AS articleTitle, v.captured_at AS capturedAt,
               v.origin, v.origin_kind AS originKind, c.source,
               c.start, c.end, c.sentence_start AS sentenceStart, c.sentence_end AS sentenceEnd
        FROM matched JOIN claims c ON c.id = matched.id JOIN versions v ON v.id = c.version_id
          JOIN version_articles va ON va.version_id = v.id JOIN articles a ON a.id = va.article_id
          JOIN article_headings h ON h.article_id = a.id JOIN events e ON e.id = a.event_id AND e.trashed_at IS NULL
        WHERE c.status <> 'rejected'
        ORDER BY v.captured_at DESC, v.id DESC, c.start
        LIMIT ${limit}`,
  );
  // Offsets are JavaScript string offsets, so the sentence is cut here, not by SQLite's substr (which counts code points).
  const texts = new Map<number, string>();
  const textOf = (versionId: number): string => {
    let text = texts.get(versionId);
    if (text === undefined) texts.set(versionId, (text = one<{ text: string }>(db, sql`SELECT text FROM versions WHERE id = ${versionId}`)!.text));
    return text;
  };
  return rows.map(({ start, end, sentenceStart, sentenceEnd, ...hit }) => ({
    ...hit,
    snippet: claimSnippet(textOf(hit.versionId), { start, end, sentenceStart, sentenceEnd }),
  }));
}

/** The researcher's notes on figures and claims, best match first. */
export function searchNotes(db: ReadableDb, input: string, limit = SEARCH_LIMIT): NoteSearchHit[] {
  const match = ftsQuery(input);
  if (!match) return [];
  return all<NoteSearchHit>(
    db,
    sql`SELECT n.id AS noteId, n.event_id AS eventId, e.name AS eventName, n.figure_id AS figureId, f.label AS figureLabel,
               n.version_id AS versionId, n.span_start AS spanStart, n.span_end AS spanEnd, h.title AS articleTitle, n.updated_at AS updatedAt,
               snippet(notes_fts, 0, ${SNIPPET_MARK_START}, ${SNIPPET_MARK_END}, '…', 16) AS snippet
        FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid JOIN events e ON e.id = n.event_id
          LEFT JOIN figures f ON f.id = n.figure_id
          LEFT JOIN version_articles va ON va.version_id = n.version_id LEFT JOIN article_headings h ON h.article_id = va.article_id
        WHERE notes_fts MATCH ${match} AND e.trashed_at IS NULL
        ORDER BY rank LIMIT ${limit}`,
  );
}

export function searchLibrary(db: ReadableDb, input: string): LibrarySearchResult {
  return { versions: searchVersions(db, input), claims: searchClaims(db, input), notes: searchNotes(db, input) };
}
