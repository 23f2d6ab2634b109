import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ExtractedClaim } from '../../core/model';
import { ParallelExtractor } from '../../workers/parallelExtraction';
import type { FileCapture } from '../readCapture';
import { EXIT_OK, LIBRARY_HELP, LIBRARY_OPTION, UsageError, parse, printJson, type Command } from '../command';
import { printable } from '../terminalText';

export const extractCommand: Command = {
  name: 'extract',
  usage: `tally extract FILE [--json]
       tally extract --version ID... | --all [--library FILE]
  FILE            a .txt, .md, .html or .pdf file, read as an import would read it; no library needed
  --json          print {"text","claims":[{"value","low","high","approx","subject","source","kind","start","end","confidence",…}]}
  --version ID    extract a stored version again (repeatable); the researcher's reviewed claims are kept
  --all           extract every stored version again
${LIBRARY_HELP}`,

  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { ...LIBRARY_OPTION, json: { type: 'boolean' }, version: { type: 'string', multiple: true }, all: { type: 'boolean' } },
      true,
    );
    if (values.version?.length || values.all) {
      if (positionals.length) throw new UsageError('give either a FILE or --version/--all, not both');
      return reextract(values.library, values.version ?? [], values.all === true);
    }
    if (positionals.length !== 1) throw new UsageError('name one file to extract figures from');
    const path = positionals[0]!;
    // the tagging worker starts before the file is read, and before the code that reads it is loaded (a parser for
    // every format, a fifth of a second), so that it loads its own model meanwhile
    const parallel = worthAWorker(path) ? new ParallelExtractor() : null;
    let claims: ExtractedClaim[];
    let doc: FileCapture;
    try {
      const { readCapture } = await import('../readCapture');
      doc = await readCapture(path);
      claims = parallel ? await parallel.extract(doc.text) : (await import('../../core/extract')).extractClaims(doc.text);
    } finally {
      // ended while the claims are printed: waiting for it to stop cost a twentieth of a second
      void parallel?.close();
    }
    if (values.json) {
      printJson({ text: doc.text, claims: claims.map(publicClaim) });
      return EXIT_OK;
    }
    // one write: a write per line cost 0.3–0.7 s of a 10 MB extraction through a pipe
    process.stdout.write(claims.length ? `${claims.map((c) => describe(doc.text, c)).join('\n')}\n` : 'No figures found.\n');
    return EXIT_OK;
  },
};

/**
 * A file this large is extracted on two threads (parallelExtraction.ts).
 * Below it the two ways took about as long, measured on 0.1 to 0.9 MB of
 * news (the worker's start and its model cost about what its tagging saves),
 * and one thread leaves the other core free; from 1.7 MB on, two were ahead.
 * (Extraction on this thread is imported when used, so that the tagger's
 * model, a fifth of a second to load, is loaded only by the thread that tags.)
 */
const PARALLEL_FROM_BYTES = 1024 * 1024;

function worthAWorker(path: string): boolean {
  try {
    return availableParallelism() > 1 && statSync(path).size >= PARALLEL_FROM_BYTES;
  } catch {
    // a file that cannot be read is refused by readCapture, with its reason
    return false;
  }
}

/** The contract's field order first, then the rest. */
function publicClaim(c: ExtractedClaim): Record<string, unknown> {
  const { value, low, high, approx, subject, source, kind, start, end, confidence, ...rest } = c;
  return { value, low, high, approx, subject, source, kind, start, end, confidence, ...rest };
}

function describe(text: string, c: ExtractedClaim): string {
  const words = JSON.stringify(text.slice(c.start, c.end));
  const amount = c.kind === 'no-figure' ? 'no figure' : c.value !== null ? String(c.value) : `${c.low ?? '…'}–${c.high ?? '…'}`;
  return `${String(c.start).padStart(6)}  ${words.padEnd(28)} ${(c.approx ? '~' : '') + amount}  ${printable(c.subject ?? '?')}  — ${printable(c.source ?? 'in the outlet’s voice')}`;
}

async function reextract(library: string | undefined, versions: string[], all: boolean): Promise<number> {
  // loaded here, not with the command: a file extracted on two threads never loads the tagger on this one
  const [{ reextractVersions }, { openLibraryOption }, { listAllVersionIds }] = await Promise.all([
    import('../../library/claims/extractVersionClaims'),
    import('../openLibraryOption'),
    import('../../../db/queries/versions'),
  ]);
  const ids = versions.map((v) => {
    const id = Number(v);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--version needs a version id, not "${v}"`);
    return id;
  });
  const { db } = openLibraryOption(library, { writes: true });
  try {
    const report = reextractVersions(db, all ? listAllVersionIds(db) : ids, () => new Date().toISOString());
    console.log(`${report.versions} versions extracted: ${report.claims} automatic claims, ${report.kept} reviewed claims kept`);
    return EXIT_OK;
  } finally {
    db.close();
  }
}
