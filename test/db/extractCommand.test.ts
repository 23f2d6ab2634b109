// `tally extract`, run as a child process the way a researcher (or a script)
// runs it: one JSON document on stdout for a file, a one-line error for a file
// it cannot read, and re-extraction of a library that keeps reviewed claims.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../db/connection';
import { listClaims, reviewClaim } from '../../db/queries/claims';
import { getVersion } from '../../db/queries/versions';
import { extractClaims } from '../../main/core/extract';
import { PNG_HEADER } from '../fixtures/bytes';
import { corpusPath, newsRun } from '../fixtures/corpus';
import { runProcess, runTally, TSX, type CliRun } from '../fixtures/tallyCli';

const TIMEOUT = 60_000;
const NOW = '2021-02-27T09:00:00.000Z';

/** The fields the --json contract promises for every claim. */
const CONTRACT_FIELDS = ['value', 'low', 'high', 'approx', 'subject', 'source', 'kind', 'start', 'end', 'confidence'] as const;

interface JsonClaim {
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  subject: string | null;
  source: string | null;
  kind: 'figure' | 'no-figure';
  start: number;
  end: number;
  confidence: number;
}

interface ExtractJson {
  text: string;
  claims: JsonClaim[];
}

interface ImportJson {
  imported: { path: string; versionId: number }[];
}

let dir: string;
let library: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-extract-'));
  library = join(dir, 'l.db');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tally(...args: string[]): Promise<CliRun> {
  return runTally(args, dir);
}

/** The one line of a one-line error (a trailing newline allowed). */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}

describe('tally extract FILE --json', () => {
  it(
    'prints exactly one JSON object with "text" and "claims", each claim with the contract’s fields',
    async () => {
      const result = await tally('extract', '--json', corpusPath('protest-wire.txt'));
      expect(result.code).toBe(0);
      // one document: JSON.parse takes the whole of stdout, and it is an object
      const doc = JSON.parse(result.stdout) as ExtractJson;
      expect(Object.keys(doc).sort()).toEqual(['claims', 'text']);
      expect(doc.text.startsWith('Carrow pension protest draws crowd of 20,000, police say')).toBe(true);
      expect(doc.claims.length).toBeGreaterThan(0);
      for (const c of doc.claims) {
        for (const field of CONTRACT_FIELDS) expect(c, `claim has "${field}"`).toHaveProperty(field);
        expect(typeof c.approx).toBe('boolean');
        expect(['figure', 'no-figure']).toContain(c.kind);
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeGreaterThan(c.start);
        expect(c.end).toBeLessThanOrEqual(doc.text.length);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
      const turnout = doc.claims.find((c) => doc.text.slice(c.start, c.end) === 'more than 60,000');
      expect(turnout).toMatchObject({ value: null, low: 60_000, high: null, approx: true, source: 'organisers', kind: 'figure' });
    },
    TIMEOUT,
  );

  it(
    'reads a saved page as an import would: the text starts with the headline and the toll of 22 is in it (wire-bukamal.html)',
    async () => {
      const result = await tally('extract', '--json', corpusPath('wire-bukamal.html'));
      expect(result.code).toBe(0);
      const doc = JSON.parse(result.stdout) as ExtractJson;
      expect(doc.text.startsWith('Death toll from US strikes in eastern Syria rises to 22')).toBe(true);
      expect(doc.text).not.toContain('cookies');
      expect(doc.text).not.toContain('onerror');
      const headline = doc.text.indexOf('\n');
      const toll = doc.claims.find((c) => c.value === 22 && c.end <= headline);
      expect(toll).toBeDefined();
      expect(doc.text.slice(toll!.start, toll!.end)).toBe('22');
      expect(toll!.kind).toBe('figure');
    },
    TIMEOUT,
  );

  it(
    'prints an empty list for a file with no figures',
    async () => {
      const file = join(dir, 'quiet.txt');
      writeFileSync(file, 'Iran restricts UN nuclear inspectors\n\nThere was no immediate response from Iranian officials.\n');
      const result = await tally('extract', '--json', file);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as ExtractJson).claims).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'gives a one-line error and a non-zero exit for a missing file, and nothing on stdout',
    async () => {
      const result = await tally('extract', '--json', join(dir, 'never-saved.txt'));
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(oneLine(result.stderr)).toMatch(/^tally extract: /);
    },
    TIMEOUT,
  );

  it(
    'gives a one-line error for a PNG renamed .txt',
    async () => {
      const file = join(dir, 'photo.txt');
      writeFileSync(file, PNG_HEADER);
      const result = await tally('extract', '--json', file);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(oneLine(result.stderr)).toMatch(/^tally extract: .*PNG/i);
    },
    TIMEOUT,
  );

  it(
    'refuses a FILE together with --all',
    async () => {
      const result = await tally('extract', corpusPath('protest-wire.txt'), '--all', '--library', library);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('not both');
    },
    TIMEOUT,
  );
});

describe('tally extract FILE on a large file, read on two threads', () => {
  /** A file past the size at which the command starts a tagging worker (a megabyte), and the claims one thread finds in it. */
  function largeFile(): { file: string; claims: unknown[] } {
    const text = newsRun(1_200_000);
    const file = join(dir, 'large.txt');
    writeFileSync(file, text);
    expect(statSync(file).size).toBeGreaterThan(1024 * 1024);
    // as --json prints them
    return { file, claims: JSON.parse(JSON.stringify(extractClaims(text))) as unknown[] };
  }

  /** The claims of --json output. */
  function claimsOf(result: CliRun): unknown[] {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { claims: unknown[] }).claims;
  }

  it(
    'finds the claims one thread finds (bundled)',
    async () => {
      const { file, claims } = largeFile();
      const printed = claimsOf(await tally('extract', '--json', file));
      expect(printed.length).toBeGreaterThan(1000);
      expect(printed).toEqual(claims);
    },
    TIMEOUT,
  );

  it(
    'finds the same claims run from source, its worker started under tsx',
    async () => {
      const { file, claims } = largeFile();
      const printed = claimsOf(await runProcess(TSX, ['main/cli/tally.ts', 'extract', '--json', file]));
      expect(printed.length).toBeGreaterThan(1000);
      expect(printed).toEqual(claims);
    },
    TIMEOUT,
  );
});

describe('tally extract --version / --all against a library', () => {
  /** Imports the wire report and confirms its claim on "17" (people detained) directly in the library. */
  async function importAndConfirm(): Promise<{ versionId: number; claimId: number }> {
    const imported = await tally('import', corpusPath('protest-wire.txt'), '--library', library, '--json');
    expect(imported.code).toBe(0);
    const versionId = (JSON.parse(imported.stdout) as ImportJson).imported[0]!.versionId;
    const db = openLibrary(library);
    try {
      const claims = listClaims(db, versionId);
      const text = getVersion(db, versionId)!.text;
      const detained = claims.find((c) => text.slice(c.start, c.end) === '17');
      expect(detained).toBeDefined();
      reviewClaim(db, { claimId: detained!.id, action: 'confirm' }, NOW);
      return { versionId, claimId: detained!.id };
    } finally {
      db.close();
    }
  }

  function claimsOf(versionId: number): ReturnType<typeof listClaims> {
    const db = openLibrary(library);
    try {
      return listClaims(db, versionId);
    } finally {
      db.close();
    }
  }

  it(
    '--version keeps a confirmed claim as it was and extracts the rest again',
    async () => {
      const { versionId, claimId } = await importAndConfirm();
      const before = claimsOf(versionId);
      const result = await tally('extract', '--version', String(versionId), '--library', library);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/1 versions? extracted: \d+ automatic claims, 1 reviewed claims? kept/);
      const after = claimsOf(versionId);
      expect(after.find((c) => c.id === claimId)).toEqual(before.find((c) => c.id === claimId));
      expect(after.find((c) => c.id === claimId)?.status).toBe('confirmed');
      // the automatic claims are written again, one per figure, none on the confirmed claim's words
      expect(after.filter((c) => c.status === 'auto').length).toBe(before.filter((c) => c.status === 'auto').length);
      expect(after.filter((c) => c.start === before.find((b) => b.id === claimId)!.start)).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    '--all keeps a confirmed claim too',
    async () => {
      const { versionId, claimId } = await importAndConfirm();
      const result = await tally('extract', '--all', '--library', library);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('1 reviewed claim');
      const kept = claimsOf(versionId).find((c) => c.id === claimId);
      expect(kept).toMatchObject({ status: 'confirmed', value: 17 });
    },
    TIMEOUT,
  );

  it(
    'fails with a one-line error for a version that does not exist',
    async () => {
      await importAndConfirm();
      const result = await tally('extract', '--version', '999', '--library', library);
      expect(result.code).not.toBe(0);
      expect(oneLine(result.stderr)).toContain('999');
    },
    TIMEOUT,
  );
});
