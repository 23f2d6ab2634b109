// The researcher corrects who published a version and when, through the
// handlers as the app does, on a real library file: an audited, append-only
// layer over the immutable versions, read by the lists, the reader, the
// figures and the report, and put back to what the capture says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WritableDb } from '../../db/connection';
import { metadataLog } from '../../db/queries/metadata';
import { dispatch } from '../../main/ipc/dispatch';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { reportFromLibrary } from '../../main/report/collectReport';
import { newsPath } from '../fixtures/corpus';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-metadata-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): HandlerContext => ({ db }) as HandlerContext;

async function importNice(): Promise<{ eventId: number; articleId: number; versionId: number }> {
  const report = await importBatch(db, { batchId: 'b', target: { eventName: 'Nice truck attack' }, inputs: [{ kind: 'path', path: newsPath('nice_truck_attack_reuters.txt') }] });
  const { eventId, articleId, versionId } = report.imported[0]!;
  return { eventId, articleId, versionId };
}

describe('metadata:edit', () => {
  it('names an article’s outlet and a version’s publication time, everywhere they are read, and keeps every step', async () => {
    const { eventId, articleId, versionId } = await importNice();
    const article = async () => (await handlers['articles:list']({ eventId }, ctx()))[0]!;
    expect((await article()).outlet).toBeNull();

    await handlers['metadata:edit'](
      {
        edits: [
          { target: { articleId }, field: 'outlet', value: 'Reuters' },
          { target: { versionId }, field: 'published', value: '15 July 2016 01:40 GMT' },
          { target: { articleId }, field: 'title', value: 'Truck attack kills 80 in Nice' },
        ],
      },
      ctx(),
    );

    expect(await article()).toMatchObject({ outlet: 'Reuters', title: 'Truck attack kills 80 in Nice', versions: [{ publishedAt: '2016-07-15T01:40:00.000Z' }] });
    const version = await handlers['versions:get']({ id: versionId }, ctx());
    expect(version).toMatchObject({ outlet: 'Reuters', publishedAt: '2016-07-15T01:40:00.000Z', articleTitle: 'Truck attack kills 80 in Nice' });
    expect(version.statedIn.outlet).toEqual({ in: 'researcher', words: null });
    // the captured headline of the version is its own: the article's new title renames the article only
    expect(version.title).toBe("Truck 'terrorist' kills 80 in Nice Bastille Day crowd");
    const members = unpackFigures(await handlers['events:figures']({ eventId }, ctx())).flatMap((f) => f.members);
    expect(members.every((m) => m.outlet === 'Reuters' && m.publishedAt === '2016-07-15T01:40:00.000Z')).toBe(true);
    const report = reportFromLibrary(db, { id: eventId, name: 'Nice truck attack' });
    expect(report.versions[0]).toMatchObject({ outlet: 'Reuters', publishedAt: '2016-07-15T01:40:00.000Z' });

    // back to what the capture says, as a new step in the log
    await handlers['metadata:edit']({ edits: [{ target: { articleId }, field: 'outlet', value: null }] }, ctx());
    expect((await article()).outlet).toBeNull();
    expect(metadataLog(db, articleId).map((e) => [e.field, e.value])).toEqual([
      ['outlet', 'Reuters'],
      ['published', '2016-07-15T01:40:00.000Z'],
      ['title', 'Truck attack kills 80 in Nice'],
      ['outlet', null],
    ]);
    expect(() => db.prepare('DELETE FROM metadata_edits').run()).toThrow(/never deleted/);
    // the captured version itself is untouched
    expect(db.prepare('SELECT published_at AS publishedAt, outlet_name AS outlet FROM versions WHERE id = ?').get(versionId)).toEqual({ publishedAt: null, outlet: null });
  });

  it('refuses a time it cannot read and an article that is not there, each in one line, and stores none of the edits asked with them', async () => {
    const { articleId } = await importNice();
    // the outlet is good, the time is not: neither is stored
    expect(await dispatch(ctx(), 'metadata:edit', { edits: [{ target: { articleId }, field: 'outlet', value: 'Reuters' }, { target: { articleId }, field: 'published', value: 'soon' }] })).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: '“soon” is not a time Tally can read: write it like 2016-03-22 10:05 GMT or 22 March 2016' },
    });
    expect(await dispatch(ctx(), 'metadata:edit', { edits: [{ target: { articleId: 999 }, field: 'outlet', value: 'AP' }] })).toEqual({ ok: false, error: { code: 'not-found', message: 'no article 999' } });
    expect(metadataLog(db, articleId)).toEqual([]);
  });
});

describe('a corrected headline or address', () => {
  // enough words for a page to read as an article, too few for its wording to join it to another
  const FILLER = 'Rescue teams searched the ruins through the night while officials asked residents to stay away from damaged buildings.';
  const page = (headline: string, url: string, body: string): string =>
    `<html><head><title>${headline}</title><link rel="canonical" href="${url}"></head><body><article><h1>${headline}</h1><p>${body}</p><p>${FILLER}</p></article></body></html>`;
  async function importPage(name: string, html: string) {
    const path = join(dir, name);
    writeFileSync(path, html);
    const report = await importBatch(db, { batchId: name, target: { eventName: 'Quake' }, inputs: [{ kind: 'path', path }] }, { onWarning: () => {} });
    return report.imported[0]!;
  }

  it('joins a later capture that carries it to the article the researcher corrected', async () => {
    const first = await importPage('a.html', page('Quake kills 12', 'https://example.com/tmp-slug', 'At least 12 people were killed.'));
    await handlers['metadata:edit']({ edits: [
      { target: { articleId: first.articleId }, field: 'title', value: 'Taiwan quake kills 12' },
      { target: { articleId: first.articleId }, field: 'url', value: 'https://example.com/taiwan-quake' },
    ] }, ctx());
    const byHeadline = await importPage('b.html', page('Taiwan quake kills 12', 'https://example.com/2016/02/06/taiwan-quake', 'The death toll stood at 12.'));
    expect(byHeadline.articleId).toBe(first.articleId);
    const byAddress = await importPage('c.html', page('Taiwan quake toll rises to 14', 'https://www.example.com/taiwan-quake?utm_source=x', 'The death toll rose to 14.'));
    expect(byAddress.articleId).toBe(first.articleId);
    const other = await importPage('d.html', page('Aftershocks rattle Tainan', 'https://example.com/aftershocks', 'Aftershocks were felt.'));
    expect(other.articleId).not.toBe(first.articleId);
  });
});
