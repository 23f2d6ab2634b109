// Importing PDFs into a real library file: two PDF versions of one statement
// (the news corpus's Syria revision pair, printed by Chromium) are one
// article with two versions, each the PDF's bytes as they were, dated by its
// metadata, with the figures that changed between them; bad PDFs in a batch
// cost only themselves; the bundled command line imports, extracts and diffs
// PDFs. Fixtures: test/fixtures/pdfs.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLibrary } from '../../db/integrity';
import type { WritableDb } from '../../db/connection';
import { getVersion, getVersionBytes } from '../../db/queries/versions';
import type { ImportInput, ImportReport } from '../../main/core/model';
import { diffVersions } from '../../main/library/diffVersions';
import { importBatch } from '../../main/library/import/importBatch';
import { openLibraryForWork } from '../../main/library/openLibraryForWork';
import { readUnreadPublications } from '../../main/library/publications';
import { PDF_FIXTURES, articleHtml, printPdfs, withDates } from '../fixtures/pdfs';
import { runTally } from '../fixtures/tallyCli';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The statement first put out at 10:15 on 23 May 2016, and revised at 18:30. */
let first: Uint8Array;
let revised: Uint8Array;
let scan: Uint8Array;

beforeAll(async () => {
  const [v1, v2, scanned] = await printPdfs([
    { html: articleHtml('syria_coast_bombings_reuters_v1.txt') },
    { html: articleHtml('syria_coast_bombings_reuters_v2.txt') },
    { html: '', scanOf: 'Bombs kill more than 140 in Syrian cities\nThe Observatory said 145 people were killed.' },
  ]);
  first = withDates(v1!, '20160523101500');
  revised = withDates(v2!, '20160523101500', '20160523183000');
  scan = scanned!;
}, 60_000);

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-pdf-import-'));
  db = openLibraryForWork(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

function run(inputs: ImportInput[]): Promise<ImportReport> {
  return importBatch(db, { batchId: 'pdf', target: { eventName: 'Jableh and Tartous bombings' }, inputs }, { onWarning: () => {} });
}

const paths = (...list: string[]): ImportInput[] => list.map((path) => ({ kind: 'path', path }));

describe('two PDF versions of one statement', () => {
  it('are one article with two versions, each the PDF as it was, dated by its metadata', async () => {
    const report = await run(paths(save('statement-1.pdf', first), save('statement-2.pdf', revised)));
    expect(report.failed).toEqual([]);
    const [one, two] = report.imported;
    expect(two!.articleId).toBe(one!.articleId);
    // the revision's headline changed: it joins by its wording
    expect(two!.joinedBy).toBe('wording');

    const v1 = getVersion(db, one!.versionId)!;
    const v2 = getVersion(db, two!.versionId)!;
    expect(Buffer.from(getVersionBytes(db, v1.id)!).equals(Buffer.from(first))).toBe(true);
    expect([v1.sha256, v2.sha256]).toEqual([sha256(first), sha256(revised)]);
    expect(v1).toMatchObject({ format: 'pdf', encoding: 'PDF-1.4', title: 'Bombs kill more than 140 in Syrian government-held cities: monitor' });
    expect(v2.title).toBe('Bombs kill nearly 150 in Syrian government-held cities: monitor – Reuters');
    expect(v1.text.split('\n\n')[3]).toBe(
      'The Britain-based Syrian Observatory for Human Rights said 145 people were killed in attacks by at least five suicide bombers and two devices planted in cars. State media said 78 people had been killed in what is Assad\'s coastal heartland.',
    );
    expect(v1).toMatchObject({ publishedAt: '2016-05-23T10:15:00.000Z', updatedAt: null, statedIn: { publishedAt: { in: 'PDF metadata', words: "D:20160523101500+00'00'" } } });
    expect(v2).toMatchObject({ publishedAt: '2016-05-23T10:15:00.000Z', updatedAt: '2016-05-23T18:30:00.000Z', statedIn: { updatedAt: { in: 'PDF metadata' } } });
    // the revision names its outlet after its headline
    expect(v2.outlet).toBe('Reuters');
  });

  it('show the figures that changed between them', async () => {
    const [one, two] = (await run(paths(save('statement-1.pdf', first), save('statement-2.pdf', revised)))).imported;
    const changed = diffVersions(db, one!.versionId, two!.versionId)
      .figureChanges.filter((c) => c.kind === 'changed')
      .map((c) => [c.before!.text, c.after!.text]);
    expect(changed).toContainEqual(['more than 140', 'nearly 150']);
    expect(changed).toContainEqual(['145', '148']);
  });

  it('keep their modification date when their publication is read again (a newer reader)', async () => {
    const [, two] = (await run(paths(save('statement-1.pdf', first), save('statement-2.pdf', revised)))).imported;
    db.prepare('UPDATE version_publication SET reader_version = 0').run();
    expect(readUnreadPublications(db)).toBe(2);
    expect(getVersion(db, two!.versionId)).toMatchObject({ publishedAt: '2016-05-23T10:15:00.000Z', updatedAt: '2016-05-23T18:30:00.000Z', statedIn: { updatedAt: { in: 'PDF metadata' } } });
  });
});

describe('PDFs in a batch', () => {
  it('cost only themselves when Tally cannot read them: a folder walked, an upload, and nothing stored lost', async () => {
    const [kept] = (await run(paths(save('statement-1.pdf', first)))).imported;
    const folder = join(dir, 'statements');
    save('statements/a-scanned.pdf', scan);
    save('statements/b-locked.pdf', new Uint8Array(readFileSync(join(PDF_FIXTURES, 'password.pdf'))));
    save('statements/c-cut-short.pdf', first.subarray(0, 20_000));
    save('statements/d-not-a-pdf.pdf', new TextEncoder().encode('<!doctype html><title>404</title><h1>Not Found</h1>'));
    save('statements/e-revised.pdf', revised);
    const upload = new Uint8Array(readFileSync(join(PDF_FIXTURES, 'owner-password.pdf')));
    const report = await run([...paths(folder), { kind: 'bytes', name: 'ministry-statement.pdf', bytes: upload }]);

    expect(report.failed).toEqual([
      { path: join(folder, 'a-scanned.pdf'), error: 'no text layer — the PDF holds only images (scanned); Tally cannot read text from images' },
      { path: join(folder, 'b-locked.pdf'), error: 'password-protected: the PDF needs a password to be opened, and Tally reads only PDFs that open without one' },
      { path: join(folder, 'c-cut-short.pdf'), error: 'damaged PDF: the file is cut short (it has no end-of-file marker), as an unfinished download is' },
      { path: join(folder, 'd-not-a-pdf.pdf'), error: 'not a PDF: the file does not begin as a PDF does (%PDF-); it may be another kind of file named .pdf' },
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.imported.map((i) => [i.path, i.duplicate])).toEqual([
      [join(folder, 'e-revised.pdf'), false],
      ['ministry-statement.pdf', false],
    ]);
    expect(report.imported[0]!.articleId).toBe(kept!.articleId);
    expect(getVersion(db, report.imported[1]!.versionId)).toMatchObject({ format: 'pdf', originKind: 'upload', title: 'Statement on the Jableh and Tartous attacks' });
    expect(getVersion(db, kept!.versionId)!.sha256).toBe(sha256(first));
    expect(checkLibrary(db)).toMatchObject({ problems: [], versions: 3, badVersions: [] });
  });

  it('are read by the capture workers in a large batch, in order', async () => {
    // sixteen captures of one statement, each printed at its own minute
    const files = Array.from({ length: 16 }, (_, i) => save(`many/statement-${String(i).padStart(2, '0')}.pdf`, withDates(first, `201605231${String(i).padStart(2, '0')}000`)));
    const report = await run(paths(join(dir, 'many')));
    expect(report.failed).toEqual([]);
    expect(report.imported.map((i) => i.path)).toEqual(files);
    expect(new Set(report.imported.map((i) => i.articleId)).size).toBe(1);
    expect(getVersion(db, report.imported[15]!.versionId)!.publishedAt).toBe('2016-05-23T11:50:00.000Z');
  });
});

describe('the command line', () => {
  it('imports PDFs, and extracts and diffs them without a library', async () => {
    const [one, two, scanned] = [save('statement-1.pdf', first), save('statement-2.pdf', revised), save('scanned.pdf', scan)];
    const library = join(dir, 'cli.sqlite');
    const imported = await runTally(['import', one, two, scanned, '--library', library, '--json']);
    expect(imported.code).toBe(2);
    const report = JSON.parse(imported.stdout) as ImportReport;
    expect(report.imported.map((i) => i.path)).toEqual([one, two]);
    expect(report.failed).toEqual([{ path: scanned, error: 'no text layer — the PDF holds only images (scanned); Tally cannot read text from images' }]);

    const extracted = await runTally(['extract', one, '--json']);
    expect(extracted.code).toBe(0);
    const { text, claims } = JSON.parse(extracted.stdout) as { text: string; claims: { start: number; end: number }[] };
    expect(claims.map((c) => text.slice(c.start, c.end))).toContain('145');

    const diffed = await runTally(['diff', one, two, '--json']);
    expect(diffed.code).toBe(0);
    const diff = JSON.parse(diffed.stdout) as { figureChanges: { kind: string; before: { text: string } | null; after: { text: string } | null }[] };
    expect(diff.figureChanges.map((c) => [c.before?.text, c.after?.text])).toContainEqual(['more than 140', 'nearly 150']);
  });
});
