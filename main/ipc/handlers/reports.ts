// An event's report written to a folder the researcher chose, and a written
// report opened with the system's own application. Exporting only reads the
// library: the model is built in the library worker (ctx.runReport), so a
// large event's revisions are compared without stalling the UI.
import { randomUUID } from 'node:crypto';
import { mkdir, open, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getEvent } from '../../../db/queries/events';
import { fileIdentity, ReportExistsError, writeReports, type ReportFormat, type WrittenFile } from '../../report/writeReport';
import type { ReportProgress } from '../contract';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';
import { WorkCancelled } from '../../workers/runInWorker';
import { cancellable } from './work';

/**
 * The reports this process wrote, by path, with the file each was written as:
 * the only files `reports:open` opens, and only while the path is still that
 * file (not a link or another file put in its place since).
 */
const written = new Map<string, WrittenFile>();

/** Comparing progress at most this often (and always the last), so a large event does not flood the renderer. */
const PROGRESS_EVERY_MS = 50;

const FORMAT_NAMES: Record<ReportFormat, string> = { md: 'Markdown', html: 'HTML', pdf: 'PDF', csv: 'CSV', json: 'JSON' };

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'a file of that name is in the way',
  ENOTDIR: 'part of that path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
};

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0]!.trim();
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

function cannotWrite(folder: string, error: NodeJS.ErrnoException): HandlerError {
  return new HandlerError('invalid-argument', `cannot write reports to ${folder}: ${FS_REASONS[error.code ?? ''] ?? firstLine(error)}`);
}

/**
 * The folder, made if missing, and shown to take a file before any revision
 * is compared: a folder that exists but cannot be written (read-only, /proc)
 * is refused in one line at once, not after the comparing.
 */
async function prepareFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR', syscall: 'stat' });
    const probe = join(folder, `.tally-write-check-${randomUUID()}`);
    await (await open(probe, 'wx')).close();
    await unlink(probe);
  } catch (error) {
    if (isFsError(error)) throw cannotWrite(folder, error);
    throw error;
  }
}

export const reportHandlers: {
  'reports:export': Handler<'reports:export'>;
  'reports:open': Handler<'reports:open'>;
} = {
  // until its files are being written, the export can be stopped by its batchId (work:cancel): nothing is written then
  'reports:export': ({ batchId, eventId, formats, folder, replace }, ctx) =>
    cancellable(batchId, 'the export', async (signal) => {
      const event = getEvent(ctx.db, eventId);
      if (!event) throw new HandlerError('not-found', `no event with id ${eventId}`);
      if (formats.includes('pdf') && !ctx.printPdf) throw new HandlerError('unsupported', 'this shell cannot print a PDF: choose another format');
      await prepareFolder(folder);

      const progress = (p: Omit<ReportProgress, 'batchId'>): void => ctx.emit('report:progress', { batchId, ...p });
      progress({ stage: 'comparing', done: 0, total: 0 });
      let last = 0;
      const report = await ctx.runReport(
        event,
        (done, total) => {
          const now = Date.now();
          if (done < total && now - last < PROGRESS_EVERY_MS) return;
          last = now;
          progress({ stage: 'comparing', done, total });
        },
        signal,
      );
      if (signal?.aborted) throw new WorkCancelled();
      // The PDF first: it is the slow one, and the one that can fail for want
      // of a browser, so a failure leaves no half-written set of files behind.
      const order = [...formats.filter((f) => f === 'pdf'), ...formats.filter((f) => f !== 'pdf')];
      let current: ReportFormat = order[0]!;
      let files: WrittenFile[];
      try {
        files = await writeReports(
          report,
          order,
          folder,
          ctx.printPdf,
          (format, index) => {
            current = format;
            progress({ stage: 'writing', done: index, total: order.length, format });
          },
          { replace },
        );
      } catch (error) {
        if (error instanceof HandlerError) throw error;
        if (error instanceof ReportExistsError) throw new HandlerError('exists', error.message);
        if (isFsError(error)) throw cannotWrite(folder, error);
        throw new HandlerError('failed', `the ${FORMAT_NAMES[current]} report could not be written: ${firstLine(error)}`);
      }
      for (const file of files) written.set(resolve(file.path), file);
      progress({ stage: 'done', done: order.length, total: order.length });
      return { paths: formats.map((f) => files[order.indexOf(f)]!.path) };
    }),

  'reports:open': async ({ path }, ctx) => {
    const file = resolve(path);
    const wrote = written.get(file);
    if (!wrote) throw new HandlerError('invalid-argument', 'only a report exported in this session can be opened from here');
    if (!ctx.openPath) throw new HandlerError('unsupported', 'this shell cannot open files');
    const now = await fileIdentity(file);
    if (!now) throw new HandlerError('not-found', `${file} is no longer there`);
    // a link put in the file's place is not followed, and is not the file written
    if (now !== wrote.identity) {
      throw new HandlerError('invalid-argument', `${file} was replaced after Tally wrote it: open it from its folder if you trust it`);
    }
    await ctx.openPath(file);
  },

};
