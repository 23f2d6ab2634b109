// Import joins a revision published under a new headline to its article, by
// the same evidence `tally compare` uses (core/capture/storyIdentity.ts), and
// says so; two outlets' own stories of one event stay two articles. Real
// SQLite files, real corpus texts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { importBatch } from '../../main/library/import/importBatch';
import { newsPath } from '../fixtures/corpus';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-story-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFiles(paths: string[]): Promise<Awaited<ReturnType<typeof importBatch>>> {
  return importBatch(db, { batchId: 'b', target: { eventName: 'Taiwan quake' }, inputs: paths.map((path) => ({ kind: 'path', path })) }, { onWarning: () => {} });
}

describe('a revision under a new headline', () => {
  it('joins the article whose wire story it revises, and says by what', async () => {
    // HuffPost ran the Reuters wire text at 03:31; Reuters revised it under a new headline at 15:30
    const report = await importFiles([newsPath('taiwan_quake_reuters_v1_huffpost.txt'), newsPath('taiwan_quake_reuters_v2.txt')]);
    const [first, second] = report.imported;
    expect(second!.articleId).toBe(first!.articleId);
    expect(second!.joinedBy).toBe('wording');
    expect(first!.joinedBy).toBeUndefined();
  });

  it('keeps two outlets’ own stories of one event apart', async () => {
    const report = await importFiles([newsPath('taiwan_quake_reuters_v2.txt'), newsPath('taiwan_quake_bloomberg.txt')]);
    const [reuters, bloomberg] = report.imported;
    expect(bloomberg!.articleId).not.toBe(reuters!.articleId);
    expect(bloomberg!.joinedBy).toBeUndefined();
  });

  it('finds the story in an event imported in an earlier batch', async () => {
    await importFiles([newsPath('syria_coast_bombings_reuters_v1.txt')]);
    const later = await importFiles([newsPath('syria_coast_bombings_reuters_v2.txt')]);
    expect(later.imported[0]!.joinedBy).toBe('wording');
  });

  it('joins by the article id two URLs share, when the wording was rewritten', async () => {
    const page = (headline: string, body: string, url: string): string =>
      `<html><head><title>${headline}</title><link rel="canonical" href="${url}"></head><body><article><h1>${headline}</h1>${body}</article></body></html>`;
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    writeFileSync(a, page('Trump looks for a decisive win', '<p>Voters go to the polls in Indiana on Tuesday, where 57 delegates are at stake.</p>'.repeat(3), 'https://www.reuters.com/article/us-usa-election-idUSKCN0XU0TP'));
    writeFileSync(b, page('Trump becomes presumptive nominee', '<p>Trump won at least 51 of the 57 delegates awarded in Indiana on Tuesday night.</p>'.repeat(3), 'https://in.reuters.com/article/us-usa-election-idINKCN0XU0TP'));
    const report = await importFiles([a, b]);
    expect(report.imported[1]!.articleId).toBe(report.imported[0]!.articleId);
    expect(report.imported[1]!.joinedBy).toBe('article id');
  });
});
