// The real `tally` command line, run as a child process the way a researcher
// (or a script) runs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPath } from '../fixtures/corpus';
import { runTally, type CliRun } from '../fixtures/tallyCli';

const TIMEOUT = 60_000;

let dir: string;
let library: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
  library = join(dir, 'l.db');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tally(...args: string[]): Promise<CliRun> {
  return runTally(args, dir);
}

interface ImportJson {
  imported: { path: string; versionId: number; articleId: number; sha256: string; duplicate: boolean }[];
  failed: { path: string; error: string }[];
  skipped: { path: string; reason: string }[];
}

interface ListJson {
  articles: { id: number; title: string; outlet: string | null; event: string; versions: { id: number; sha256: string; capturedAt: string }[] }[];
}

describe('tally import --json', () => {
  it(
    'imports the corpus and prints one JSON document with 8 imported, exit code 0',
    async () => {
      const result = await tally('import', CORPUS_DIR, '--library', library, '--json');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as ImportJson;
      expect(report.imported).toHaveLength(8);
      expect(report.imported.every((i) => !i.duplicate && /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
      expect(report.failed).toEqual([]);
      expect(report.skipped).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'reports all 8 as duplicates the second time, with the same version ids',
    async () => {
      const first = JSON.parse((await tally('import', CORPUS_DIR, '--library', library, '--json')).stdout) as ImportJson;
      const result = await tally('import', CORPUS_DIR, '--library', library, '--json');
      expect(result.code).toBe(0);
      const second = JSON.parse(result.stdout) as ImportJson;
      expect(second.imported).toHaveLength(8);
      expect(second.imported.every((i) => i.duplicate)).toBe(true);
      expect(second.imported.map((i) => i.versionId)).toEqual(first.imported.map((i) => i.versionId));
    },
    TIMEOUT,
  );

  it(
    'exits 2 when part of the batch failed, listing the one bad path and importing the rest',
    async () => {
      const missing = join(dir, 'never-saved.txt');
      const result = await tally('import', missing, corpusPath('protest-wire.txt'), '--library', library, '--json');
      expect(result.code).toBe(2);
      const report = JSON.parse(result.stdout) as ImportJson;
      expect(report.failed).toEqual([{ path: missing, error: 'no such file or folder' }]);
      expect(report.imported.map((i) => i.path)).toEqual([corpusPath('protest-wire.txt')]);
    },
    TIMEOUT,
  );
});

describe('tally list --json', () => {
  it(
    'lists the 5 articles of the corpus with their versions’ id, sha256 and capture time',
    async () => {
      const imported = JSON.parse((await tally('import', CORPUS_DIR, '--library', library, '--json')).stdout) as ImportJson;
      const result = await tally('list', '--library', library, '--json');
      expect(result.code).toBe(0);
      const { articles } = JSON.parse(result.stdout) as ListJson;
      expect(articles).toHaveLength(5);
      expect(articles.map((a) => a.versions.length).sort()).toEqual([1, 1, 2, 2, 2]);
      const versions = articles.flatMap((a) => a.versions);
      for (const v of versions) {
        expect(Number.isInteger(v.id)).toBe(true);
        expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(Number.isNaN(Date.parse(v.capturedAt))).toBe(false);
      }
      expect(new Set(versions.map((v) => v.sha256))).toEqual(new Set(imported.imported.map((i) => i.sha256)));
      expect(articles.every((a) => a.event === 'Unsorted')).toBe(true);
    },
    TIMEOUT,
  );
});

describe('tally usage errors', () => {
  it(
    'exits 1 with no arguments',
    async () => {
      const result = await tally();
      expect(result.code).toBe(1);
      expect(`${result.stdout}${result.stderr}`).toContain('usage: tally <command>');
    },
    TIMEOUT,
  );

  it(
    'prints the usage on stderr, not stdout, when there are no arguments',
    async () => {
      const result = await tally();
      expect(result.stderr).toContain('usage: tally <command>');
      expect(result.stdout).toBe('');
    },
    TIMEOUT,
  );

  it(
    'exits 1 on an unknown option, with the command’s usage on stderr and nothing on stdout',
    async () => {
      const result = await tally('import', CORPUS_DIR, '--bogus', '--library', library, '--json');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^tally import: Unknown option '--bogus'/);
      expect(result.stderr).toContain('usage: tally import <paths...>');
      expect(result.stdout).toBe('');
    },
    TIMEOUT,
  );

  it(
    'exits 1 on an unknown command',
    async () => {
      const result = await tally('export', '--library', library);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('tally: unknown command "export"');
    },
    TIMEOUT,
  );

  it(
    'refuses an empty --library rather than importing into a temporary database that vanishes',
    async () => {
      const result = await tally('import', corpusPath('protest-wire.txt'), '--library', '', '--json');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^tally import: --library needs a file name/);
      expect(result.stdout).toBe('');
    },
    TIMEOUT,
  );

  it(
    'prints a file name with a newline and an escape sequence as escapes: no forged line, nothing sent to the terminal',
    async () => {
      const name = join(dir, 'a.txt\nimported     forged.txt\x1b[2J.txt');
      writeFileSync(name, 'Carrow protest\n\nPolice estimated the crowd at 18,000.\n');
      const result = await tally('import', name, '--library', library);
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('a.txt\\nimported     forged.txt\\u001b[2J.txt');
      expect(result.stdout).not.toContain('\x1b');
    },
    TIMEOUT,
  );

  it(
    'refuses an event name the app would refuse: a control character in it',
    async () => {
      const result = await tally('import', corpusPath('protest-wire.txt'), '--event', 'Carrow\nprotest', '--library', library);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^tally import: --event: a name cannot hold control characters/);
    },
    TIMEOUT,
  );
});

describe('tally edit', () => {
  it(
    'corrects an article’s outlet and a version’s publication time, which list then shows, and puts one back as captured',
    async () => {
      const imported = JSON.parse((await tally('import', corpusPath('wire-bukamal.txt'), '--library', library, '--json')).stdout) as ImportJson;
      const { articleId, versionId } = imported.imported[0]!;
      const edited = await tally('edit', '--article', String(articleId), '--outlet', 'Reuters', '--library', library);
      expect(edited.code).toBe(0);
      expect(edited.stderr).toBe(`every version of article ${articleId}: outlet Reuters\n`);
      expect((await tally('edit', '--version', String(versionId), '--published', '26 February 2021 09:15 GMT', '--library', library)).code).toBe(0);
      const listed = JSON.parse((await tally('list', '--library', library, '--json')).stdout) as ListJson;
      expect(listed.articles[0]).toMatchObject({ outlet: 'Reuters' });

      const back = await tally('edit', '--article', String(articleId), '--as-captured', 'outlet', '--library', library);
      expect(back.stderr).toBe(`every version of article ${articleId}: outlet as the capture says\n`);
      expect((JSON.parse((await tally('list', '--library', library, '--json')).stdout) as ListJson).articles[0]!.outlet).toBeNull();
    },
    TIMEOUT,
  );

  it(
    'refuses, in one line, a time it cannot read, an article it does not have, and no field at all',
    async () => {
      await tally('import', corpusPath('wire-bukamal.txt'), '--library', library);
      const late = await tally('edit', '--article', '1', '--published', 'whenever', '--library', library);
      expect([late.code, late.stderr.trim().split('\n').length]).toEqual([1, 1]);
      expect(late.stderr).toMatch(/“whenever” is not a time Tally can read/);
      expect((await tally('edit', '--article', '99', '--outlet', 'AP', '--library', library)).stderr).toMatch(/no article 99/);
      expect((await tally('edit', '--article', '1', '--library', library)).stderr).toMatch(/name a field to correct/);
    },
    TIMEOUT,
  );
});
