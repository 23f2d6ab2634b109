import { describe, expect, it } from 'vitest';
import { ACTIONS, CHANGES, kindOf, READS } from './changes';

describe('the kinds of channel', () => {
  // that none is missing, the compiler checks against the contract (changes.ts)
  it('lists no channel twice', () => {
    const listed = [...READS, ...Object.keys(CHANGES), ...ACTIONS];
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('has every write change only reads, and no read change anything', () => {
    for (const [write, reads] of Object.entries(CHANGES)) {
      expect(kindOf(write as keyof typeof CHANGES)).toBe('write');
      for (const read of reads) expect(kindOf(read)).toBe('read');
    }
  });

  it('refreshes the figures after every write to claims, curation, sources or copies', () => {
    for (const write of ['claims:review', 'claims:add', 'claims:override', 'claims:extract', 'figures:act', 'sources:edit', 'articles:markCopy', 'import:run'] as const) {
      expect(CHANGES[write]).toContain('events:figures');
    }
  });

  it("brings a version's claim list up to date after every write to its claims", () => {
    for (const write of ['claims:review', 'claims:add', 'claims:override', 'claims:extract'] as const) expect(CHANGES[write]).toContain('claims:list');
  });
});
