import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/ipc/channels';
import type { Channel } from '../../../main/ipc/contract';
import { validateArg } from '../../../main/ipc/validate';

const GOOD: { [C in Channel]: unknown } = {
  'app:info': undefined,
  'events:list': undefined,
  'library:check': undefined,
  'events:create': { name: 'US strikes near al Bukamal, Feb 2021' },
  'events:figures': { eventId: 1 },
  'events:noFigures': { eventId: 1 },
  'figures:act': { eventId: 1, action: { kind: 'move', claims: [{ versionId: 3, start: 120, end: 128 }], to: 'key:killed|people|' } },
  'figures:log': { eventId: 1 },
  'sources:list': undefined,
  'sources:edit': { kind: 'alias', source: 'Syrian Observatory for Human Rights', alias: 'the war monitor' },
  'articles:markCopy': { articleId: 4, copyOf: 2 },
  'articles:list': { eventId: 1 },
  'articles:move': { articleId: 4, eventId: 2 },
  'articles:merge': { from: 4, into: 5 },
  'articles:split': { versionId: 9 },
  'articles:file': { articleId: 4, eventId: 3 },
  'articles:unfile': { articleId: 4, eventId: 3 },
  'outlets:list': undefined,
  'outlets:rename': { from: 'REUTERS', to: 'Reuters' },
  'events:rename': { eventId: 1, name: 'Nice truck attack, July 2016' },
  'events:trash': { eventId: 1 },
  'events:restore': { eventId: 1 },
  'events:trashed': undefined,
  'metadata:edit': { edits: [{ target: { versionId: 3 }, field: 'outlet', value: 'Reuters' }] },
  'versions:get': { id: 42 },
  'library:search': { query: 'Syrian Observatory 22' },
  'versions:diff': { before: 1, after: 2 },
  'work:cancel': { workId: 'diff-1' },
  'import:run': {
    batchId: 'batch-1',
    target: { eventName: 'Carrow pension protest' },
    inputs: [
      { kind: 'path', path: '/home/reporter/captures/protest-wire.txt' },
      { kind: 'bytes', name: 'wire-bukamal.html', bytes: new TextEncoder().encode('<p>Death toll rises to 22</p>') },
      { kind: 'paste', text: 'Police estimated the crowd at 18,000.', title: 'City Daily, 14 March' },
    ],
  },
  'dialog:pickImportPaths': { folders: true },
  'dialog:pickFolder': undefined,
  'reports:export': { batchId: 'export-1', eventId: 1, formats: ['html', 'pdf', 'csv'], folder: '/home/reporter/reports' },
  'reports:open': { path: '/home/reporter/reports/tally-report-us-strikes.html' },
  'claims:list': { versionId: 3 },
  'claims:review': { claimId: 12, action: 'edit', changes: { low: 20, high: 25, value: null, approx: true, subject: 'people killed' } },
  'claims:override': { claimId: 12, changes: { value: 84, low: 84, high: 84 }, note: 'The prefecture’s list, read on 16 July, gives 84.' },
  'claims:add': { versionId: 3, start: 120, end: 122, value: 22, low: null, high: null, approx: false, source: 'the monitor', subject: 'people killed', figure: 'key:killed|people|' },
  'claims:history': { claimId: 12 },
  'claims:extract': { versionId: 3 },
  'history:list': { offset: 0, limit: 50 },
  'history:undo': { entry: { log: 'library', id: 4 } },
  'history:undoLatest': undefined,
};

const GOOD_IMPORT = GOOD['import:run'] as { batchId: string; target: unknown; inputs: unknown[] };

function refusal(channel: Channel, raw: unknown): string {
  const result = validateArg(channel, raw);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(raw)}`);
  return result.message;
}

describe('validateArg accepts', () => {
  it.each(CHANNELS.map((c) => [c]))('a good argument for %s', (channel) => {
    const result = validateArg(channel, GOOD[channel]);
    expect(result).toEqual({ ok: true, value: GOOD[channel] });
  });

  it('a comparison with what it ignores, and refuses an option it does not know or one that is not a yes or no', () => {
    const options = { ignoreCase: true, ignoreWhitespace: false };
    expect(validateArg('versions:diff', { before: 1, after: 2, options })).toEqual({ ok: true, value: { before: 1, after: 2, options } });
    expect(refusal('versions:diff', { before: 1, after: 2, options: { ignorePunctuation: true } })).toMatch(/versions:diff/);
    expect(refusal('versions:diff', { before: 1, after: 2, options: { ignoreCase: 'yes' } })).toMatch(/versions:diff/);
  });

  it('an import into an existing event by id', () => {
    expect(validateArg('import:run', { ...GOOD_IMPORT, target: { eventId: 3 } }).ok).toBe(true);
  });

  it.each(['confirm', 'reject', 'reopen'])('a claim review that is a plain %s', (action) => {
    expect(validateArg('claims:review', { claimId: 4, action })).toEqual({ ok: true, value: { claimId: 4, action } });
  });

  it('a claim edit with phrases trimmed, a blank one meaning none', () => {
    expect(validateArg('claims:review', { claimId: 4, action: 'edit', changes: { subject: '  US contractors wounded ', source: '  ' } })).toEqual({
      ok: true,
      value: { claimId: 4, action: 'edit', changes: { subject: 'US contractors wounded', source: null } },
    });
  });

  it('an event name with surrounding spaces, trimmed', () => {
    expect(validateArg('events:create', { name: '  Carrow pension protest ' })).toEqual({ ok: true, value: { name: 'Carrow pension protest' } });
  });
});

describe('validateArg on a value the researcher adds', () => {
  const addition = { versionId: 3, start: 120, end: 122, value: 22, low: null, high: null, approx: false, source: '  ', subject: ' people killed ', figure: null };

  it('trims its words, a blank source meaning the outlet’s own voice', () => {
    expect(validateArg('claims:add', addition)).toEqual({ ok: true, value: { ...addition, source: null, subject: 'people killed' } });
  });

  it('refuses a value without its words, or without what it counts', () => {
    expect(validateArg('claims:add', { ...addition, end: 120 })).toMatchObject({ ok: false, message: expect.stringContaining('a span that ends after it starts') });
    expect(validateArg('claims:add', { ...addition, subject: '  ' })).toMatchObject({ ok: false, message: expect.stringContaining('say what it counts') });
  });
});

describe('validateArg on figure actions and sources', () => {
  it.each([
    [{ kind: 'rename', figure: 'figure:3', label: 'people killed in the strikes' }],
    [{ kind: 'best', figure: 'key:killed|people|', best: { low: 17, high: 22 } }],
    [{ kind: 'best', figure: 'figure:3', best: null }],
    [{ kind: 'move', claims: [{ versionId: 1, start: 0, end: 4 }], to: null }],
    [{ kind: 'split', figure: 'figure:3', claims: [{ versionId: 1, start: 0, end: 4 }], label: null }],
    [{ kind: 'merge', figures: ['key:wounded|contractors|US'], into: 'figure:3' }],
    [{ kind: 'note', figure: null, claim: { versionId: 1, start: 0, end: 4 }, body: 'Wire copy of the CBS text' }],
    [{ kind: 'note-edit', noteId: 2, body: 'checked' }],
    [{ kind: 'note-delete', noteId: 2 }],
  ])('accepts %j', (action) => {
    expect(validateArg('figures:act', { eventId: 1, action }).ok).toBe(true);
  });

  it.each([
    [{ kind: 'best', figure: 'figure:3', best: { low: 22, high: 17 } }, 'low must not exceed high'],
    [{ kind: 'move', claims: [], to: 'figure:1' }, 'choose at least one claim'],
    [{ kind: 'move', claims: [{ versionId: 1, start: 9, end: 4 }], to: 'figure:1' }, 'a span ends after it starts'],
    [{ kind: 'rename', figure: 'people killed', label: 'x' }, 'not a figure'],
    [{ kind: 'note', figure: 'figure:1', claim: { versionId: 1, start: 0, end: 4 }, body: 'x' }, 'a note belongs to a figure or to a claim'],
    [{ kind: 'note', figure: 'figure:1', claim: null, body: '   ' }, 'a note needs some text'],
  ])('refuses %j', (action, message) => {
    expect(refusal('figures:act', { eventId: 1, action })).toContain(message);
  });

  it('takes a metadata edit for one version or one article, of a field it knows, and null to go back to the capture', () => {
    expect(validateArg('metadata:edit', { edits: [{ target: { articleId: 4 }, field: 'published', value: null }] }).ok).toBe(true);
    expect(refusal('metadata:edit', { edits: [{ target: { articleId: 4, versionId: 3 }, field: 'outlet', value: 'Reuters' }] })).toMatch(/^metadata:edit: edits\.0\.target/);
    expect(refusal('metadata:edit', { edits: [{ target: { versionId: 3 }, field: 'section', value: 'World' }] })).toMatch(/^metadata:edit: edits\.0\.field/);
    expect(refusal('metadata:edit', { edits: [] })).toMatch(/name at least one edit/);
  });

  it('takes own-text as a copy mark, and nothing else in words', () => {
    expect(validateArg('articles:markCopy', { articleId: 4, copyOf: 'own-text' }).ok).toBe(true);
    expect(refusal('articles:markCopy', { articleId: 4, copyOf: 'original' })).toMatch(/^articles:markCopy: copyOf: /);
  });

  it('refuses a grade off the A–F scale', () => {
    expect(refusal('sources:edit', { kind: 'grade', source: 'SOHR', grade: 'G' })).toMatch(/^sources:edit: grade: /);
  });
});

describe('validateArg refuses, in one line naming the channel', () => {
  const cases: [string, Channel, unknown, RegExp][] = [
    ['a negative version id', 'versions:get', { id: -1 }, /^versions:get: id: /],
    ['a fractional version id', 'versions:get', { id: 1.5 }, /^versions:get: id: /],
    ['a version id sent as a string', 'versions:get', { id: '7' }, /^versions:get: id: /],
    ['an import with no inputs', 'import:run', { ...GOOD_IMPORT, inputs: [] }, /^import:run: inputs: nothing to import$/],
    ['an import without an inputs list', 'import:run', { batchId: 'b', target: { eventId: 1 } }, /^import:run: inputs: /],
    [
      'an input of an unknown kind',
      'import:run',
      { ...GOOD_IMPORT, inputs: [{ kind: 'url', url: 'https://news.example.org/world/2021/02/26/syria-strikes-toll' }] },
      /^import:run: inputs\.0\.kind: /,
    ],
    ['an extra key on the argument', 'import:run', { ...GOOD_IMPORT, overwrite: true }, /^import:run: .*overwrite/],
    [
      'an extra key on an input',
      'import:run',
      { ...GOOD_IMPORT, inputs: [{ kind: 'path', path: '/tmp/a.txt', follow: true }] },
      /^import:run: inputs\.0: .*follow/,
    ],
    ['a target naming both an id and a name', 'import:run', { ...GOOD_IMPORT, target: { eventId: 1, eventName: 'X' } }, /^import:run: target: /],
    ['bytes that are not a Uint8Array', 'import:run', { ...GOOD_IMPORT, inputs: [{ kind: 'bytes', name: 'a.txt', bytes: [72, 105] }] }, /^import:run: inputs\.0\.bytes: /],
    ['a blank event name', 'events:create', { name: '   ' }, /^events:create: name: a name is needed$/],
    ['an event name over 200 characters', 'events:create', { name: 'x'.repeat(201) }, /^events:create: name: a name is at most 200 characters$/],
    ['an argument for a channel that takes none', 'app:info', { verbose: true }, /^app:info: /],
    ['a search over 500 characters', 'library:search', { query: 'Syria '.repeat(100) }, /^library:search: query: /],
    ['a picker flag that is not a boolean', 'dialog:pickImportPaths', { folders: 'yes' }, /^dialog:pickImportPaths: folders: /],
    ['no argument where one is needed', 'articles:list', undefined, /^articles:list: /],
    ['a review action that does not exist', 'claims:review', { claimId: 1, action: 'delete' }, /^claims:review: action: /],
    ['an edit without its changes', 'claims:review', { claimId: 1, action: 'edit' }, /^claims:review: changes: /],
    ['changes on a confirm', 'claims:review', { claimId: 1, action: 'confirm', changes: { value: 3 } }, /^claims:review: .*changes/],
    ['an edit that changes nothing', 'claims:review', { claimId: 1, action: 'edit', changes: {} }, /^claims:review: changes: an edit changes at least one field$/],
    ['an edit with a range running backwards', 'claims:review', { claimId: 1, action: 'edit', changes: { low: 25, high: 20 } }, /^claims:review: changes\.low: low must not exceed high$/],
    ['an edited figure that is not finite', 'claims:review', { claimId: 1, action: 'edit', changes: { value: Infinity } }, /^claims:review: changes\.value: /],
    ['an edited figure sent as text', 'claims:review', { claimId: 1, action: 'edit', changes: { value: '22' } }, /^claims:review: changes\.value: /],
    ['an edited subject over 500 characters', 'claims:review', { claimId: 1, action: 'edit', changes: { subject: 'x'.repeat(501) } }, /^claims:review: changes\.subject: at most 500 characters$/],
    ['an edited kind that does not exist', 'claims:review', { claimId: 1, action: 'edit', changes: { kind: 'estimate' } }, /^claims:review: changes\.kind: /],
    ['an edit of a field that is not reviewable', 'claims:review', { claimId: 1, action: 'edit', changes: { start: 0 } }, /^claims:review: changes: .*start/],
    ['a claim id that is not a positive integer', 'claims:history', { claimId: 0 }, /^claims:history: claimId: /],
    ['an extraction without a version', 'claims:extract', {}, /^claims:extract: versionId: /],
    ['an export with no format', 'reports:export', { batchId: 'e', eventId: 1, formats: [], folder: '/tmp/r' }, /^reports:export: formats: choose at least one format$/],
    ['an export naming a format twice', 'reports:export', { batchId: 'e', eventId: 1, formats: ['csv', 'csv'], folder: '/tmp/r' }, /^reports:export: formats: each format once$/],
    ['an export in a format that does not exist', 'reports:export', { batchId: 'e', eventId: 1, formats: ['docx'], folder: '/tmp/r' }, /^reports:export: formats\.0: /],
    ['an export to a relative folder', 'reports:export', { batchId: 'e', eventId: 1, formats: ['md'], folder: 'reports' }, /^reports:export: folder: the folder must be an absolute path$/],
    ['an export to a path with a NUL', 'reports:export', { batchId: 'e', eventId: 1, formats: ['md'], folder: '/tmp/r\0x' }, /^reports:export: folder: a path cannot contain a NUL character$/],
    ['an export without a folder', 'reports:export', { batchId: 'e', eventId: 1, formats: ['md'] }, /^reports:export: folder: /],
    ['an argument for the folder picker', 'dialog:pickFolder', { folders: true }, /^dialog:pickFolder: /],
    ['an empty path to open', 'reports:open', { path: '' }, /^reports:open: path: a path is needed$/],
  ];

  it.each(cases)('%s', (_what, channel, raw, message) => {
    const text = refusal(channel, raw);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/[\r\n]/);
  });
});
