// The second writer of the two-writer check, run as its own process: what the
// desktop app does while the CLI imports into the same library. It imports a
// folder one file at a time (as files dropped on the window one by one) and,
// after each, makes UI-style writes through the same dispatcher the shells
// use: a new event, a review of a claim and back, a source's grade.
//   tsx test/stress/secondWriter.ts LIBRARY FOLDER WRITES
// Prints one JSON document: {"imported","failed":[...],"writes","writeFailures":[...]}.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary } from '../../db/connection';
import type { Channel } from '../../main/ipc/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { HandlerContext } from '../../main/ipc/handlers';
import { importBatch } from '../../main/library/import/importBatch';

const [libraryPath, folder, writesArg] = process.argv.slice(2) as [string, string, string];
const db = openLibrary(libraryPath);
const ctx: HandlerContext = {
  db,
  libraryPath,
  shell: 'web',
  emit: () => {},
  runImport: () => Promise.reject(new Error('not used')),
  runExtraction: () => Promise.reject(new Error('not used')),
  runReport: () => Promise.reject(new Error('not used')),
  runCheck: () => Promise.reject(new Error('not used')),
  runDiff: () => Promise.reject(new Error('not used')),
  keepFigures: () => Promise.reject(new Error('not used')),
};

const files = readdirSync(folder).sort();
const writes = Number(writesArg);
const failed: string[] = [];
const writeFailures: string[] = [];
let imported = 0;
let done = 0;
let lastClaim: number | null = null;

async function write(channel: Channel, arg: unknown): Promise<void> {
  const reply = await dispatch(ctx, channel, arg);
  done++;
  if (!reply.ok) writeFailures.push(`${channel}: ${reply.error.message}`);
}

async function uiWrite(i: number): Promise<void> {
  if (i % 3 === 0) await write('events:create', { name: `Desk event ${process.pid}-${i}` });
  else if (i % 3 === 1 && lastClaim !== null) await write('claims:review', { claimId: lastClaim, action: i % 2 ? 'confirm' : 'reopen' });
  else await write('sources:edit', { kind: 'grade', source: 'Reuters', grade: i % 2 ? 'A' : 'B' });
}

for (let i = 0; i < Math.max(files.length, writes); i++) {
  if (i < files.length) {
    const report = await importBatch(
      db,
      { batchId: `second-${i}`, target: { eventName: 'Second writer' }, inputs: [{ kind: 'path', path: join(folder, files[i]!) }] },
      { onWarning: (message) => failed.push(message) },
    );
    imported += report.imported.length;
    for (const f of report.failed) failed.push(`${f.path}: ${f.error}`);
    const versionId = report.imported[0]?.versionId;
    const claims = versionId === undefined ? null : await dispatch(ctx, 'claims:list', { versionId });
    if (claims?.ok) lastClaim = (claims.value as { id: number }[])[0]?.id ?? lastClaim;
  }
  if (i < writes) await uiWrite(i);
}
db.close();
process.stdout.write(`${JSON.stringify({ imported, failed, writes: done, writeFailures })}\n`);
