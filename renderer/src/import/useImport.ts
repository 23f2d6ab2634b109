// Runs imports from the UI and follows their progress. The desktop shell
// imports by path (the engine reads the files); the web shell uploads the
// bytes, in requests small enough for the server to take, and checks sizes
// and types first so a 50 MB file is refused before it is sent.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_CAPTURE_BYTES, tooLargeError } from '../../../main/core/capture/captureError';
import { archiveKindForName } from '../../../main/core/archive/archiveRecords';
import { UNREADABLE_TYPE, formatForName, isHidden } from '../../../main/core/capture/fileTypes';
import type { ArchiveReport, FailedItem, ImportInput, ImportReport, ImportTarget } from '../../../main/core/model';
import { errorText, subscribe } from '../data/api';
import { perform, write } from '../data/library';
import type { PickedFile } from './collectDroppedFiles';

/** Who published a pasted text, where and when, as the researcher gives them (each optional). */
export interface PastedDetails {
  outlet?: string;
  url?: string;
  publishedAt?: string;
}

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string | null;
  /** The engine is waiting for another Tally process to finish writing to the library. */
  waiting?: boolean;
  /** The web archive being read: its records so far. */
  archive?: ArchiveReport | undefined;
  report: ImportReport | null;
  /** A failure of the whole request (e.g. the event no longer exists). */
  error: string | null;
  /** The researcher asked to stop: the import ends at its next commit. */
  stopping?: boolean;
}

const IDLE: ImportState = { running: false, done: 0, total: 0, current: null, report: null, error: null };

/** Raw bytes per upload request; base64 makes it a third larger on the wire. */
const UPLOAD_BATCH_BYTES = 48 * 1024 * 1024;

/** A web archive holds many pages, so it may be larger than one capture, up to what one upload carries. */
function tooLargeArchive(bytes: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `archive is ${mb(bytes)}; the browser app uploads archives up to ${mb(UPLOAD_BATCH_BYTES)}: import a larger one with the desktop app or \`tally import\``;
}

/** One call to the engine; uploads read their bytes only when their turn comes. */
interface ImportCall {
  count: number;
  inputs(): Promise<ImportInput[]>;
}

let batchCounter = 0;
const newBatchId = (): string => `b${Date.now().toString(36)}-${++batchCounter}`;

function emptyReport(): ImportReport {
  return { imported: [], failed: [], skipped: [] };
}

function request(inputs: ImportInput[]): ImportCall {
  return { count: inputs.length, inputs: () => Promise.resolve(inputs) };
}

function uploadRequest(files: PickedFile[]): ImportCall {
  return {
    count: files.length,
    inputs: () => Promise.all(files.map(async (f) => ({ kind: 'bytes' as const, name: f.name, bytes: new Uint8Array(await f.file.arrayBuffer()) }))),
  };
}

function merge(into: ImportReport, from: ImportReport): void {
  into.imported.push(...from.imported);
  into.failed.push(...from.failed);
  into.skipped.push(...from.skipped);
  if (from.archives) (into.archives ??= []).push(...from.archives);
  if (from.stopped) into.stopped = { notRead: (into.stopped?.notRead ?? 0) + from.stopped.notRead };
}

export function useImport(onImported: (report: ImportReport) => void): {
  state: ImportState;
  importPaths(paths: string[], target: ImportTarget): Promise<void>;
  importFiles(files: PickedFile[], target: ImportTarget): Promise<void>;
  importPaste(text: string, title: string, target: ImportTarget, details?: PastedDetails): Promise<void>;
  /** Stops the import at its next commit: what it stored stays, the rest is not read. */
  stop(): void;
  dismiss(): void;
} {
  const [state, setState] = useState<ImportState>(IDLE);
  // Progress events of the request in flight; `offset` counts inputs finished by earlier requests of the same import.
  const live = useRef<{ batchId: string; offset: number } | null>(null);
  // set by stop(): the request in flight is asked to stop, and no later request of the import is sent
  const stopped = useRef(false);

  useEffect(
    () =>
      subscribe('import:progress', (p) => {
        const current = live.current;
        if (!current || p.batchId !== current.batchId) return;
        // A folder's file count is known only once the engine has walked it.
        setState((s) => ({ ...s, done: current.offset + p.done, total: Math.max(s.total, current.offset + p.total), current: p.current, waiting: p.waiting === true, archive: p.archive }));
      }),
    [],
  );

  const run = useCallback(
    async (requests: ImportCall[], target: ImportTarget, total: number, local: ImportReport): Promise<void> => {
      const report = local;
      setState({ ...IDLE, running: true, total, done: local.failed.length });
      stopped.current = false;
      let offset = local.failed.length;
      let error: string | null = null;
      for (const [index, request] of requests.entries()) {
        const batchId = newBatchId();
        live.current = { batchId, offset };
        try {
          const inputs = await request.inputs();
          if (stopped.current) {
            // uploads not yet sent were never read
            report.stopped = { notRead: (report.stopped?.notRead ?? 0) + requests.slice(index).reduce((n, r) => n + r.count, 0) };
            break;
          }
          merge(report, await write('import:run', { batchId, target, inputs }));
        } catch (e) {
          error = errorText(e);
          break;
        }
        offset += request.count;
      }
      live.current = null;
      const finished = Math.max(total, report.imported.length + report.failed.length);
      setState({ running: false, done: finished, total: finished, current: null, report, error });
      onImported(report);
    },
    [onImported],
  );

  const importPaths = useCallback(
    (paths: string[], target: ImportTarget) => run([request(paths.map((path) => ({ kind: 'path', path })))], target, paths.length, emptyReport()),
    [run],
  );

  const importFiles = useCallback(
    async (files: PickedFile[], target: ImportTarget) => {
      const local = emptyReport();
      const wanted: PickedFile[] = [];
      for (const f of files) {
        if (f.fromFolder && isHidden(f.name)) local.skipped.push({ path: f.name, reason: 'hidden' });
        else if (f.fromFolder && !formatForName(f.name) && !archiveKindForName(f.name)) local.skipped.push({ path: f.name, reason: UNREADABLE_TYPE });
        else if (archiveKindForName(f.name) && f.file.size > UPLOAD_BATCH_BYTES) local.failed.push({ path: f.name, error: tooLargeArchive(f.file.size) } satisfies FailedItem);
        else if (!archiveKindForName(f.name) && f.file.size > MAX_CAPTURE_BYTES) local.failed.push({ path: f.name, error: tooLargeError(f.file.size).message } satisfies FailedItem);
        else wanted.push(f);
      }
      const requests: ImportCall[] = [];
      let batch: PickedFile[] = [];
      let size = 0;
      for (const f of wanted) {
        if (batch.length && size + f.file.size > UPLOAD_BATCH_BYTES) {
          requests.push(uploadRequest(batch));
          batch = [];
          size = 0;
        }
        batch.push(f);
        size += f.file.size;
      }
      if (batch.length) requests.push(uploadRequest(batch));
      await run(requests, target, wanted.length + local.failed.length, local);
    },
    [run],
  );

  const importPaste = useCallback(
    (text: string, title: string, target: ImportTarget, details: PastedDetails = {}) => {
      const given = Object.fromEntries(Object.entries(details).filter(([, v]) => v?.trim())) as PastedDetails;
      return run([request([{ kind: 'paste', text, title: title.trim() || undefined, ...given }])], target, 1, emptyReport());
    },
    [run],
  );

  const stop = useCallback(() => {
    stopped.current = true;
    setState((s) => (s.running ? { ...s, stopping: true } : s));
    const current = live.current;
    // before its request reached the engine there is nothing to stop there: the loop above sends no more
    if (current) void perform('work:cancel', { workId: current.batchId }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState(IDLE), []);
  return { state, importPaths, importFiles, importPaste, stop, dismiss };
}
