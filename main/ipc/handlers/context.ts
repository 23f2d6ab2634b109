// What a handler may use. Each shell builds one: the desktop shell with its
// native dialogs, the web shell without; both run imports, extraction and
// report building in a worker, and each brings its own PDF printer and its
// way of opening a file with the system.
import { libraryDamage, type WritableDb } from '../../../db/connection';
import { HandlerError } from '../handlerError';
import { figuresKept } from '../../library/eventFigures';
import type { DiffOptions, EventSummary, ExtractionReport, ImportReport, LibraryCheckReport, VersionDiff } from '../../core/model';
import type { Report } from '../../core/report/reportSchema';
import type { PdfPrinter } from '../../report/writeReport';
import type { ArgOf, Channel, ImportArg, PushEvent, PushEvents, ResultOf, ShellKind } from '../contract';

export interface HandlerContext {
  db: WritableDb;
  libraryPath: string;
  shell: ShellKind;
  /** Runs an import off the thread that answers the UI, sending `import:progress` as it goes; `signal` stops it at its next commit, keeping what it stored. */
  runImport(arg: ImportArg, signal?: AbortSignal): Promise<ImportReport>;
  /** Extracts the claims of these versions again, off the thread that answers the UI. */
  runExtraction(versionIds: number[]): Promise<ExtractionReport>;
  emit<E extends PushEvent>(event: E, payload: PushEvents[E]): void;
  /** Builds an event's report model off the thread that answers the UI, calling `onProgress` as revisions are compared. */
  runReport(event: { id: number; name: string }, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<Report>;
  /** Whether the researcher handed this path over (picked or dropped) this session; where a shell has it, import:run takes no other path. */
  pathGranted?: ((path: string) => boolean) | undefined;
  /** The native file picker, where the shell has one. */
  pickImportPaths?: ((folders: boolean) => Promise<string[]>) | undefined;
  /** The native folder picker, where the shell has one: a folder, or null when cancelled. */
  pickFolder?: (() => Promise<string | null>) | undefined;
  /** Compares two stored versions, off the thread that answers the UI; `signal` stops it (the promise rejects with a WorkCancelled). */
  runDiff(before: number, after: number, options: DiffOptions, signal?: AbortSignal): Promise<VersionDiff>;
  /** Groups an event's figures and keeps them in the library, off the thread that answers the UI (see keptFiguresFirst). */
  keepFigures(eventId: number): Promise<void>;
  /** Checks the whole library (pages and every version's hash), off the thread that answers the UI. */
  runCheck(): Promise<LibraryCheckReport>;
  /** Prints a report's HTML to PDF; without one, a PDF export is `unsupported`. */
  printPdf?: PdfPrinter | undefined;
  /** Opens a file with the system's own application; throws a one-line error when it cannot. */
  openPath?: ((path: string) => Promise<void>) | undefined;
}

export type Handler<C extends Channel> = (arg: ArgOf<C>, ctx: HandlerContext) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** Refuses work that writes when the library was opened read-only because it is damaged, with what to do. */
export function requireWritable(db: WritableDb): void {
  const damage = libraryDamage(db);
  if (damage) throw new HandlerError('unsupported', damage);
}

/**
 * Versions from which an event's figures are grouped in a worker. A worker
 * takes 0.4–0.8 s here to load the engine and open the library, and grouping
 * 2–3 ms a version: a smaller event is grouped here about as soon as a worker
 * would have started, and blocks the other requests for no longer.
 */
export const GROUP_IN_WORKER_FROM = 200;

/**
 * Has a large event's figures grouped and kept off the thread that answers
 * the UI when they are not kept yet, so that this thread only reads them:
 * grouping a 1,000-version event takes seconds, and every other request would
 * wait for it. A library that cannot keep them (read-only, damaged) groups
 * them here.
 */
export async function keptFiguresFirst(ctx: HandlerContext, event: EventSummary): Promise<void> {
  if (event.versionCount < GROUP_IN_WORKER_FROM || ctx.db.readonly || figuresKept(ctx.db, event.id)) return;
  try {
    await ctx.keepFigures(event.id);
  } catch {
    // the worker could not keep them (the library busy, the worker ended): this thread groups them, and says why if it cannot
  }
}
