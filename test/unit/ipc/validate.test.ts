import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/ipc/channels';
import type { Channel } from '../../../main/ipc/contract';
import { validateArg } from '../../../main/ipc/validate';

const GOOD: { [C in Channel]: unknown } = {
  'app:info': undefined,
  'events:list': undefined,
  'events:create': { name: 'US strikes near al Bukamal, Feb 2021' },
  'articles:list': { eventId: 1 },
  'versions:get': { id: 42 },
  'versions:search': { query: 'Syrian Observatory 22' },
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

  it('an import into an existing event by id', () => {
    expect(validateArg('import:run', { ...GOOD_IMPORT, target: { eventId: 3 } }).ok).toBe(true);
  });

  it('an event name with surrounding spaces, trimmed', () => {
    expect(validateArg('events:create', { name: '  Carrow pension protest ' })).toEqual({ ok: true, value: { name: 'Carrow pension protest' } });
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
    ['a search over 500 characters', 'versions:search', { query: 'Syria '.repeat(100) }, /^versions:search: query: /],
    ['a picker flag that is not a boolean', 'dialog:pickImportPaths', { folders: 'yes' }, /^dialog:pickImportPaths: folders: /],
    ['no argument where one is needed', 'articles:list', undefined, /^articles:list: /],
  ];

  it.each(cases)('%s', (_what, channel, raw, message) => {
    const text = refusal(channel, raw);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/[\r\n]/);
  });
});
