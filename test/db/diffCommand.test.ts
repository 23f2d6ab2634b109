// The revision diff from outside: `tally diff A B [--json]` run as a child
// process, and the versions:diff channel through the loopback web shell over
// real HTTP, on the two CBS revisions imported into a temporary library.
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import type { DiffSummary, DiffUnit, FigureChange, ImportReport, VersionDiff } from '../../main/core/model';
import { startWebShell, type WebShell } from '../../main/web/server';
import { corpusBytes, corpusPath, corpusText, type CorpusFile } from '../fixtures/corpus';
import { runTally, type CliRun } from '../fixtures/tallyCli';

const TIMEOUT = 60_000;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-diff-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tally(...args: string[]): Promise<CliRun> {
  return runTally(args, dir);
}

interface DiffJson {
  summary: DiffSummary;
  changes: DiffUnit[];
  figureChanges: FigureChange[];
  units: DiffUnit[];
  texts: { before: string; after: string };
}

/** "old → new" for a changed figure, "+ new" and "- old" for the others. */
function arrows(changes: readonly FigureChange[]): string[] {
  return changes.map((f) => (f.kind === 'changed' ? `${f.before!.text} → ${f.after!.text}` : f.kind === 'appeared' ? `+ ${f.after!.text}` : `- ${f.before!.text}`));
}

const CBS_FIGURES = ['17 → 22', 'more than 20 → dozens', 'A total of six → A total of eight', 'one → two', 'about a dozen → 14', '+ six'];

describe('tally diff FILE_A FILE_B --json', () => {
  it(
    'prints one JSON object: the summary, the changes and the figure changes with offsets into each file’s text',
    async () => {
      const result = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), '--json');
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const doc = JSON.parse(result.stdout) as DiffJson;
      expect(doc.summary).toMatchObject({ added: 4, removed: 0, figuresChanged: 5, figuresAppeared: 1, figuresDisappeared: 0, rewrite: false, coarse: false });
      expect(doc.changes.length).toBeGreaterThan(0);
      expect(doc.changes.every((u) => u.kind !== 'same')).toBe(true);
      expect(doc.changes).toEqual(doc.units.filter((u) => u.kind !== 'same'));
      expect(arrows(doc.figureChanges)).toEqual(CBS_FIGURES);
      for (const f of doc.figureChanges) {
        for (const [side, text] of [
          [f.before, doc.texts.before],
          [f.after, doc.texts.after],
        ] as const) {
          if (!side) continue;
          for (const field of ['value', 'low', 'high', 'text', 'start', 'end'] as const) expect(side).toHaveProperty(field);
          expect(text.slice(side.start, side.end)).toBe(side.text);
        }
      }
      const [killed] = doc.figureChanges;
      expect(killed!.before).toMatchObject({ value: 17, low: 17, high: 17, text: '17' });
      expect(killed!.after).toMatchObject({ value: 22, low: 22, high: 22, text: '22' });
      // the changes' offsets are into the same texts
      for (const u of doc.changes) {
        if (u.before) expect(doc.texts.before.slice(u.before.start, u.before.end).trim()).not.toBe('');
        if (u.after) expect(doc.texts.after.slice(u.after.start, u.after.end).trim()).not.toBe('');
      }
    },
    TIMEOUT,
  );

  it(
    'reads the files as an import would: offsets are into the captured text of each (City Daily)',
    async () => {
      const result = await tally('diff', corpusPath('protest-citydaily-r1.txt'), corpusPath('protest-citydaily-r2.txt'), '--json');
      expect(result.code).toBe(0);
      const doc = JSON.parse(result.stdout) as DiffJson;
      expect(arrows(doc.figureChanges)).toEqual(['+ 21,000', '12 → 19', 'Three → Five', '+ at least 30']);
      const [crowd, arrests] = doc.figureChanges;
      expect(doc.texts.after.slice(crowd!.after!.start, crowd!.after!.end)).toBe('21,000');
      expect(doc.texts.before.slice(arrests!.before!.start, arrests!.before!.end)).toBe('12');
    },
    TIMEOUT,
  );

  it(
    'without --json prints a readable report naming 17 → 22',
    async () => {
      const result = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'));
      expect(result.code).toBe(0);
      expect(() => JSON.parse(result.stdout) as unknown).toThrow();
      expect(result.stdout).toContain('cbs-bukamal-r1.txt → cbs-bukamal-r2.txt');
      expect(result.stdout).toContain('17 → 22');
      expect(result.stdout).toContain('about a dozen → 14');
      expect(result.stdout).toContain('Figures: 5 changed, 1 appeared, 0 disappeared');
      expect(result.stdout).toMatch(/Sullivan/);
    },
    TIMEOUT,
  );

  it(
    'fails with a one-line error and a non-zero exit for a missing file',
    async () => {
      const missing = join(dir, 'cbs-bukamal-r3.txt');
      const result = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), missing, '--json');
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^tally diff: /);
      expect(lines[0]).toContain(missing);
    },
    TIMEOUT,
  );

  it(
    'answers a wrong number of files with a usage error',
    async () => {
      for (const args of [[corpusPath('cbs-bukamal-r1.txt')], [corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), corpusPath('protest-citydaily-r1.txt')]]) {
        const result = await tally('diff', ...args, '--json');
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^tally diff: /);
        expect(result.stderr).toContain('usage: tally diff FILE_A FILE_B');
      }
    },
    TIMEOUT,
  );

  it(
    'diffs a file against itself as unchanged',
    async () => {
      const copy = join(dir, 'copy.txt');
      writeFileSync(copy, corpusBytes('protest-citydaily-r2.txt'));
      const result = await tally('diff', corpusPath('protest-citydaily-r2.txt'), copy, '--json');
      expect(result.code).toBe(0);
      const doc = JSON.parse(result.stdout) as DiffJson;
      expect(doc.changes).toEqual([]);
      expect(doc.figureChanges).toEqual([]);
      expect(doc.summary.unchangedShare).toBe(1);
    },
    TIMEOUT,
  );
});

/** The City Daily's later revision with one sentence in capitals and another with its spaces doubled. */
function recasedAndRespaced(): { recased: string; respaced: string } {
  const text = corpusText('protest-citydaily-r2.txt');
  const sentence = /[A-Z][^.\n]{40,}\./.exec(text)![0];
  const recased = join(dir, 'recased.txt');
  const respaced = join(dir, 'respaced.txt');
  writeFileSync(recased, text.replace(sentence, sentence.toUpperCase()));
  writeFileSync(respaced, text.replace(sentence, sentence.replace(/ /g, '  ')));
  return { recased, respaced };
}

describe('tally diff --ignore-case, --ignore-whitespace and --format', () => {
  it(
    'leaves out a change of case or of spacing only when asked to',
    async () => {
      const original = corpusPath('protest-citydaily-r2.txt');
      const { recased, respaced } = recasedAndRespaced();
      const changes = async (...args: string[]): Promise<string[]> => {
        const result = await tally('diff', ...args, '--json');
        expect(result.code, result.stderr).toBe(0);
        return (JSON.parse(result.stdout) as DiffJson).changes.map((u) => u.kind);
      };
      expect(await changes(original, recased)).toEqual(['changed']);
      expect(await changes(original, recased, '--ignore-case')).toEqual([]);
      expect(await changes(original, recased, '--ignore-whitespace')).toEqual(['changed']);
      expect(await changes(original, respaced)).toEqual(['changed']);
      expect(await changes(original, respaced, '--ignore-whitespace')).toEqual([]);
      // the terminal report says what it ignored
      const text = await tally('diff', original, recased, '--ignore-case');
      expect(text.stdout).toContain('Ignoring differences of case.');
      expect(text.stdout).toContain('0 sentences changed');
      // figures still change with the options on
      const cbs = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), '--json', '--ignore-case', '--ignore-whitespace');
      expect(arrows((JSON.parse(cbs.stdout) as DiffJson).figureChanges)).toEqual(CBS_FIGURES);
    },
    TIMEOUT,
  );

  it(
    'writes Markdown and HTML naming both files with their SHA-256, the figures and the changed words',
    async () => {
      const sha = (name: CorpusFile): string => createHash('sha256').update(corpusBytes(name)).digest('hex');
      const md = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), '--format', 'md', '--ignore-case');
      expect(md.code, md.stderr).toBe(0);
      expect(md.stdout).toMatch(/^# Comparison of two versions\n/);
      expect(md.stdout).toMatch(/\*\*Earlier:\*\* .*\(cbs-bukamal-r1\.txt\)/);
      expect(md.stdout).toMatch(/\*\*Later:\*\* .*\(cbs-bukamal-r2\.txt\)/);
      expect(md.stdout).toContain(`- SHA-256: \`${sha('cbs-bukamal-r1.txt')}\``);
      expect(md.stdout).toContain(`- SHA-256: \`${sha('cbs-bukamal-r2.txt')}\``);
      expect(md.stdout).toContain('Ignoring differences of case.');
      expect(md.stdout).toMatch(/^- 17 → 22 \(changed\)/m);
      expect(md.stdout).toMatch(/^- \*\*Changed:\*\* .*~~17~~ \*\*22\*\*/m);

      const html = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), '--format', 'html');
      expect(html.code, html.stderr).toBe(0);
      expect(html.stdout).toMatch(/^<!doctype html>/);
      expect(html.stdout).not.toMatch(/<script/i);
      expect(html.stdout).toContain(`<code>${sha('cbs-bukamal-r2.txt')}</code>`);
      expect(html.stdout).toContain('<del>17</del> → <ins>22</ins>');
    },
    TIMEOUT,
  );

  it(
    'refuses a format it does not write, and --json with --format',
    async () => {
      for (const extra of [['--format', 'pdf'], ['--json', '--format', 'md']]) {
        const result = await tally('diff', corpusPath('cbs-bukamal-r1.txt'), corpusPath('cbs-bukamal-r2.txt'), ...extra);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^tally diff: .*(--format|choose one)/);
      }
    },
    TIMEOUT,
  );
});

describe('versions:diff through the web shell', () => {
  let db: WritableDb;
  let shell: WebShell;
  let token: string;

  beforeEach(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tally</title>');
    const libraryPath = join(dir, 'library.sqlite');
    db = openLibrary(libraryPath);
    shell = await startWebShell({ db, libraryPath, staticDir: dir, port: 0 });
    token = new URL(shell.url).hash.replace('#token=', '');
  });

  afterEach(async () => {
    await shell.close();
    db.close();
  });

  function invoke<T>(channel: string, arg: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: shell.port,
          path: `/api/invoke/${channel}`,
          method: 'POST',
          headers: { Host: `127.0.0.1:${shell.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve(JSON.parse(body) as never));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ arg }));
    });
  }

  async function importRevisions(...names: CorpusFile[]): Promise<number[]> {
    const reply = await invoke<ImportReport>('import:run', {
      batchId: 'revisions',
      target: { eventName: 'Strikes on al Bukamal' },
      inputs: names.map((name) => ({ kind: 'bytes', name, bytes: { $bytes: Buffer.from(corpusBytes(name)).toString('base64') } })),
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.imported.map((i) => i.path)).toEqual(names);
    return reply.value.imported.map((i) => i.versionId);
  }

  it('imports the two CBS revisions and answers their figure changes', async () => {
    const [r1, r2] = await importRevisions('cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt');
    const reply = await invoke<VersionDiff>('versions:diff', { before: r1, after: r2 });
    if (!reply.ok) throw new Error(reply.error.message);
    const diff = reply.value;
    expect(arrows(diff.figureChanges)).toEqual(CBS_FIGURES);
    expect(diff.figureChanges.map((f) => [f.before?.value ?? f.before?.low ?? null, f.after?.value ?? f.after?.low ?? null])).toEqual([
      [17, 22],
      [20, expect.any(Number)],
      [6, 8],
      [1, 2],
      [12, 14],
      [null, 6],
    ]);
    // stored claims: each side names the claim it came from, and its offsets are into that version's text
    for (const f of diff.figureChanges) {
      if (f.before) expect([typeof f.before.claimId, diff.texts.before.slice(f.before.start, f.before.end)]).toEqual(['number', f.before.text]);
      if (f.after) expect([typeof f.after.claimId, diff.texts.after.slice(f.after.start, f.after.end)]).toEqual(['number', f.after.text]);
    }
    expect(diff.summary).toMatchObject({ added: 4, removed: 0, figuresChanged: 5, rewrite: false });
  });

  it('compares versions of two articles, ignoring case when asked', async () => {
    const text = corpusText('protest-citydaily-r2.txt');
    const reply = await invoke<ImportReport>('import:run', {
      batchId: 'two-outlets',
      target: { eventName: 'Carrow pension protest' },
      inputs: [
        { kind: 'paste', text, title: 'Tens of thousands march', outlet: 'City Daily' },
        { kind: 'paste', text: text.toUpperCase(), title: 'TENS OF THOUSANDS MARCH', outlet: 'The Wire' },
      ],
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const [a, b] = reply.value.imported.map((i) => i.versionId);
    const plain = await invoke<VersionDiff>('versions:diff', { before: a, after: b });
    const folded = await invoke<VersionDiff>('versions:diff', { before: a, after: b, options: { ignoreCase: true } });
    if (!plain.ok || !folded.ok) throw new Error('not compared');
    expect(plain.value.summary.unchangedShare).toBeLessThan(0.5);
    expect(folded.value.units.every((u) => u.kind === 'same')).toBe(true);
    // the stored text, as captured: the option changes what counts as a change, never the text
    expect(folded.value.texts.after).toBe(plain.value.texts.after);
    expect(folded.value.texts.after).toBe(folded.value.texts.after.toUpperCase());
    expect(await invoke('versions:diff', { before: a, after: b, options: { ignoreCase: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('answers not-found for a version that does not exist, and invalid-argument for a bad id', async () => {
    const [r1] = await importRevisions('cbs-bukamal-r1.txt');
    expect(await invoke('versions:diff', { before: r1, after: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke('versions:diff', { before: 999, after: r1 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke('versions:diff', { before: 'one', after: r1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
