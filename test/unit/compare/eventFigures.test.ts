// buildEventFigures on hand-made versions and claims, so each case says
// exactly what the extractor would have found and the grouping is known.
import { describe, expect, it } from 'vitest';
import { buildEventFigures, NO_CURATION, type FigureVersion } from '../../../main/core/compare/eventFigures';
import type { DirectorySource } from '../../../main/core/compare/sourceNames';
import type { ClaimRecord, EventFigure, ExtractedClaim, FigureCuration, NoteRecord } from '../../../main/core/model';
import { claimAt } from '../../fixtures/claims';

const SOHR = 'Syrian Observatory for Human Rights';
const KILLED = 'killed|people|';
const US_WOUNDED = 'wounded|contractors|US';
const TOTAL_WOUNDED = 'wounded|contractors|in total';
const WOUNDED = 'wounded|contractors|';

let nextClaimId = 1;

type ClaimSpec = [words: string, fields: Partial<ExtractedClaim>];

function version(versionId: number, articleId: number, outlet: string | null, capturedAt: string, text: string, claims: ClaimSpec[]): FigureVersion {
  return {
    versionId,
    articleId,
    articleTitle: `Article ${articleId}`,
    outlet,
    capturedAt,
    publishedAt: null,
    text,
    claims: claims.map(([words, fields]): ClaimRecord => ({ ...claimAt(text, words, fields), id: nextClaimId++, versionId, status: 'auto', extractorVersion: 'test' })),
  };
}

const killed = (value: number, source: string | null, more: Partial<ExtractedClaim> = {}): Partial<ExtractedClaim> => ({
  value,
  low: value,
  high: value,
  entity: 'people',
  measure: 'killed',
  source,
  ...more,
});
const wounded = (value: number, qualifiers: string[], source: string | null = null): Partial<ExtractedClaim> => ({
  value,
  low: value,
  high: value,
  entity: 'contractors',
  measure: 'wounded',
  qualifiers,
  source,
});

// CBS, twice: the Observatory's toll goes from 17 to 22.
const CBS_1 = version(
  11,
  1,
  'CBS News',
  '2021-02-26T08:00:00Z',
  'The UK-based monitoring group the Syrian Observatory for Human Rights said on Friday 17 people were killed in the attacks. ' +
    'Last week a rocket attack in Erbil wounded four US contractors and a US service member. A total of six contractors were injured.',
  [
    ['17', killed(17, SOHR)],
    ['four', wounded(4, ['US'])],
    ['A total of six', wounded(6, ['in total'])],
  ],
);
const CBS_2 = version(
  12,
  1,
  'CBS News',
  '2021-02-26T09:00:00Z',
  'The UK-based monitoring group the Syrian Observatory for Human Rights said on Friday 22 people were killed in the attacks. ' +
    'Last week a rocket attack in Erbil wounded four US contractors and a US service member. A total of eight contractors were injured.',
  [
    ['22', killed(22, SOHR)],
    ['four', wounded(4, ['US'])],
    ['A total of eight', wounded(8, ['in total'])],
  ],
);

const WIRE_TEXT =
  'BEIRUT - SOHR said on Friday that at least 20 fighters were killed in US airstrikes on positions held by Iran-backed militias in eastern Syria. ' +
  'The Syrian Observatory for Human Rights, a UK-based war monitor, said most of the dead belonged to Kataib Hezbollah and that the strikes hit three trucks carrying ammunition across the border. ' +
  'The strikes followed a rocket attack on Erbil airport last month in which nine contractors were injured and a foreign contractor was killed, according to the coalition. ' +
  'The Pentagon has not released a casualty figure and did not say when it would.';
// The wire's own story.
const WIRE = version(21, 2, 'Reuters', '2021-02-26T08:30:00Z', WIRE_TEXT, [
  ['at least 20', killed(20, 'SOHR', { value: null, high: null, approx: true })],
  ['nine', wounded(9, [])],
]);
// Another outlet runs the wire's story with its last sentence changed: a near-identical copy.
const REPRINT_TEXT = WIRE_TEXT.replace(/The Pentagon has not released.*$/, 'Residents said the blasts woke them shortly after midnight.');
const REPRINT = version(31, 3, 'Yahoo News', '2021-02-26T10:00:00Z', REPRINT_TEXT, [
  ['at least 20', killed(20, 'SOHR', { value: null, high: null, approx: true })],
  ['nine', wounded(9, [])],
]);
// The militia's own word, and the war monitor named by what it is.
const MILITIA = version(
  41,
  4,
  'Al Mayadeen',
  '2021-02-26T10:30:00Z',
  'Kataib Hezbollah said in a statement that one of its fighters had been killed. The war monitor said 22 people were killed.',
  [
    ['one', killed(1, 'Kataib Hezbollah')],
    ['22', killed(22, 'war monitor')],
  ],
);

const EVENT = [CBS_1, WIRE, CBS_2, REPRINT, MILITIA];

function holding(figures: EventFigure[], v: FigureVersion, words: string): EventFigure {
  const start = v.text.indexOf(words);
  const found = figures.filter((f) => f.members.some((m) => m.versionId === v.versionId && m.start === start));
  expect(found, `one figure holds "${words}" of version ${v.versionId}`).toHaveLength(1);
  return found[0]!;
}

function byKey(figures: EventFigure[], key: string): EventFigure {
  const found = figures.find((f) => f.keys.includes(key));
  if (!found) throw new Error(`no figure with key ${key}`);
  return found;
}

function curation(parts: Partial<FigureCuration>): FigureCuration {
  return { ...NO_CURATION, ...parts };
}

function figureRow(id: number, fields: Partial<FigureCuration['figures'][number]> = {}): FigureCuration['figures'][number] {
  return { id, label: null, best: null, mergedInto: null, ...fields };
}

function note(id: number, fields: Partial<NoteRecord>): NoteRecord {
  return { id, eventId: 1, figureId: null, versionId: null, spanStart: null, spanEnd: null, body: `note ${id}`, createdAt: 'x', updatedAt: 'x', ...fields };
}

function span(v: FigureVersion, words: string): { versionId: number; start: number; end: number } {
  const start = v.text.indexOf(words);
  return { versionId: v.versionId, start, end: start + words.length };
}

describe('buildEventFigures without curation', () => {
  const figures = buildEventFigures(EVENT, NO_CURATION, []);

  it('groups the claims by key, each figure a key ref with its automatic label', () => {
    const toll = byKey(figures, KILLED);
    expect(toll.ref).toBe(`key:${KILLED}`);
    expect(toll.figureId).toBeNull();
    expect(toll.label).toBe('people killed');
    expect(toll.autoLabel).toBe('people killed');
    expect(toll.members.map((m) => m.text)).toEqual(['17', 'at least 20', '22', 'at least 20', 'one', '22']);
    expect(toll.members.every((m) => !m.placed)).toBe(true);
  });

  it('names each member’s source as resolved across documents, keeping the name as written', () => {
    const toll = byKey(figures, KILLED);
    const wire = toll.members.find((m) => m.versionId === WIRE.versionId)!;
    expect([wire.source, wire.sourceAsWritten]).toEqual([SOHR, 'SOHR']);
    const monitor = toll.members.find((m) => m.versionId === MILITIA.versionId && m.text === '22')!;
    expect([monitor.source, monitor.sourceAsWritten]).toEqual([SOHR, 'war monitor']);
    expect(byKey(figures, WOUNDED).members.every((m) => m.source === null && m.sourceAsWritten === null)).toBe(true);
  });

  it('takes the lowest low of each article’s latest version as the conservative value', () => {
    // 17 was CBS's first count, since revised to 22: it no longer stands
    expect(byKey(figures, KILLED).conservative).toBe(1);
    expect(byKey(figures, TOTAL_WOUNDED).conservative).toBe(8);
    expect([byKey(figures, TOTAL_WOUNDED).min, byKey(figures, TOTAL_WOUNDED).max]).toEqual([8, 8]);
  });

  it('counts a source quoted by several outlets once, under whatever name each gives it', () => {
    // the Observatory (CBS, the wire as "SOHR", its reprint, "the war monitor") and Kataib Hezbollah
    expect(byKey(figures, KILLED).independentSources).toBe(2);
  });

  it('counts an outlet’s own words in a near-identical reprint with the original', () => {
    const contractors = byKey(figures, WOUNDED);
    expect(contractors.members).toHaveLength(2);
    const reprint = contractors.members.find((m) => m.articleId === REPRINT.articleId)!;
    expect(reprint.copyOf).toEqual({ articleId: WIRE.articleId, marked: false });
    expect(contractors.independentSources).toBe(1);
  });

  it('counts a reprint on its own once the researcher marks it as its own text, whatever detection found', () => {
    const contractors = byKey(buildEventFigures(EVENT, curation({ originals: [REPRINT.articleId] }), []), WOUNDED);
    const reprint = contractors.members.find((m) => m.articleId === REPRINT.articleId)!;
    expect(reprint.copyOf).toBeNull();
    expect(reprint.ownText).toBe(true);
    expect(contractors.independentSources).toBe(2);
  });

  it('counts an outlet’s own words in articles that are not copies once per outlet', () => {
    // CBS said "four US contractors" in both its versions: one outlet, one voice
    expect(byKey(figures, US_WOUNDED).independentSources).toBe(1);
    const rewritten = version(32, 3, 'Yahoo News', '2021-02-26T10:00:00Z', 'Nine contractors were hurt, the Yahoo correspondent in Erbil said.', [
      ['Nine', wounded(9, [])],
    ]);
    const apart = buildEventFigures([CBS_1, WIRE, CBS_2, rewritten, MILITIA], NO_CURATION, []);
    expect(byKey(apart, WOUNDED).members.find((m) => m.articleId === 3)!.copyOf).toBeNull();
    expect(byKey(apart, WOUNDED).independentSources).toBe(2);
  });

  it('lists figures of the same thing in another scope as related, never the figure itself', () => {
    const us = byKey(figures, US_WOUNDED);
    const total = byKey(figures, TOTAL_WOUNDED);
    const plain = byKey(figures, WOUNDED);
    expect(us.related.map((r) => r.ref).sort()).toEqual([`key:${TOTAL_WOUNDED}`, `key:${WOUNDED}`].sort());
    expect(total.related.map((r) => r.label).sort()).toEqual(['US contractors wounded', 'contractors wounded']);
    expect(plain.related).toHaveLength(2);
    expect(byKey(figures, KILLED).related).toEqual([]);
  });

  it('orders figures by how many claims they hold', () => {
    const sizes = figures.map((f) => f.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(figures[0]!.keys).toEqual([KILLED]);
  });
});

describe('buildEventFigures with the source directory', () => {
  it('leaves a source graded E out of the conservative value, but still counts it as a source', () => {
    const directory: DirectorySource[] = [{ name: 'Kataib Hezbollah', aliases: [], grade: 'E' }];
    const toll = byKey(buildEventFigures(EVENT, NO_CURATION, directory), KILLED);
    expect(toll.members.find((m) => m.text === 'one')!.grade).toBe('E');
    // the lowest credible low of the latest versions is the wire's "at least 20", not CBS's superseded 17
    expect(toll.conservative).toBe(20);
    expect(toll.independentSources).toBe(2);
  });

  it('grades a member through an alias: "SOHR" graded E with the Observatory', () => {
    const directory: DirectorySource[] = [{ name: SOHR, aliases: ['SOHR'], grade: 'E' }];
    const toll = byKey(buildEventFigures(EVENT, NO_CURATION, directory), KILLED);
    expect(toll.members.filter((m) => m.grade === 'E').map((m) => m.sourceAsWritten)).toEqual([SOHR, 'SOHR', SOHR, 'SOHR', 'war monitor']);
    expect(toll.conservative).toBe(1);
  });

  it('grades an outlet’s own words with the outlet: CBS graded E leaves its own counts out of the conservative value', () => {
    const total = byKey(buildEventFigures(EVENT, NO_CURATION, []), TOTAL_WOUNDED);
    const graded = byKey(buildEventFigures(EVENT, NO_CURATION, [{ name: 'CBS News', aliases: [], grade: 'E' }]), TOTAL_WOUNDED);
    expect(total.conservative).not.toBeNull();
    expect(graded.members.filter((m) => m.outlet === 'CBS News' && m.source === null).every((m) => m.grade === 'E')).toBe(true);
    expect(graded.conservative).toBeNull();
  });

  it('gives no conservative value when every source of a figure is graded E', () => {
    const directory: DirectorySource[] = [
      { name: SOHR, aliases: [], grade: 'E' },
      { name: 'Kataib Hezbollah', aliases: [], grade: 'E' },
    ];
    expect(byKey(buildEventFigures(EVENT, NO_CURATION, directory), KILLED).conservative).toBeNull();
  });
});

describe('buildEventFigures with copies the researcher marked', () => {
  const rewritten = version(32, 3, 'Yahoo News', '2021-02-26T10:00:00Z', 'Nine contractors were hurt, the Yahoo correspondent in Erbil said.', [
    ['Nine', wounded(9, [])],
  ]);

  it('counts an outlet’s own words in a marked copy with its original, however different the text', () => {
    const figures = buildEventFigures([CBS_1, WIRE, CBS_2, rewritten, MILITIA], curation({ copies: [{ articleId: 3, copyOf: 2 }] }), []);
    const contractors = byKey(figures, WOUNDED);
    expect(contractors.members.find((m) => m.articleId === 3)!.copyOf).toEqual({ articleId: 2, marked: true });
    expect(contractors.independentSources).toBe(1);
  });

  it('counts once when the researcher marks the copy the other way round from what was detected', () => {
    // detection calls the later reprint the copy; the researcher knows the wire ran it second
    const figures = buildEventFigures(EVENT, curation({ copies: [{ articleId: 2, copyOf: 3 }] }), []);
    const contractors = byKey(figures, WOUNDED);
    expect(contractors.members.find((m) => m.articleId === 2)!.copyOf).toEqual({ articleId: 3, marked: true });
    expect(contractors.independentSources).toBe(1);
  });
});

describe('buildEventFigures with the researcher’s curation', () => {
  it('lands a group in the stored figure that owns its key, renamed, with its automatic label kept', () => {
    const figures = buildEventFigures(
      EVENT,
      curation({ figures: [figureRow(7, { label: 'Militia fighters killed', best: { low: 20, high: 22 } })], keys: [{ key: KILLED, figureId: 7 }] }),
      [],
    );
    const toll = byKey(figures, KILLED);
    expect(toll).toMatchObject({ ref: 'figure:7', figureId: 7, label: 'Militia fighters killed', autoLabel: 'people killed', best: { low: 20, high: 22 } });
    expect(toll.members).toHaveLength(6);
    expect(figures.filter((f) => f.keys.includes(KILLED))).toHaveLength(1);
  });

  it('keeps the automatic label of a stored figure the researcher has not renamed', () => {
    const figures = buildEventFigures(EVENT, curation({ figures: [figureRow(7)], keys: [{ key: KILLED, figureId: 7 }] }), []);
    expect(byKey(figures, KILLED)).toMatchObject({ ref: 'figure:7', label: 'people killed', best: null });
  });

  it('puts a placed claim in its figure, out of its automatic one, and marks it placed', () => {
    const one = span(MILITIA, 'one');
    const figures = buildEventFigures(
      EVENT,
      curation({
        figures: [figureRow(5, { label: 'Deaths the militia admits' })],
        placements: [{ ...one, figureId: 5 }],
        notes: [note(1, { versionId: one.versionId, spanStart: one.start, spanEnd: one.end, body: 'the militia’s own count' })],
      }),
      [],
    );
    const admitted = holding(figures, MILITIA, 'one');
    expect(admitted).toMatchObject({ ref: 'figure:5', label: 'Deaths the militia admits', autoLabel: 'people killed', keys: [] });
    expect(admitted.members.map((m) => [m.text, m.placed])).toEqual([['one', true]]);
    expect(admitted.notes.map((n) => n.body)).toEqual(['the militia’s own count']);
    const toll = byKey(figures, KILLED);
    expect(toll.ref).toBe(`key:${KILLED}`);
    expect(toll.members.some((m) => m.text === 'one')).toBe(false);
    expect(toll.notes).toEqual([]);
    // without the militia's "one", the lowest standing value is the wire's "at least 20"
    expect(toll.conservative).toBe(20);
  });

  it('does not call a claim placed in the figure that owns its key moved', () => {
    const one = span(MILITIA, 'one');
    const figures = buildEventFigures(
      EVENT,
      curation({ figures: [figureRow(7)], keys: [{ key: KILLED, figureId: 7 }], placements: [{ ...one, figureId: 7 }] }),
      [],
    );
    const toll = byKey(figures, KILLED);
    expect(toll.members.find((m) => m.text === 'one')!.placed).toBe(false);
    expect(toll.keys).toEqual([KILLED]);
  });

  it('lands a merged figure’s keys, placements and notes in the figure it was merged into', () => {
    const one = span(MILITIA, 'one');
    const figures = buildEventFigures(
      EVENT,
      curation({
        figures: [figureRow(2, { label: 'Contractors injured' }), figureRow(3, { label: 'stale', mergedInto: 2 }), figureRow(4, { mergedInto: 3 })],
        keys: [
          { key: TOTAL_WOUNDED, figureId: 2 },
          { key: US_WOUNDED, figureId: 3 },
        ],
        placements: [{ ...one, figureId: 4 }],
        notes: [note(1, { figureId: 3, body: 'merged from the US count' })],
      }),
      [],
    );
    const merged = byKey(figures, US_WOUNDED);
    expect(merged).toMatchObject({ ref: 'figure:2', figureId: 2, label: 'Contractors injured', keys: [TOTAL_WOUNDED, US_WOUNDED].sort() });
    expect(merged.members.map((m) => m.text).sort()).toEqual(['A total of eight', 'A total of six', 'four', 'four', 'one'].sort());
    expect(merged.notes.map((n) => n.body)).toEqual(['merged from the US count']);
    expect(figures.some((f) => f.ref === 'figure:3' || f.ref === 'figure:4')).toBe(false);
    // the plain count is still another scope of the same thing
    expect(merged.related.map((r) => r.ref)).toEqual([`key:${WOUNDED}`]);
    expect(byKey(figures, WOUNDED).related).toEqual([{ ref: 'figure:2', label: 'Contractors injured' }]);
  });

  it('survives a merge cycle in the stored rows without looping', () => {
    const figures = buildEventFigures(
      EVENT,
      curation({ figures: [figureRow(2, { mergedInto: 3 }), figureRow(3, { mergedInto: 2 })], keys: [{ key: KILLED, figureId: 2 }] }),
      [],
    );
    expect(byKey(figures, KILLED).members).toHaveLength(6);
  });
});
