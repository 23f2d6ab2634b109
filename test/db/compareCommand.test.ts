// `tally compare FILE... --json` as a child process: the contract the figures
// scorer reads, on the development corpus.
import { describe, expect, it } from 'vitest';
import { corpusPath, corpusText, type CorpusFile } from '../fixtures/corpus';
import { runTally, type CliRun } from '../fixtures/tallyCli';

function tally(...args: string[]): Promise<CliRun> {
  return runTally(args);
}

interface Figure {
  label: string;
  status: string;
  min: number | null;
  max: number | null;
  conservative: number | null;
  independentSources: number;
  related: string[];
  claims: { doc: string; start: number; end: number; value: number | null; low: number | null; high: number | null; source: string | null; sourceAsWritten: string | null }[];
}

describe('tally compare', () => {
  it('prints one JSON object of figures whose claims point into each file', async () => {
    const files: CorpusFile[] = ['cbs-bukamal-r1.txt', 'cbs-bukamal-r2.txt', 'monitor-bukamal.txt', 'wire-bukamal.txt'];
    const run = await tally('compare', '--json', ...files.map(corpusPath));
    expect(run.code).toBe(0);
    const { figures } = JSON.parse(run.stdout) as { figures: Figure[] };
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) {
      expect(['agree', 'conflict', 'revised', 'single']).toContain(f.status);
      for (const c of f.claims) {
        expect(files).toContain(c.doc);
        expect(c.end).toBeGreaterThan(c.start);
        expect(corpusText(c.doc as CorpusFile).length).toBeGreaterThanOrEqual(c.end);
      }
    }
    const killed = figures.find((f) => f.claims.some((c) => c.doc === 'cbs-bukamal-r2.txt' && corpusText('cbs-bukamal-r2.txt').slice(c.start, c.end) === '22'));
    expect(killed?.status).toBe('conflict');
    expect(killed?.claims.map((c) => c.source)).toContain('Syrian Observatory for Human Rights');
    // as in the app: the wire's "monitor" is the Observatory, counted once with the others who quote it
    const monitor = killed!.claims.find((c) => c.sourceAsWritten === 'monitor')!;
    expect(monitor.source).toBe('Syrian Observatory for Human Rights');
    expect(killed!.independentSources).toBe(3);
    expect(killed!.conservative).toBe(1);
    const us = figures.find((f) => f.label === 'US contractors wounded in Erbil')!;
    expect(us.related).toEqual(expect.arrayContaining(['contractors wounded in total']));
  }, 60_000);

  it('names a missing file in one line and exits non-zero', async () => {
    const run = await tally('compare', '--json', '/nonexistent/a.txt');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
