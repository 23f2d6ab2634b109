// What a handler may use. Each shell builds one: the desktop shell with its
// native dialogs, the web shell without; both run imports and extraction in
// a worker.
import type { WritableDb } from '../../../db/connection';
import type { ExtractionReport, ImportReport } from '../../core/model';
import type { ArgOf, Channel, ImportArg, PushEvent, PushEvents, ResultOf, ShellKind } from '../contract';

export interface HandlerContext {
  db: WritableDb;
  libraryPath: string;
  shell: ShellKind;
  /** Runs an import off the thread that answers the UI, sending `import:progress` as it goes. */
  runImport(arg: ImportArg): Promise<ImportReport>;
  /** Extracts the claims of these versions again, off the thread that answers the UI. */
  runExtraction(versionIds: number[]): Promise<ExtractionReport>;
  emit<E extends PushEvent>(event: E, payload: PushEvents[E]): void;
  /** The native file picker, where the shell has one. */
  pickImportPaths?: ((folders: boolean) => Promise<string[]>) | undefined;
}

export type Handler<C extends Channel> = (arg: ArgOf<C>, ctx: HandlerContext) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
