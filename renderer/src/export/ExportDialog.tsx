// Export an event's report: which formats, which folder; a
// progress bar while it is written (comparing revisions is the slow part of a
// large event), then the files written, each opened with the system's own
// application. The desktop app asks for the folder with its native picker; in
// a browser the folder is typed (the server writing it is this machine).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EventSummary } from '../../../main/core/model';
import type { ReportFormat, ReportProgress } from '../../../main/ipc/contract';
import { ApiError, errorText, shell, subscribe } from '../data/api';
import { perform, read, useRead } from '../data/library';
import { useModal } from '../shared/useModal';
import { plural } from '../shared/format';

const FORMATS: readonly { id: ReportFormat; label: string; hint: string }[] = [
  { id: 'html', label: 'HTML', hint: 'one page to read in a browser, a chart per figure' },
  { id: 'pdf', label: 'PDF', hint: 'the same page, printed' },
  { id: 'csv', label: 'CSV', hint: 'one row per claim, for a spreadsheet' },
  { id: 'md', label: 'Markdown', hint: 'plain text with tables' },
  { id: 'json', label: 'JSON', hint: 'the whole report, for other programs' },
];
const LABEL = new Map(FORMATS.map((f) => [f.id, f.label]));
const DEFAULT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'csv'];

// What the last export in this window used, offered again next time.
let lastFolder = '';
let lastFormats: readonly ReportFormat[] = DEFAULT_FORMATS;
let exportCounter = 0;

function stageText(p: ReportProgress | null): string {
  if (!p) return 'Starting…';
  if (p.stage === 'comparing') return p.total === 0 ? 'Comparing revisions…' : `Comparing revisions ${p.done} of ${p.total}`;
  if (p.stage === 'writing') return `Writing ${p.format ? LABEL.get(p.format) : 'the report'}${p.total > 1 ? ` (${p.done + 1} of ${p.total})` : ''}`;
  return 'Done';
}

/** A full path on Unix or Windows; the engine checks again on its own platform. */
function looksAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
}

export function ExportDialog(props: { event: EventSummary; onClose(): void }) {
  const dialog = useModal();
  const exportButton = useRef<HTMLButtonElement>(null);
  const [formats, setFormats] = useState<ReadonlySet<ReportFormat>>(() => new Set(lastFormats));
  const [folder, setFolder] = useState(lastFolder);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [paths, setPaths] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // report files already in the folder: the engine wrote nothing, and asks before it replaces them
  const [clash, setClash] = useState<string | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // the event opened is chosen first; any other of the library can be exported from here too
  const listed = useRead('events:list', undefined).data;
  const events = listed?.length ? listed : [props.event];
  const [eventId, setEventId] = useState(props.event.id);
  const live = useRef<string | null>(null);
  const written = useRef<HTMLElement>(null);

  useEffect(() => {
    exportButton.current?.focus();
    if (shell === 'web' && !lastFolder) {
      read('app:info', undefined).then((info) => setFolder((f) => f || (info.reportsFolder ?? '')), (e: unknown) => setError(errorText(e)));
    }
    return subscribe('report:progress', (p) => {
      if (p.batchId === live.current) setProgress(p);
    });
  }, []);

  // the safe answer has the focus: Enter keeps the files that are there
  useEffect(() => {
    if (clash) keepButton.current?.focus();
  }, [clash]);

  // Once written, the first file's Open button has the focus, so Enter opens what was just written.
  useEffect(() => {
    if (paths) written.current?.querySelector('button')?.focus();
  }, [paths]);

  const chosen = FORMATS.map((f) => f.id).filter((id) => formats.has(id));
  const ready = !running && chosen.length > 0 && folder.trim() !== '';

  const toggle = (id: ReportFormat, on: boolean): void => {
    setFormats((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const pickFolder = async (): Promise<void> => {
    try {
      const picked = await perform('dialog:pickFolder');
      if (picked) setFolder(picked);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const run = async (replace = false): Promise<void> => {
    if (!ready) return;
    if (!looksAbsolute(folder.trim())) {
      setError('Type the folder’s full path, such as /home/you/reports.');
      return;
    }
    const batchId = `report-${Date.now().toString(36)}-${++exportCounter}`;
    live.current = batchId;
    setRunning(true);
    setProgress(null);
    setPaths(null);
    setError(null);
    setClash(null);
    try {
      const result = await perform('reports:export', { batchId, eventId, formats: chosen, folder: folder.trim(), ...(replace ? { replace } : {}) });
      setPaths(result.paths);
      lastFolder = folder.trim();
      lastFormats = chosen;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'exists') setClash(e.message);
      else if (e instanceof ApiError && e.code === 'cancelled') setError('Export cancelled: nothing was written.');
      else setError(errorText(e));
    } finally {
      live.current = null;
      setRunning(false);
      setProgress(null);
    }
  };

  // what Open did: in the web shell the file opens on the computer running Tally, which may not be the one showing this page
  const [opened, setOpened] = useState<string | null>(null);
  const open = async (path: string): Promise<void> => {
    try {
      await perform('reports:open', { path });
      setError(null);
      setOpened(
        shell === 'web'
          ? `Asked the computer running Tally to open ${fileName(path)} with its own application; it is also at ${path}.`
          : `Opened ${fileName(path)} with the system’s own application.`,
      );
    } catch (e) {
      setOpened(null);
      setError(errorText(e));
    }
  };

  // Enter exports from anywhere in the dialog but a button (which it presses) or a list being chosen from.
  const enter = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || ['BUTTON', 'SELECT', 'TEXTAREA', 'A'].includes(target.tagName)) return;
    e.preventDefault();
    void run();
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-heading" onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
        onKeyDown={enter}
      >
        <header className="dialog-head">
          <h2 id="export-heading">Export report</h2>
        </header>

        <label className="export-event">
          <span className="meta">Event</span>{' '}
          <select
            value={eventId}
            disabled={running}
            onChange={(e) => {
              setEventId(Number(e.target.value));
              setPaths(null);
            }}
          >
            {events.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.name} ({ev.versionCount} {ev.versionCount === 1 ? 'version' : 'versions'})
              </option>
            ))}
          </select>
        </label>

        <fieldset className="export-formats" disabled={running}>
          <legend>Formats</legend>
          {FORMATS.map((f) => (
            <label key={f.id}>
              <input type="checkbox" checked={formats.has(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} />
              <span className="export-format-name">{f.label}</span> <span className="meta">{f.hint}</span>
            </label>
          ))}
        </fieldset>

        {shell === 'electron' ? (
          <div className="export-field">
            <span>Folder</span>
            <div className="row">
              <span className={folder ? 'export-folder' : 'export-folder-none meta'} data-testid="export-folder">
                {folder || 'No folder chosen yet'}
              </span>
              <button type="button" className="small quiet" disabled={running} onClick={() => void pickFolder()}>
                Choose…
              </button>
            </div>
          </div>
        ) : (
          <label className="export-field">
            <span>Folder on this computer (made if missing)</span>
            <input value={folder} disabled={running} spellCheck={false} onChange={(e) => { setFolder(e.target.value); setClash(null); }} placeholder="/home/you/reports" />
          </label>
        )}

        {running && (
          <div className="export-progress" role="status" aria-live="polite">
            <span data-testid="export-stage">{stageText(progress)}</span>
            <progress
              aria-label="Export progress"
              max={progress && progress.total > 0 ? progress.total : undefined}
              value={progress && progress.total > 0 ? progress.done : undefined}
            />
            {/* the files are written in a moment once the revisions are compared: only the comparing can be stopped */}
            {progress?.stage !== 'writing' && progress?.stage !== 'done' && (
              <button type="button" className="small quiet" onClick={() => live.current && void perform('work:cancel', { workId: live.current }).catch(() => {})}>
                Cancel export
              </button>
            )}
          </div>
        )}

        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}

        {clash && !running && (
          <div className="export-clash" role="alertdialog" aria-label="Replace existing reports?" aria-describedby="export-clash-text">
            <p id="export-clash-text">{clash}</p>
            <div className="row end">
              <button type="button" ref={keepButton} className="small quiet" onClick={() => setClash(null)}>
                Keep them
              </button>
              <button type="button" className="small danger" onClick={() => void run(true)}>
                Replace
              </button>
            </div>
          </div>
        )}

        {paths && (
          <section className="export-written" aria-label="Written files" ref={written}>
            <p>
              {plural(paths.length, 'file')} written to <code>{folderOf(paths[0] ?? '')}</code>
            </p>
            <ul>
              {paths.map((p) => (
                <li key={p} data-path={p}>
                  <code title={p}>{fileName(p)}</code>
                  <button type="button" className="small quiet" onClick={() => void open(p)} aria-label={`Open ${fileName(p)}`}>
                    Open
                  </button>
                </li>
              ))}
            </ul>
            {opened && (
              <p className="meta" role="status" data-testid="report-opened">
                {opened}
              </p>
            )}
          </section>
        )}

        <div className="row end">
          <span className="meta">{running ? 'Esc closes (the export goes on)' : paths ? 'Esc closes' : 'Enter exports · Esc closes'}</span>
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" ref={exportButton} disabled={!ready}>
            {running ? 'Exporting…' : paths ? 'Export again' : 'Export'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
