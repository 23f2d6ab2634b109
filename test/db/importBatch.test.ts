import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { listEvents } from '../../db/queries/events';
import { getVersion, getVersionBytes } from '../../db/queries/versions';
import type { FailedItem, ImportInput, ImportProgress, ImportReport, ImportTarget } from '../../main/core/model';
import { importBatch, type ImportHooks } from '../../main/library/import/importBatch';
import { PNG_HEADER, concat, utf16, utf8 } from '../fixtures/bytes';
import { CORPUS_DIR, CORPUS_FILES, corpusBytes, corpusPath } from '../fixtures/corpus';

const EVENT: ImportTarget = { eventName: 'US strikes near al Bukamal, Feb 2021' };
const MB = 1024 * 1024;

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-import-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function run(inputs: ImportInput[], hooks?: ImportHooks, target: ImportTarget = EVENT): Promise<ImportReport> {
  return importBatch(db, { batchId: 'test', target, inputs }, hooks);
}

const paths = (...list: string[]): ImportInput[] => list.map((path) => ({ kind: 'path', path }));

function counts(): Record<'events' | 'outlets' | 'articles' | 'versions', number> {
  const count = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { events: count('events'), outlets: count('outlets'), articles: count('articles'), versions: count('versions') };
}

/** Every stored version's bytes, by id. */
function storedBytes(): Map<number, Buffer> {
  const rows = db.prepare('SELECT id, bytes FROM versions ORDER BY id').all() as { id: number; bytes: Buffer }[];
  return new Map(rows.map((r) => [r.id, r.bytes]));
}

function writeFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('importing the development corpus', () => {
  it('imports all 8 documents into 5 articles, keeping the exact bytes and their SHA-256', async () => {
    const report = await run(paths(CORPUS_DIR));
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.imported.map((i) => basename(i.path))).toEqual([...CORPUS_FILES]);
    expect(report.imported.every((i) => !i.duplicate)).toBe(true);
    expect(counts()).toMatchObject({ events: 1, articles: 5, versions: 8 });

    const articleOf = new Map(report.imported.map((i) => [basename(i.path), i.articleId]));
    expect(articleOf.get('cbs-bukamal-r2.txt')).toBe(articleOf.get('cbs-bukamal-r1.txt'));
    expect(articleOf.get('protest-citydaily-r2.txt')).toBe(articleOf.get('protest-citydaily-r1.txt'));
    expect(articleOf.get('wire-bukamal.txt')).toBe(articleOf.get('wire-bukamal.html'));
    expect(new Set(articleOf.values()).size).toBe(5);

    for (const item of report.imported) {
      const fileBytes = new Uint8Array(readFileSync(item.path));
      expect(item.sha256).toBe(sha256(fileBytes));
      expect(getVersion(db, item.versionId)?.sha256).toBe(sha256(fileBytes));
      expect(new Uint8Array(getVersionBytes(db, item.versionId)!)).toEqual(fileBytes);
    }
  });

  it('a second import finds 8 duplicates, with the same version ids, and writes nothing', async () => {
    const first = await run(paths(CORPUS_DIR));
    const before = { counts: counts(), bytes: storedBytes(), changes: db.prepare('SELECT total_changes()').pluck().get() };

    const second = await run(paths(CORPUS_DIR));
    expect(second.failed).toEqual([]);
    expect(second.imported).toHaveLength(8);
    expect(second.imported.every((i) => i.duplicate)).toBe(true);
    expect(second.imported.map((i) => i.versionId)).toEqual(first.imported.map((i) => i.versionId));
    expect(counts()).toEqual(before.counts);
    expect(storedBytes()).toEqual(before.bytes);
    expect(db.prepare('SELECT total_changes()').pluck().get()).toBe(before.changes);
  });

  it('records each file’s absolute path as its origin, and the article’s outlet from the HTML page', async () => {
    await run(paths(corpusPath('wire-bukamal.html'), corpusPath('wire-bukamal.txt')));
    const [article] = listArticles(db, listEvents(db)[0]!.id);
    // the page declares no site name and its <title> ends with a section ("| World News"): its address names the site
    expect(article?.outlet).toBe('news.example.org');
    expect(getVersion(db, article!.versions[0]!.id)?.statedIn.outlet).toMatchObject({ in: 'address' });
    expect(article?.canonicalUrl).toBe('https://news.example.org/world/2021/02/26/syria-strikes-toll');
    expect(article?.versions.map((v) => v.format)).toEqual(['html', 'text']);
    expect(getVersion(db, article!.versions[1]!.id)).toMatchObject({ origin: corpusPath('wire-bukamal.txt'), originKind: 'file' });
  });
});

describe('text encodings', () => {
  const STORY = 'Toll rises to 22\n\nThe Observatory’s count of “22 killed” replaced the 17 it gave overnight, café owners said.';

  it('reads UTF-8 with a BOM, UTF-16 in both byte orders and Windows-1252, and keeps the bytes as they were', async () => {
    // Windows-1252: curly quotes 0x93/0x94, apostrophe 0x92, é 0xE9.
    const cp1252 = Uint8Array.from(Array.from(STORY, (c) => ({ '’': 0x92, '“': 0x93, '”': 0x94, é: 0xe9 })[c] ?? c.charCodeAt(0)));
    const files = {
      'bom.txt': concat([0xef, 0xbb, 0xbf], utf8(STORY)),
      'utf16le.txt': utf16(STORY, 'le'),
      'utf16be.txt': utf16(STORY, 'be'),
      'cp1252.txt': cp1252,
    };
    const report = await run(paths(...Object.entries(files).map(([name, bytes]) => writeFile(name, bytes))));
    expect(report.failed).toEqual([]);
    const encodings = report.imported.map((i) => {
      const v = getVersion(db, i.versionId)!;
      expect(v.text).toBe(STORY);
      expect(v.title).toBe('Toll rises to 22');
      expect(new Uint8Array(getVersionBytes(db, i.versionId)!)).toEqual(files[basename(i.path) as keyof typeof files]);
      expect(v.sha256).toBe(sha256(files[basename(i.path) as keyof typeof files]));
      return [basename(i.path), v.encoding];
    });
    expect(encodings).toEqual([
      ['bom.txt', 'UTF-8 (BOM)'],
      ['utf16le.txt', 'UTF-16LE'],
      ['utf16be.txt', 'UTF-16BE'],
      ['cp1252.txt', 'windows-1252'],
    ]);
    // One article: the same headline, four saves.
    expect(new Set(report.imported.map((i) => i.articleId)).size).toBe(1);
  });

  it('reads a saved page in the charset it declares', async () => {
    const page = `<html><head><meta charset="windows-1252"><title>Toll rises</title></head><body><article><h1>Toll rises</h1><p>${STORY.replace(/\n/g, ' ')} The monitor’s figures could not be verified independently by reporters on the ground.</p></article></body></html>`;
    const bytes = Uint8Array.from(Array.from(page, (c) => ({ '’': 0x92, '“': 0x93, '”': 0x94, é: 0xe9 })[c] ?? c.charCodeAt(0)));
    const report = await run(paths(writeFile('saved.html', bytes)));
    expect(report.failed).toEqual([]);
    const v = getVersion(db, report.imported[0]!.versionId)!;
    expect(v.encoding).toBe('windows-1252');
    expect(v.text).toContain('The Observatory’s count of “22 killed”');
  });
});

describe('a bad input costs only itself', () => {
  const GOOD = corpusPath('protest-wire.txt');
  let baseline: { counts: ReturnType<typeof counts>; bytes: Map<number, Buffer> };

  beforeEach(async () => {
    const report = await run(paths(corpusPath('cbs-bukamal-r1.txt'), corpusPath('wire-bukamal.html')));
    expect(report.imported).toHaveLength(2);
    baseline = { counts: counts(), bytes: storedBytes() };
  });

  /** Imports the bad inputs with a good file after them; returns the failures, checked to be one line each. */
  async function importBesideGoodFile(bad: ImportInput[], hooks?: ImportHooks): Promise<FailedItem[]> {
    const report = await run([...bad, ...paths(GOOD)], hooks);
    const good = report.imported.find((i) => i.path === GOOD);
    expect(good?.duplicate).toBe(false);
    expect(new Uint8Array(getVersionBytes(db, good!.versionId)!)).toEqual(corpusBytes('protest-wire.txt'));
    for (const failure of report.failed) expect(failure.error).not.toMatch(/[\r\n]/);

    const now = storedBytes();
    for (const [id, bytes] of baseline.bytes) expect(now.get(id)).toEqual(bytes);
    expect(counts().versions).toBe(baseline.counts.versions + report.imported.length);
    return report.failed;
  }

  it('an empty file', async () => {
    const path = writeFile('empty.txt', '');
    expect(await importBesideGoodFile(paths(path))).toEqual([{ path, error: 'empty file (0 bytes)' }]);
  });

  it('PNG bytes renamed .txt', async () => {
    const path = writeFile('photo.txt', PNG_HEADER);
    expect(await importBesideGoodFile(paths(path))).toEqual([{ path, error: 'not text: this looks like a PNG image' }]);
  });

  it('invalid UTF-8', async () => {
    const before = utf8('Biden’s first military action: ');
    const path = writeFile('broken.txt', concat(before, [0xe2, 0x80], utf8(' 22 killed, “a dozen” rockets')));
    const [failure, ...rest] = await importBesideGoodFile(paths(path));
    expect(rest).toEqual([]);
    expect(failure?.path).toBe(path);
    expect(failure?.error).toMatch(new RegExp(`^invalid UTF-8 at byte ${before.length}: `));
  });

  it('a 50 MB text file, refused without being read', async () => {
    const sentence = utf8('The Syrian Observatory for Human Rights said on Friday the toll had risen to 22.\n');
    const big = new Uint8Array(50 * MB);
    for (let i = 0; i < big.length; i += sentence.length) big.set(sentence.subarray(0, big.length - i), i);
    const path = writeFile('server-log.txt', big);

    const probe = await open(GOOD);
    const proto = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const read = vi.spyOn(proto, 'read');
    try {
      const failed = await importBesideGoodFile(paths(path));
      expect(failed).toHaveLength(1);
      expect(failed[0]?.path).toBe(path);
      expect(failed[0]?.error).toMatch(/^file is 50\.0 MB; Tally captures files up to 32\.0 MB/);
      expect(read).toHaveBeenCalledTimes(2); // the good file only: its bytes, then its end
    } finally {
      read.mockRestore();
    }
  });

  it('a device that never ends (/dev/zero), refused without reading it', async () => {
    expect(await importBesideGoodFile(paths('/dev/zero'))).toEqual([{ path: '/dev/zero', error: 'a device, not a file: Tally reads saved files only' }]);
  });

  it('a named pipe nobody writes to, refused at once rather than waited on for ever', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    expect(await importBesideGoodFile(paths(path))).toEqual([{ path, error: 'a named pipe, not a file: Tally reads saved files only' }]);
  });

  it('an HTML page with no article', async () => {
    const path = writeFile(
      'front-page.html',
      '<!doctype html><html><head><title>World News</title></head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/markets">Markets</a></nav><footer>© 2021 World News. 1200 Example Street.</footer></body></html>',
    );
    const failed = await importBesideGoodFile(paths(path));
    expect(failed).toHaveLength(1);
    expect(failed[0]?.error).toMatch(/^no article text found in this page/);
  });

  it('a path that does not exist', async () => {
    const path = join(dir, 'never-saved.txt');
    expect(await importBesideGoodFile(paths(path))).toEqual([{ path, error: 'no such file or folder' }]);
  });

  it('a file that vanishes after the folder walk, before it is read', async () => {
    const folder = join(dir, 'captures');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Tens of thousands march in Carrow\n\nPolice estimated the crowd at 18,000.\n');
    writeFileSync(join(folder, 'b.txt'), 'Carrow protest: police revise figure\n\nPolice revised their estimate to 21,000.\n');
    writeFileSync(join(folder, 'c.txt'), 'Carrow protest: arrests\n\nOfficers made 19 arrests.\n');

    const failed = await importBesideGoodFile(paths(folder), {
      onProgress: (p) => {
        if (p.last?.path.endsWith('a.txt')) rmSync(join(folder, 'c.txt'));
      },
    });
    expect(failed).toEqual([{ path: join(folder, 'c.txt'), error: 'the file disappeared before it could be read' }]);
    expect(counts().versions).toBe(baseline.counts.versions + 3); // a.txt, b.txt and the good file
  });
});

describe('what a folder walk passes over', () => {
  function folderWithExtras(): string {
    const folder = join(dir, 'captures');
    mkdirSync(folder);
    writeFileSync(join(folder, 'protest-wire.txt'), corpusBytes('protest-wire.txt'));
    writeFileSync(join(folder, '.draft.txt'), 'Carrow pension protest draws crowd of 20,000, police say\n');
    writeFileSync(join(folder, 'notes.docx'), concat([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml')));
    return folder;
  }

  it('neither imports nor fails hidden files and .docx files, and lists the .docx in skipped', async () => {
    const folder = folderWithExtras();
    const report = await run(paths(folder));
    expect(report.imported.map((i) => i.path)).toEqual([join(folder, 'protest-wire.txt')]);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toContainEqual({ path: join(folder, 'notes.docx'), reason: 'not a type Tally reads (.txt, .md, .html, .htm, .mhtml, .mht, .pdf, .warc, .warc.gz, .wacz)' });
  });

  it('passes over a named pipe inside a folder, listing it in skipped', async () => {
    const folder = join(dir, 'with-pipe');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'feed.txt')]);
    writeFileSync(join(folder, 'story.txt'), 'Carrow protest\n\nPolice estimated the crowd at 18,000.\n');
    const report = await run(paths(folder));
    expect(report.imported.map((i) => i.path)).toEqual([join(folder, 'story.txt')]);
    expect(report.skipped).toEqual([{ path: join(folder, 'feed.txt'), reason: 'not a regular file' }]);
  });

  it('lists a hidden file in skipped', async () => {
    const folder = folderWithExtras();
    const report = await run(paths(folder));
    expect(report.skipped.map((s) => s.path)).toContain(join(folder, '.draft.txt'));
  });

  it('fails an explicitly named .docx as not supported', async () => {
    const path = writeFile('notes.docx', concat([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml')));
    const report = await run(paths(path));
    expect(report.imported).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.path).toBe(path);
    expect(report.failed[0]?.error).toMatch(/^\.docx files are not supported/);
  });
});

describe('pasted text', () => {
  const TEXT =
    'Police, who had first put the crowd at 18,000, revised their estimate to 21,000 on Sunday morning. The organisers, a coalition of 14 unions, said 65,000 people took part.';

  it('is imported as a paste, under the title given', async () => {
    const report = await run([{ kind: 'paste', text: TEXT, title: 'City Daily update, 15 March' }]);
    expect(report.failed).toEqual([]);
    const [item] = report.imported;
    expect(item).toMatchObject({ path: 'City Daily update, 15 March', title: 'City Daily update, 15 March', duplicate: false });
    expect(getVersion(db, item!.versionId)).toMatchObject({
      originKind: 'paste',
      origin: '(pasted text)',
      title: 'City Daily update, 15 March',
      articleTitle: 'City Daily update, 15 March',
      format: 'text',
      text: TEXT,
    });
    expect(new Uint8Array(getVersionBytes(db, item!.versionId)!)).toEqual(utf8(TEXT));
  });

  it('pasted twice is a duplicate the second time', async () => {
    const first = await run([{ kind: 'paste', text: TEXT }]);
    const second = await run([{ kind: 'paste', text: TEXT }]);
    expect(second.imported[0]).toMatchObject({ duplicate: true, versionId: first.imported[0]!.versionId });
    expect(counts().versions).toBe(1);
  });
});

describe('the target event', () => {
  it('rejects an event id that does not exist, importing nothing', async () => {
    await expect(run(paths(corpusPath('protest-wire.txt')), undefined, { eventId: 999 })).rejects.toThrow('no event with id 999');
    expect(counts()).toMatchObject({ events: 0, versions: 0 });
  });

  it('creates an event named in the target once, and reuses it whatever the letter case', async () => {
    const first = await run(paths(corpusPath('protest-citydaily-r1.txt')), undefined, { eventName: 'X' });
    const second = await run(paths(corpusPath('protest-citydaily-r2.txt')), undefined, { eventName: 'x' });
    const events = listEvents(db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'X', articleCount: 1, versionCount: 2 });
    expect(second.imported[0]?.eventId).toBe(first.imported[0]?.eventId);
  });

  it('imports into an existing event by id', async () => {
    const first = await run(paths(corpusPath('monitor-bukamal.txt')));
    const eventId = first.imported[0]!.eventId;
    const second = await run(paths(corpusPath('wire-bukamal.txt')), undefined, { eventId });
    expect(second.imported[0]?.eventId).toBe(eventId);
    expect(listEvents(db)).toHaveLength(1);
  });
});

describe('progress', () => {
  it('reports done going from 0 to N, with total N throughout', async () => {
    const seen: ImportProgress[] = [];
    await run(paths(CORPUS_DIR), { onProgress: (p) => seen.push(p) });
    const N = CORPUS_FILES.length;
    expect(seen.every((p) => p.total === N && p.batchId === 'test')).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(N);
    expect([...new Set(done)]).toEqual(Array.from({ length: N + 1 }, (_, i) => i));
    for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThanOrEqual(done[i - 1]!);
    expect(seen.at(-1)?.last).toEqual({ path: corpusPath('wire-bukamal.txt'), outcome: 'imported' });
  });

  it('counts a path the walk could not find as done from the start', async () => {
    const seen: ImportProgress[] = [];
    const missing = join(dir, 'missing.txt');
    await run(paths(missing, corpusPath('protest-wire.txt')), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toMatchObject({ done: 1, total: 2, last: { path: missing, outcome: 'failed', error: 'no such file or folder' } });
    expect(seen.at(-1)).toMatchObject({ done: 2, total: 2 });
  });
});
