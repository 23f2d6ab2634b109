// The library:search channel on a real library: the four al Bukamal reports
// imported (claims extracted on import), searched for versions, claims and
// the researcher's notes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { reviewClaim } from '../../db/queries/claims';
import { applyFigureAction } from '../../db/queries/figures';
import { claimQuery, claimSnippet, claimTerms, searchClaims, searchNotes } from '../../db/queries/search';
import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START, type ClaimSearchHit, type EventFigure } from '../../main/core/model';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBukamal } from '../fixtures/bukamal';
import { unpackFigures } from '../../main/core/compare/figurePack';

const NOW = '2021-02-27T09:00:00Z';
const CBS_TITLE = 'US airstrikes target Iran-backed militias in Syria in Biden’s first military action';
const TOLL_TITLE = 'Death toll from US strikes in eastern Syria rises to 22, monitor says';

let dir: string;
let db: WritableDb;
let eventId: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-search-'));
  db = openLibrary(join(dir, 'library.sqlite'));
  eventId = await importBukamal(db);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface StoredClaim {
  value: number | null;
  low: number | null;
  high: number | null;
  source: string | null;
  status: string;
}

const stored = (hit: ClaimSearchHit): StoredClaim =>
  db.prepare('SELECT value, low, high, source, status FROM claims WHERE id = ?').get(hit.claimId) as StoredClaim;

/** The words between the marks. */
const marked = (snippet: string): string[] => [...snippet.matchAll(new RegExp(`${START}(.*?)${END}`, 'gsu'))].map((m) => m[1]!);

const names = (c: StoredClaim): number[] => [c.value, c.low, c.high].filter((n): n is number => n !== null);

describe('claimTerms', () => {
  it('reads "22" and "1,200" as numbers and cuts each term into its word pieces', () => {
    expect(claimTerms('22 1,200 (Observatory, 3.5 50%_ a_b')).toEqual([
      { words: '22', number: 22 },
      { words: '1 200', number: 1200 },
      { words: 'Observatory', number: null },
      { words: '3 5', number: 3.5 },
      { words: '50', number: 50 },
      { words: 'a b', number: null },
    ]);
    expect(claimTerms('  " ( ')).toEqual([]);
  });

  it('makes one index query that cannot be a syntax error: every term, by its words or its number', () => {
    expect(claimQuery(claimTerms('Observatory 3.5 "x'))).toBe('{words} : "Observatory"* AND ({words} : "3 5"* OR {numbers} : "3d5") AND {words} : "x"*');
  });
});

describe('claimSnippet', () => {
  it('marks the figure in its sentence, counting offsets as JavaScript does', () => {
    const text = '🙂 First. The monitor said 22 people were killed. Last.';
    const start = text.indexOf('22');
    const sentenceStart = text.indexOf('The');
    const sentenceEnd = text.indexOf(' Last');
    expect(claimSnippet(text, { start, end: start + 2, sentenceStart, sentenceEnd })).toBe(`The monitor said ${START}22${END} people were killed.`);
  });

  it('cuts a run-on sentence at word breaks around the figure', () => {
    const text = `${'word '.repeat(100)}toll of 22 dead ${'word '.repeat(100)}`;
    const start = text.indexOf('22');
    const snippet = claimSnippet(text, { start, end: start + 2, sentenceStart: 0, sentenceEnd: text.length });
    expect(snippet).toMatch(new RegExp(`^…word .* toll of ${START}22${END} dead word .*word…$`));
    expect(snippet.length).toBeLessThan(300);
  });
});

describe('searchClaims', () => {
  it('finds claims by a word of their source, in any letter case, marking the figure in its sentence', () => {
    const hits = searchClaims(db, 'observatory');
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) {
      expect(hit.source).toMatch(/Observatory/);
      expect(hit.eventId).toBe(eventId);
      expect(marked(hit.snippet)).toHaveLength(1);
      expect(hit.snippet.replace(START, '').replace(END, '')).toMatch(/Observatory|monitor|it said|They/i);
    }
    // CBS (both versions), the monitor's report and the wire story
    expect(new Set(hits.map((h) => h.versionId)).size).toBe(4);
    expect(new Set(hits.map((h) => h.articleTitle)).size).toBe(3);
    // latest capture first
    expect([...hits.map((h) => h.capturedAt)].sort().reverse()).toEqual(hits.map((h) => h.capturedAt));
  });

  it('finds claims by their number: the value or either end of a range', () => {
    const hits = searchClaims(db, '22');
    expect(hits.length).toBe(3);
    for (const hit of hits) {
      expect(names(stored(hit))).toContain(22);
      expect(marked(hit.snippet)[0]).toContain('22');
    }
    // "at least 20" is stored as low 20: a range end matches
    const atLeast = searchClaims(db, '20');
    expect(atLeast.map((h) => stored(h).low)).toContain(20);
  });

  it('needs every term: "22 Observatory" is the Observatory’s 22, not the monitor’s', () => {
    const hits = searchClaims(db, '22 Observatory');
    expect(hits.map((h) => h.source)).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
    expect(hits.map((h) => h.articleTitle)).toEqual([TOLL_TITLE, CBS_TITLE]);
    expect(searchClaims(db, '22 monitor').map((h) => h.source)).toEqual(['monitor']);
    expect(searchClaims(db, '22 Pentagon')).toEqual([]);
  });

  it('matches subject, entity and measure words too, and reads 1,200-style numbers', () => {
    const rockets = searchClaims(db, 'rockets 14');
    expect(rockets.length).toBe(2);
    for (const hit of rockets) expect(stored(hit).value).toBe(14);
    expect(searchClaims(db, 'wounded Kataib').map((h) => stored(h).value)).toEqual([4]);
    expect(searchClaims(db, '1,200')).toEqual([]);
  });

  it('leaves rejected claims out', () => {
    const [first, second] = searchClaims(db, '22 Observatory');
    reviewClaim(db, { claimId: first!.claimId, action: 'reject' }, NOW);
    expect(searchClaims(db, '22 Observatory').map((h) => h.claimId)).toEqual([second!.claimId]);
    reviewClaim(db, { claimId: first!.claimId, action: 'reopen' }, NOW);
    expect(searchClaims(db, '22 Observatory')).toHaveLength(2);
  });

  it('keeps its index in step with the claims: an edited claim is found by its new source and number, not the old', () => {
    const [hit] = searchClaims(db, '22 monitor');
    reviewClaim(db, { claimId: hit!.claimId, action: 'edit', changes: { source: 'Zébrafinch Agency', value: 23.5, low: 23.5, high: 23.5 } }, NOW);
    expect(searchClaims(db, '22 monitor')).toEqual([]);
    expect(searchClaims(db, 'zebrafinch 23.5').map((h) => h.claimId)).toEqual([hit!.claimId]);
    expect(searchClaims(db, 'agen 23.5').map((h) => h.claimId)).toEqual([hit!.claimId]);
  });

  it('forgets the claims an extraction replaced', () => {
    const before = searchClaims(db, 'Observatory').length;
    db.prepare("DELETE FROM claims WHERE source LIKE '%Observatory%' AND status = 'auto'").run();
    expect(before).toBeGreaterThan(0);
    expect(searchClaims(db, 'Observatory')).toEqual([]);
  });

  it('takes % and _ as word breaks, never as wildcards', () => {
    expect(searchClaims(db, 'Obs_rvatory')).toEqual([]);
    expect(searchClaims(db, 'Syrian%Rights')).toEqual([]);
    expect(searchClaims(db, '%')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchClaims(db, 'killed', 2)).toHaveLength(2);
  });
});

describe('searchNotes', () => {
  const figures = async (): Promise<EventFigure[]> => unpackFigures(await handlers['events:figures']({ eventId }, { db } as HandlerContext));

  it('finds notes on a figure and on a claim by their words, with where they belong', async () => {
    const killed = (await figures()).find((f) => f.members.some((m) => m.text === '22' && m.source === 'Syrian Observatory for Human Rights'))!;
    const militia = killed.members.find((m) => m.sourceAsWritten === 'Kataib Hezbollah')!;
    applyFigureAction(db, eventId, { kind: 'note', figure: killed.ref, claim: null, body: 'The Observatory counts fighters and civilians together.' }, NOW);
    applyFigureAction(
      db,
      eventId,
      { kind: 'note', figure: null, claim: { versionId: militia.versionId, start: militia.start, end: militia.end }, body: 'Kataib Hezbollah counts only its own fighters.' },
      NOW,
    );

    const both = searchNotes(db, 'fighters');
    expect(both).toHaveLength(2);
    const onFigure = both.find((h) => h.figureId !== null)!;
    expect(onFigure).toMatchObject({ eventId, eventName: 'US strikes near al Bukamal', versionId: null, articleTitle: null, figureLabel: null, updatedAt: NOW });
    expect(marked(onFigure.snippet)).toEqual(['fighters']);
    const onClaim = both.find((h) => h.versionId !== null)!;
    expect(onClaim).toMatchObject({ eventId, figureId: null, versionId: militia.versionId, articleTitle: TOLL_TITLE });

    expect(searchNotes(db, 'Kataib own').map((h) => h.noteId)).toEqual([onClaim.noteId]);
    expect(searchNotes(db, 'Pentagon')).toEqual([]);
  });

  it('follows edits, deletions and the figure’s new name', async () => {
    const killed = (await figures()).find((f) => f.members.some((m) => m.text === '22'))!;
    applyFigureAction(db, eventId, { kind: 'note', figure: killed.ref, claim: null, body: 'Check the hospital count.' }, NOW);
    const [note] = searchNotes(db, 'hospital');
    applyFigureAction(db, eventId, { kind: 'rename', figure: `figure:${note!.figureId}`, label: 'people killed in the strikes' }, NOW);
    applyFigureAction(db, eventId, { kind: 'note-edit', noteId: note!.noteId, body: 'Checked the morgue count.' }, '2021-02-28T10:00:00Z');
    expect(searchNotes(db, 'hospital')).toEqual([]);
    expect(searchNotes(db, 'morgue')).toMatchObject([{ noteId: note!.noteId, figureLabel: 'people killed in the strikes', updatedAt: '2021-02-28T10:00:00Z' }]);
    applyFigureAction(db, eventId, { kind: 'note-delete', noteId: note!.noteId }, NOW);
    expect(searchNotes(db, 'morgue')).toEqual([]);
  });
});

describe('library:search', () => {
  it('answers versions, claims and notes in one result', async () => {
    const killed = unpackFigures(await handlers['events:figures']({ eventId }, { db } as HandlerContext))[0]!;
    applyFigureAction(db, eventId, { kind: 'note', figure: killed.ref, claim: null, body: 'The Observatory revised its count twice.' }, NOW);
    const result = await handlers['library:search']({ query: 'Observatory' }, { db } as HandlerContext);
    expect(result.versions).toHaveLength(4);
    expect(result.claims.length).toBeGreaterThan(5);
    expect(result.notes).toHaveLength(1);
    expect(await handlers['library:search']({ query: '  ' }, { db } as HandlerContext)).toEqual({ versions: [], claims: [], notes: [] });
  });
});
