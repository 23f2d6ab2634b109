// `tally report` as a child process, every format built from the development
// corpus and read back with real tools: sha256sum for the hashes, a real CSV
// parser, a JSON Schema validator, Chromium for the HTML's requests, and
// poppler for the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportJsonSchema, type Report } from '../../main/core/report/reportSchema';
import { CHROMIUM_BASE_ARGS } from '../../main/report/printPdf';
import { corpusPath, type CorpusFile } from '../fixtures/corpus';
import { REPO, runTally } from '../fixtures/tallyCli';

const FILES: CorpusFile[] = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.html'];
const EVENT = 'US strikes near al Bukamal, Feb 2021';
const STEM = 'tally-report-us-strikes-near-al-bukamal-feb-2021';

let dir: string;
const out = (ext: string): string => join(dir, `${STEM}.${ext}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-report-'));
  const run = await runTally(['report', ...FILES.map(corpusPath), '--event', EVENT, '--format', 'md,html,pdf,csv,json', '--out', dir]);
  expect(run.stderr).toContain(`wrote ${out('pdf')}`);
  expect(run.code).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (): Report => JSON.parse(readFileSync(out('json'), 'utf8')) as Report;

describe('tally report from files', () => {
  it('writes a JSON report that validates against the published schema', () => {
    const published = JSON.parse(readFileSync(join(REPO, 'main/core/report/report.schema.json'), 'utf8')) as object;
    // the file shipped is the schema the code has: it cannot drift
    expect(published).toEqual(reportJsonSchema());
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);
    const report = json();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, version: 2 })).toBe(false);
    expect(report).toMatchObject({ format: 'tally-report', version: 1, event: { name: EVENT } });
  });

  it('gives each version the SHA-256 that sha256sum gives its file', () => {
    const report = json();
    expect(report.versions).toHaveLength(FILES.length);
    for (const file of FILES) {
      const sum = execFileSync('sha256sum', [corpusPath(file)], { encoding: 'utf8' }).split(' ')[0];
      expect(report.versions.find((v) => v.origin === corpusPath(file))?.sha256).toBe(sum);
      expect(readFileSync(out('md'), 'utf8')).toContain(sum);
      expect(readFileSync(out('html'), 'utf8')).toContain(sum);
    }
  });

  it('lines up 22 against 17 against one killed, and CBS’s six contractors becoming eight', () => {
    const report = json();
    const killed = report.figures.find((f) => f.label === 'people killed')!;
    expect(killed.status).toBe('conflict');
    const values = killed.claims.map((id) => report.claims.find((c) => c.id === id)!);
    expect(values.map((c) => [c.text, c.source])).toEqual(
      expect.arrayContaining([
        ['22', 'Syrian Observatory for Human Rights'],
        ['17', 'Syrian Observatory for Human Rights'],
        ['one', 'Kataib Hezbollah'],
      ]),
    );
    const cbs = report.revisions.find((r) => r.changes.some((c) => c.before?.text === 'A total of six'))!;
    expect(cbs.changes.find((c) => c.before?.text === 'A total of six')!.after).toMatchObject({ value: 8, text: 'A total of eight' });
    expect(report.noFigures.map((n) => n.text)).toContain('did not name any casualties');

    const md = readFileSync(out('md'), 'utf8');
    expect(md).toContain('### people killed (conflict)');
    expect(md).toMatch(/\| 22 \| Syrian Observatory for Human Rights \|/);
    expect(md).toMatch(/\| 1 \| Kataib Hezbollah \|/);
    expect(md).toContain('| changed | 6 | 8 | A total of six contractors were injured, one serious enough to require evacuation. | A total of eight contractors');
    expect(md).toContain('## Provenance');
    expect(md).toContain('## Method');
  });

  it('writes one CSV row per claim that a CSV parser reads back, quotes with commas and quotation marks intact', () => {
    const rows = parseCsv(readFileSync(out('csv')), { bom: true, columns: true }) as Record<string, string>[];
    const report = json();
    expect(rows).toHaveLength(report.claims.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['event', 'figure', 'verdict', 'source', 'outlet', 'article', 'version_captured_at', 'value', 'low', 'high', 'approx', 'quote', 'sha256']));
    const handful = rows.find((r) => r.quote === 'a handful')!;
    // the sentence holds quotation marks and commas: it survives the round trip exactly
    expect(handful.sentence).toBe(report.claims.find((c) => c.text === 'a handful')!.sentence);
    expect(handful.sentence).toMatch(/"killed a handful",? of militants|"killed a handful" of militants, adding/);
    expect(handful).toMatchObject({ event: EVENT, figure: 'people killed', verdict: 'conflict', source: 'US defense official', low: '3', high: '5', approx: 'true' });
    const atLeast = rows.find((r) => r.quote === 'at least 17')!;
    expect(atLeast).toMatchObject({ value: '', low: '17', high: '' });
    for (const r of rows) expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes HTML that makes no request beyond itself when Chromium opens it', async () => {
    const html = readFileSync(out('html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_BASE_ARGS] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${out('html')}`, { waitUntil: 'load' });
      expect(requests).toEqual([`file://${out('html')}`]);
      await expect(page.title()).resolves.toBe(`Discrepancy report: ${EVENT}`);
      expect(await page.locator('mark').count()).toBeGreaterThan(10);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('writes a paginated PDF with the event in the header and page numbers', () => {
    expect(readFileSync(out('pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out('pdf')], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', out('pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(EVENT);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('people killed');
  });
});

describe('tally report from a library', () => {
  it('reports an event of a library, the same figures as from the files', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tally-report-lib-'));
    try {
      const library = join(home, 'library.sqlite');
      expect((await runTally(['import', ...FILES.map(corpusPath), '--event', EVENT, '--library', library])).code).toBe(0);
      const run = await runTally(['report', '--event', EVENT, '--library', library, '--format', 'json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.figures.map((f) => [f.label, f.status]).sort()).toEqual(json().figures.map((f) => [f.label, f.status]).sort());
      expect(report.versions.map((v) => v.sha256)).toEqual(json().versions.map((v) => v.sha256));

      // a selection of the event's versions: the two CBS revisions only
      const cbsArticle = report.versions.find((v) => v.origin.endsWith('cbs-bukamal-r1.txt'))!.articleId;
      const cbs = report.versions.filter((v) => v.articleId === cbsArticle).map((v) => v.id);
      expect(cbs).toHaveLength(2);
      const some = await runTally(['report', '--event', EVENT, '--library', library, '--version', cbs.join(','), '--format', 'json']);
      const selected = JSON.parse(some.stdout) as Report;
      expect(selected.versions.map((v) => v.id)).toEqual(cbs);
      expect(selected.revisions.map((r) => [r.from, r.to])).toEqual([cbs]);
      const unknown = await runTally(['report', '--event', EVENT, '--library', library, '--version', '999', '--format', 'json']);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain(`no version 999 in the event "${EVENT}"`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('tally report refuses, in one line', () => {
  it.each([
    [['--format', 'docx', corpusPath('wire-bukamal.txt')], 'unknown format "docx"'],
    [['--format', 'pdf', corpusPath('wire-bukamal.txt')], 'a PDF needs --out FILE'],
    [['--format', 'md', '/nonexistent/a.txt'], 'no such file: /nonexistent/a.txt'],
    [['--format', 'md', '--event', 'No such event', '--library', '/nonexistent-dir/x.sqlite'], 'cannot open library /nonexistent-dir/x.sqlite'],
    [['--format', 'md', corpusPath('wire-bukamal.txt'), '--library', '/tmp/x.sqlite'], 'name files or --library with --event, not both'],
  ])('%j', async (args, message) => {
    const run = await runTally(['report', ...args]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  }, 60_000);
});

describe('tally report --out over files already there', () => {
  it('refuses to replace a file without --replace, leaving it as it was, and replaces it with --replace', async () => {
    const file = join(dir, 'mine.md');
    writeFileSync(file, 'my own notes');
    const refused = await runTally(['report', corpusPath('wire-bukamal.txt'), '--format', 'md', '--out', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('tally report: mine.md already exists in');
    expect(refused.stderr).toContain('(--replace replaces)');
    expect(readFileSync(file, 'utf8')).toBe('my own notes');

    const replaced = await runTally(['report', corpusPath('wire-bukamal.txt'), '--format', 'md', '--out', file, '--replace']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Discrepancy report/);
  }, 60_000);
});
