// The reports:export, reports:open and dialog:pickFolder channels on a real
// library: the four al Bukamal reports imported, the report model built in
// the library worker (as both shells build it), files written to a temporary
// folder, progress pushed in order; and what is refused, in one line.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { CSV_COLUMNS } from '../../main/core/report/renderCsv';
import type { ArgOf, ReportProgress } from '../../main/ipc/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';
import { CHROMIUM_MISSING, chromiumPdfPrinter } from '../../main/report/printPdf';
import { openWithSystem } from '../../main/web/openWithSystem';
import { webPdfPrinter } from '../../main/web/webPdfPrinter';
import { runDiffInWorker, runReportInWorker } from '../../main/workers/runInWorker';
import { corpusPath } from '../fixtures/corpus';

const EVENT = 'US strikes near al Bukamal';
const STEM = 'tally-report-us-strikes-near-al-bukamal';
const CHROMIUM = '/usr/bin/chromium';

let dir: string;
let libraryPath: string;
let db: WritableDb;
let progress: ReportProgress[];
let opened: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-export-'));
  libraryPath = join(dir, 'library.sqlite');
  db = openLibrary(libraryPath);
  progress = [];
  opened = [];
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function context(extra: Partial<HandlerContext> = {}): HandlerContext {
  return {
    db,
    libraryPath,
    shell: 'web',
    emit: (event, payload) => {
      if (event === 'report:progress') progress.push(payload as ReportProgress);
    },
    runImport: () => Promise.reject(new Error('not in this test')),
    runExtraction: () => Promise.reject(new Error('not in this test')),
    runReport: (event, onProgress) => runReportInWorker(event, { libraryPath, onProgress }),
    runCheck: () => Promise.reject(new Error('not in this test')),
    runDiff: () => Promise.reject(new Error('not in this test')),
    keepFigures: () => Promise.reject(new Error('not in this test')),
    openPath: async (path) => void opened.push(path),
    ...extra,
  };
}

async function importEvent(): Promise<number> {
  const files = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'] as const;
  let t = Date.parse('2021-02-26T08:00:00Z');
  const report = await importBatch(
    db,
    { batchId: 'b', target: { eventName: EVENT }, inputs: files.map((f) => ({ kind: 'path' as const, path: corpusPath(f) })) },
    { now: () => new Date((t += 60_000)).toISOString() },
  );
  return report.imported[0]!.eventId;
}

/** Every row of every table, hashed: what "nothing stored is touched" means. */
function snapshot(): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).raw().all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  return hash.digest('hex');
}

async function call<C extends 'reports:export' | 'reports:open' | 'dialog:pickFolder' | 'app:info'>(ctx: HandlerContext, channel: C, arg?: ArgOf<C>) {
  return dispatch(ctx, channel, arg);
}

function refusal(reply: Awaited<ReturnType<typeof dispatch>>): { code: string; message: string } {
  if (reply.ok) throw new Error(`accepted: ${JSON.stringify(reply.value)}`);
  expect(reply.error.message).not.toMatch(/[\r\n]/);
  return reply.error;
}

describe('reports:export', () => {
  it('writes Markdown, HTML, CSV and JSON named after the event, with progress in order, and changes nothing stored', async () => {
    const eventId = await importEvent();
    const before = snapshot();
    const folder = join(dir, 'out', 'reports');
    const reply = await call(context(), 'reports:export', { batchId: 'x1', eventId, formats: ['md', 'html', 'csv', 'json'], folder });
    if (!reply.ok) throw new Error(reply.error.message);

    const paths = (reply.value as { paths: string[] }).paths;
    expect(paths).toEqual(['md', 'html', 'csv', 'json'].map((ext) => join(folder, `${STEM}.${ext}`)));
    for (const p of paths) expect(existsSync(p)).toBe(true);
    expect(readFileSync(paths[0]!, 'utf8')).toContain(EVENT);
    expect(readFileSync(paths[1]!, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(paths[2]!, 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const json = JSON.parse(readFileSync(paths[3]!, 'utf8')) as { event: { name: string }; figures: unknown[] };
    expect(json.event.name).toBe(EVENT);
    expect(json.figures.length).toBeGreaterThan(0);

    // comparing (CBS's two versions are the one pair), each format written in turn, then done
    expect(progress.every((p) => p.batchId === 'x1')).toBe(true);
    expect(progress.map((p) => p.stage)).toEqual(['comparing', 'comparing', 'writing', 'writing', 'writing', 'writing', 'done']);
    expect(progress[0]).toMatchObject({ done: 0, total: 0 });
    expect(progress[1]).toMatchObject({ done: 1, total: 1 });
    expect(progress.filter((p) => p.stage === 'writing').map((p) => [p.format, p.done, p.total])).toEqual([
      ['md', 0, 4],
      ['html', 1, 4],
      ['csv', 2, 4],
      ['json', 3, 4],
    ]);
    expect(progress.at(-1)).toEqual({ batchId: 'x1', stage: 'done', done: 4, total: 4 });
    expect(snapshot()).toBe(before);
  });

  it('refuses an event that does not exist', async () => {
    const error = refusal(await call(context(), 'reports:export', { batchId: 'x', eventId: 999, formats: ['md'], folder: join(dir, 'r') }));
    expect(error).toEqual({ code: 'not-found', message: 'no event with id 999' });
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });

  it('refuses a PDF where the shell has no printer, before writing anything', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const error = refusal(await call(context(), 'reports:export', { batchId: 'x', eventId, formats: ['html', 'pdf'], folder }));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/PDF/);
    expect(existsSync(folder)).toBe(false);
    expect(progress).toEqual([]);
  });

  it('passes on a printer’s own refusal, and leaves no other format written', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const printPdf = (): Promise<Uint8Array> => Promise.reject(new Error('the browser crashed\n  at Browser.launch (long stack)'));
    const error = refusal(await call(context({ printPdf }), 'reports:export', { batchId: 'x', eventId, formats: ['csv', 'pdf'], folder }));
    expect(error).toEqual({ code: 'failed', message: 'the PDF report could not be written: the browser crashed' });
    expect(existsSync(join(folder, `${STEM}.csv`))).toBe(false);
  });

  it('refuses a folder that cannot be made, in one line', async () => {
    const eventId = await importEvent();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const error = refusal(await call(context(), 'reports:export', { batchId: 'x', eventId, formats: ['md'], folder: join(file, 'reports') }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(`cannot write reports to ${join(file, 'reports')}: part of that path is a file, not a folder`);
    const onFile = refusal(await call(context(), 'reports:export', { batchId: 'x', eventId, formats: ['md'], folder: file }));
    expect(onFile).toEqual({ code: 'invalid-argument', message: `cannot write reports to ${file}: a file of that name is in the way` });
  });

  it.skipIf(!existsSync('/proc/self'))('refuses a folder that exists but takes no file (/proc) before comparing a single revision', async () => {
    const eventId = await importEvent();
    let compared = false;
    const runReport: HandlerContext['runReport'] = () => {
      compared = true;
      return Promise.reject(new Error('compared before the folder was tried'));
    };
    const error = refusal(await call(context({ runReport }), 'reports:export', { batchId: 'x', eventId, formats: ['md'], folder: '/proc/self' }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/^cannot write reports to \/proc\/self: [^\n]+$/);
    expect(compared).toBe(false);
  });

  it.skipIf(!existsSync(CHROMIUM))('prints the PDF with Chromium, first, and answers the paths in the order asked', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const reply = await call(context({ printPdf: chromiumPdfPrinter(CHROMIUM) }), 'reports:export', { batchId: 'p', eventId, formats: ['html', 'pdf'], folder });
    if (!reply.ok) throw new Error(reply.error.message);
    const [html, pdf] = (reply.value as { paths: string[] }).paths;
    expect(pdf).toBe(join(folder, `${STEM}.pdf`));
    expect(readFileSync(pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(html!, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(progress.filter((p) => p.stage === 'writing').map((p) => p.format)).toEqual(['pdf', 'html']);
  }, 60_000);
});

describe('the web shell’s PDF printer', () => {
  afterEach(() => {
    vi.doUnmock('../../main/report/printPdf');
  });

  it('on a machine without Chromium, refuses the PDF alone as unsupported, in one line, and writes nothing', async () => {
    // the printer loads printPdf on first use: that import meets this stand-in
    vi.doMock('../../main/report/printPdf', () => ({
      findChromium: () => {
        throw new Error(CHROMIUM_MISSING);
      },
      chromiumPdfPrinter: () => () => Promise.reject(new Error('never launched')),
    }));
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const ctx = context({ printPdf: webPdfPrinter() });
    expect(refusal(await call(ctx, 'reports:export', { batchId: 'w', eventId, formats: ['md', 'pdf'], folder }))).toEqual({ code: 'unsupported', message: CHROMIUM_MISSING });
    expect(existsSync(join(folder, `${STEM}.md`))).toBe(false);
    // everything but the PDF still exports
    expect((await call(ctx, 'reports:export', { batchId: 'w2', eventId, formats: ['md'], folder })).ok).toBe(true);
  });
});

describe('reports written safely', () => {
  it('refuses to write over report files already in the folder, naming them and writing nothing, until asked to replace', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    mkdirSync(folder);
    const mine = join(folder, `${STEM}.csv`);
    writeFileSync(mine, 'my own notes');
    const reply = await call(context(), 'reports:export', { batchId: 'x', eventId, formats: ['md', 'csv'], folder });
    expect(refusal(reply)).toEqual({
      code: 'exists',
      message: `${STEM}.csv already exists in ${folder}: replace it, or choose another folder`,
    });
    expect(readFileSync(mine, 'utf8')).toBe('my own notes');
    expect(existsSync(join(folder, `${STEM}.md`))).toBe(false);

    const again = await call(context(), 'reports:export', { batchId: 'y', eventId, formats: ['md', 'csv'], folder, replace: true });
    expect(again.ok).toBe(true);
    expect(readFileSync(mine, 'utf8')).toMatch(/^\uFEFFevent,figure,/);
    // no temporary file is left beside the reports
    expect(readdirSync(folder).sort()).toEqual([`${STEM}.csv`, `${STEM}.md`]);
  });

  it('never writes through a link at a report’s name: without consent it is refused, with it the link is replaced and its target untouched', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    mkdirSync(folder);
    const target = join(dir, 'bashrc');
    writeFileSync(target, 'export PATH=/usr/bin');
    const link = join(folder, `${STEM}.md`);
    symlinkSync(target, link);

    expect(refusal(await call(context(), 'reports:export', { batchId: 'x', eventId, formats: ['md'], folder })).code).toBe('exists');
    expect((await call(context(), 'reports:export', { batchId: 'y', eventId, formats: ['md'], folder, replace: true })).ok).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('export PATH=/usr/bin');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toMatch(/^# Discrepancy report/);
  });
});

describe('reports:open', () => {
  it('opens a report this process wrote, and nothing else', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const reply = await call(context(), 'reports:export', { batchId: 'o', eventId, formats: ['md'], folder });
    if (!reply.ok) throw new Error(reply.error.message);
    const [path] = (reply.value as { paths: string[] }).paths;

    expect(await call(context(), 'reports:open', { path: path! })).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([path]);

    const other = join(dir, 'library.sqlite');
    expect(refusal(await call(context(), 'reports:open', { path: other }))).toEqual({
      code: 'invalid-argument',
      message: 'only a report exported in this session can be opened from here',
    });
    // the same file named another way is still the same file
    expect((await call(context(), 'reports:open', { path: join(folder, '..', 'r', `${STEM}.md`) })).ok).toBe(true);
    expect(opened).toHaveLength(2);

    rmSync(path!);
    expect(refusal(await call(context(), 'reports:open', { path: path! })).code).toBe('not-found');
  });

  it('refuses a written report that was swapped for a link, or for another file, since it was written', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'r');
    const reply = await call(context(), 'reports:export', { batchId: 'o', eventId, formats: ['md', 'html'], folder });
    if (!reply.ok) throw new Error(reply.error.message);
    const [md, html] = (reply.value as { paths: string[] }).paths as [string, string];
    const secret = join(dir, 'secret.html');
    writeFileSync(secret, '<p>not a report</p>');

    rmSync(md);
    symlinkSync(secret, md);
    const swapped = refusal(await call(context(), 'reports:open', { path: md }));
    expect(swapped).toEqual({ code: 'invalid-argument', message: `${md} was replaced after Tally wrote it: open it from its folder if you trust it` });

    rmSync(html);
    writeFileSync(html, '<p>another file of the same name</p>');
    expect(refusal(await call(context(), 'reports:open', { path: html })).code).toBe('invalid-argument');
    expect(opened).toEqual([]);
  });

  it('the web shell’s opener fails in one line when the command is missing', async () => {
    const missing = { command: join(dir, 'no-such-opener'), args: (p: string) => [p], hint: 'install xdg-utils' };
    await expect(openWithSystem('/tmp/report.html', missing)).rejects.toMatchObject({
      code: 'failed',
      message: `cannot open the report here: ${missing.command} is not installed (install xdg-utils)`,
    });
    await expect(openWithSystem('/tmp/report.html', { command: 'true', args: (p) => [p] })).resolves.toBeUndefined();
  });
});

describe('dialog:pickFolder and app:info', () => {
  it('the folder picker is the desktop shell’s: elsewhere it is unsupported', async () => {
    expect(refusal(await call(context(), 'dialog:pickFolder')).code).toBe('unsupported');
    expect(await call(context({ pickFolder: async () => '/home/reporter/reports' }), 'dialog:pickFolder')).toEqual({ ok: true, value: '/home/reporter/reports' });
  });

  it('the web shell suggests a reports folder beside the library', async () => {
    const reply = await call(context(), 'app:info');
    expect(reply).toMatchObject({ ok: true, value: { shell: 'web', reportsFolder: join(dirname(libraryPath), 'reports') } });
    const desktop = await call(context({ shell: 'electron' }), 'app:info');
    expect(desktop.ok && 'reportsFolder' in (desktop.value as object)).toBe(false);
  });
});

describe('work:cancel', () => {
  it('stops an export while it compares revisions: the worker ends, nothing is written, and the export says it was cancelled', async () => {
    const eventId = await importEvent();
    const folder = join(dir, 'cancelled');
    let ended = false;
    const ctx = context({
      runReport: (event, onProgress, signal) => {
        signal?.addEventListener('abort', () => (ended = true));
        return runReportInWorker(event, { libraryPath, onProgress, signal });
      },
    });
    const exporting = dispatch(ctx, 'reports:export', { batchId: 'to-cancel', eventId, formats: ['md', 'csv'], folder });
    // once it says it is comparing
    await vi.waitFor(() => expect(progress.length).toBeGreaterThan(0));
    expect(await dispatch(ctx, 'work:cancel', { workId: 'to-cancel' })).toEqual({ ok: true, value: { cancelled: true } });
    const error = refusal(await exporting);
    expect(error).toEqual({ code: 'cancelled', message: 'the export was cancelled' });
    expect(ended).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    // the name is free again, and nothing runs under it
    expect(await dispatch(ctx, 'work:cancel', { workId: 'to-cancel' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('stops a diff named by its workId, and refuses a second work under a name still running', async () => {
    const eventId = await importEvent();
    const versions = db.prepare('SELECT v.id FROM versions v JOIN articles a ON a.id = v.article_id WHERE a.event_id = ? ORDER BY v.id').pluck().all(eventId) as number[];
    const ctx = context({ runDiff: (before, after, options, signal) => runDiffInWorker(before, after, options, { libraryPath, signal }) });
    const diffing = dispatch(ctx, 'versions:diff', { before: versions[0]!, after: versions[1]!, workId: 'diff-1' });
    expect(refusal(await dispatch(ctx, 'versions:diff', { before: versions[0]!, after: versions[1]!, workId: 'diff-1' })).code).toBe('invalid-argument');
    expect(await dispatch(ctx, 'work:cancel', { workId: 'diff-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(refusal(await diffing)).toEqual({ code: 'cancelled', message: 'the comparison was cancelled' });
    // unnamed, or named and left alone, it answers as before
    const whole = await dispatch(ctx, 'versions:diff', { before: versions[0]!, after: versions[1]!, workId: 'diff-2' });
    expect(whole.ok).toBe(true);
  });
});
