// Pages saved with SingleFile carry, in their header comment, the address
// they were saved from and when: those are the version's address and capture
// time, so two saves of one page, imported in any order and under different
// headlines, are one article with its versions at the times they were saved.
// Real SQLite file; pages made from the news corpus's Taiwan revision pair.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { newsPath } from '../fixtures/corpus';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-singlefile-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page as SingleFile saves it: its header comment, then the article, headline first. */
function savedPage(corpusFile: string, savedDate: string): string {
  const [headline, ...body] = readFileSync(newsPath(corpusFile), 'utf8').split(/\n\s*\n/);
  return `<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile
 url: https://www.example-news.com/world/taiwan-quake
 saved date: ${savedDate}
--><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('a page saved with SingleFile', () => {
  it('is captured when its header says, at the address it names, and its saves of one page are one article', async () => {
    const later = join(dir, 'later.html');
    const earlier = join(dir, 'earlier.html');
    writeFileSync(later, savedPage('taiwan_quake_reuters_v2.txt', 'Sat Feb 06 2016 23:30:00 GMT+0800 (Taipei Standard Time)'));
    writeFileSync(earlier, savedPage('taiwan_quake_reuters_v1_huffpost.txt', 'Sat Feb 06 2016 11:31:00 GMT+0800 (Taipei Standard Time)'));
    // imported later save first: the order of the saves, not of the import, is the article's
    const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Taiwan quake' }, inputs: [{ kind: 'path', path: later }, { kind: 'path', path: earlier }] }, { onWarning: () => {} });
    expect(report.failed).toEqual([]);
    const [second, first] = report.imported;
    expect(first!.articleId).toBe(second!.articleId);
    expect(first!.joinedBy).toBeUndefined();
    const [article] = await handlers['articles:list']({ eventId: first!.eventId }, { db } as HandlerContext);
    expect(article!.versions.map((v) => [v.id, v.capturedAt])).toEqual([
      [first!.versionId, '2016-02-06T03:31:00.000Z'],
      [second!.versionId, '2016-02-06T15:30:00.000Z'],
    ]);
    const version = await handlers['versions:get']({ id: first!.versionId }, { db } as HandlerContext);
    expect(version.canonicalUrl).toBe('https://www.example-news.com/world/taiwan-quake');
  });
});
