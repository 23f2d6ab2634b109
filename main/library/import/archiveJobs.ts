// A web archive among an import's inputs, as the import's jobs: its page
// records, its revisits, a record that could not be read, and its end (with
// the reason, if it ended early). They are made as the archive is streamed,
// so a batch holds only the records it is reading ahead, never the archive.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { archiveKindForName, noArchiveCounts, recordLabel } from '../../core/archive/archiveRecords';
import { CaptureError } from '../../core/capture/captureError';
import type { ArchiveReport } from '../../core/model';
import { readWaczRecords } from './readWaczRecords';
import { readWarcRecords, type ArchiveEntry, type ArchivedRecord } from './readWarcRecords';

export type ArchiveJob =
  | { kind: 'record'; label: string; archive: ArchiveReport; record: ArchivedRecord; bytes: Uint8Array }
  | { kind: 'revisit'; label: string; archive: ArchiveReport; record: ArchivedRecord }
  /** A record that could not be read (`end` false), or the archive's end, with why it ended early. */
  | { kind: 'archive-note'; label: string; archive: ArchiveReport; error: string | null; end: boolean };

const READ_CHUNK = 1024 * 1024;

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** An uploaded archive handed to the parser a chunk at a time, as a file is read: what it has read is what it has parsed. */
function* inChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += READ_CHUNK) yield bytes.subarray(at, at + READ_CHUNK);
}

/** An archive the import reads: a file where it lies, or one uploaded to the browser app, already in memory. */
export type ArchiveInput = { path: string } | { name: string; bytes: Uint8Array };

/** The archive's entries; throws a CaptureError when it cannot be opened at all. */
async function* archiveEntries(input: ArchiveInput, report: ArchiveReport): AsyncGenerator<ArchiveEntry> {
  if ('bytes' in input) {
    report.sha256 = createHash('sha256').update(input.bytes).digest('hex');
    if (archiveKindForName(input.name) === 'wacz') yield* readWaczRecords(input.name, report.sha256, input.bytes);
    else {
      report.bytes = input.bytes.length;
      yield* readWarcRecords(inChunks(input.bytes), basename(input.name), { path: input.name, sha256: report.sha256, member: null }, null, (n) => (report.bytesRead = n));
    }
    return;
  }
  const { path } = input;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CaptureError('unreadable', `cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!info.isFile()) throw new CaptureError('unreadable', 'not a file: Tally reads saved archives only');
  // hashed first, in a pass of its own: every capture read from the archive keeps the archive's SHA-256
  report.sha256 = await sha256OfFile(path);
  if (archiveKindForName(path) === 'wacz') yield* readWaczRecords(path, report.sha256);
  else {
    report.bytes = info.size;
    report.bytesRead = 0;
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
    yield* readWarcRecords(stream, basename(path), { path, sha256: report.sha256, member: null }, null, (n) => (report.bytesRead = n));
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim() || 'unknown error';
}

export async function* archiveJobs(input: ArchiveInput, reports: ArchiveReport[]): AsyncGenerator<ArchiveJob> {
  const path = 'path' in input ? input.path : input.name;
  const archive: ArchiveReport = { path, sha256: null, ...noArchiveCounts() };
  reports.push(archive);
  const note = (error: string | null, end: boolean): ArchiveJob => ({ kind: 'archive-note', label: path, archive, error, end });
  try {
    for await (const entry of archiveEntries(input, archive)) {
      archive.recordsRead++;
      if (entry.role === 'sub-resource') archive.subResourcesSkipped++;
      else if (entry.role === 'failed') yield note(entry.error, false);
      else if (entry.role === 'page' || entry.role === 'unchanged') {
        const label = recordLabel(basename(path), entry.record, entry.record.capturedAt);
        yield entry.role === 'page'
          ? { kind: 'record', label, archive, record: entry.record, bytes: entry.bytes }
          : { kind: 'revisit', label, archive, record: entry.record };
      }
    }
  } catch (error) {
    yield note(oneLine(error), true);
    return;
  }
  yield note(null, true);
}
