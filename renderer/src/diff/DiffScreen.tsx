// Two versions of one article compared: pick the pair, read the changes inline
// or side by side, step through them with n / p, and see which figures moved.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, VersionDiff, VersionSummary } from '../../../main/core/model';
import { FigureChangeList } from '../figures/FigureChangeList';
import { InlineDiff } from './InlineDiff';
import { SideBySideDiff } from './SideBySideDiff';
import { changeStops, figureSpans, formatShare, isIdentical, summaryParts, unitOfFigure } from './diffLayout';
import { useVersionDiff, type DiffPair } from './useVersionDiff';
import { formatTime, plural, shortHash } from '../shared/format';
import { takesTyping } from '../shared/keys';

type Mode = 'inline' | 'side';

function versionLabel(versions: VersionSummary[], id: number): string {
  const i = versions.findIndex((v) => v.id === id);
  const v = versions[i];
  return v ? `v${i + 1} · ${formatTime(v.capturedAt)} · ${shortHash(v.sha256)}` : '';
}

/** The latest two, the earlier first; null with fewer than two versions. */
function defaultPair(versions: VersionSummary[]): DiffPair | null {
  const after = versions[versions.length - 1];
  const before = versions[versions.length - 2];
  return before && after ? { before: before.id, after: after.id } : null;
}

export function DiffScreen(props: { article: ArticleSummary; onClose(): void }) {
  const { article, onClose } = props;
  const versions = article.versions;
  const [picked, setPicked] = useState<{ articleId: number; pair: DiffPair } | null>(null);
  const [modeChoice, setModeChoice] = useState<{ key: string; mode: Mode } | null>(null);
  const [showMinor, setShowMinor] = useState(false);
  const [current, setCurrent] = useState<{ key: string; unit: number } | null>(null);
  const [figure, setFigure] = useState<{ key: string; index: number } | null>(null);
  const screen = useRef<HTMLElement>(null);

  const known = (id: number): boolean => versions.some((v) => v.id === id);
  const pair = picked && picked.articleId === article.id && known(picked.pair.before) && known(picked.pair.after) ? picked.pair : defaultPair(versions);
  const samePick = pair !== null && pair.before === pair.after;
  // Compare again after a cancel
  const [attempt, setAttempt] = useState(0);
  const { diff: loaded, error, cancelled, cancel } = useVersionDiff(samePick ? null : pair, attempt);
  const key = pair ? `${pair.before}:${pair.after}` : '';
  const diff = loaded;

  const mode: Mode = modeChoice?.key === key ? modeChoice.mode : diff?.summary.rewrite ? 'side' : 'inline';
  const stops = useMemo(() => (diff ? changeStops(diff.units, showMinor) : []), [diff, showMinor]);
  const currentUnit = current?.key === key ? current.unit : null;
  const selectedFigure = figure?.key === key ? figure.index : null;
  const spans = useMemo(() => figureSpans(diff?.figureChanges ?? []), [diff]);

  const pick = (side: keyof DiffPair, id: number): void => {
    if (!pair) return;
    setPicked({ articleId: article.id, pair: { ...pair, [side]: id } });
  };
  const swap = (): void => {
    if (pair) setPicked({ articleId: article.id, pair: { before: pair.after, after: pair.before } });
  };

  const step = useCallback(
    (delta: 1 | -1): void => {
      if (!stops.length) return;
      let next: number | undefined;
      if (currentUnit === null) next = delta > 0 ? stops[0] : stops[stops.length - 1];
      else if (delta > 0) next = stops.find((u) => u > currentUnit) ?? stops[stops.length - 1];
      else next = stops.findLast((u) => u < currentUnit) ?? stops[0];
      if (next !== undefined) setCurrent({ key, unit: next });
    },
    [stops, currentUnit, key],
  );

  const selectFigure = (index: number): void => {
    setFigure({ key, index });
    const change = diff?.figureChanges[index];
    const unit = change && diff ? unitOfFigure(diff.units, change) : -1;
    if (unit >= 0) setCurrent({ key, unit });
  };

  // Focus lands on the screen when it opens, so Tab starts from its controls and the keys work at once.
  useEffect(() => {
    screen.current?.focus();
  }, []);

  useEffect(() => {
    const keys = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
        return;
      }
      if (takesTyping(e.target)) return;
      if (e.key === 'n' || e.key === ']') step(1);
      else if (e.key === 'p' || e.key === '[') step(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [onClose, step]);

  const at = currentUnit === null ? -1 : stops.indexOf(currentUnit);
  const position = !stops.length ? 'No changes' : at >= 0 ? `Change ${at + 1} of ${stops.length}` : plural(stops.length, 'change');
  const labels = pair ? { before: `Earlier: ${versionLabel(versions, pair.before)}`, after: `Later: ${versionLabel(versions, pair.after)}` } : { before: '', after: '' };

  return (
    <main className="diff-screen" aria-label="Compare versions" ref={screen} tabIndex={-1}>
      <div className="diff-toolbar">
        <button type="button" className="small quiet" onClick={onClose} title="Back to the library (Esc)">
          ← Library
        </button>
        <h2 className="diff-title">{article.title}</h2>
        {pair && (
          <div className="row diff-pickers">
            <VersionSelect label="Earlier" versions={versions} value={pair.before} onChange={(id) => pick('before', id)} />
            <button type="button" className="small quiet" onClick={swap} aria-label="Swap versions" title="Swap versions">
              ⇄
            </button>
            <VersionSelect label="Later" versions={versions} value={pair.after} onChange={(id) => pick('after', id)} />
          </div>
        )}
      </div>

      {!pair ? (
        <div className="diff-empty">
          <p>This article has one version: capture another to compare.</p>
          <p className="meta">Import a later capture of the same page (same URL, or same headline and outlet) and it joins this article.</p>
        </div>
      ) : samePick ? (
        <div className="diff-empty">
          <p>Both sides show the same version: choose two different versions to compare.</p>
        </div>
      ) : error ? (
        <div className="diff-empty">
          <p className="error" role="alert">
            Could not compare these versions: {error}
          </p>
        </div>
      ) : cancelled ? (
        <div className="diff-empty">
          <p className="meta" role="status">
            Comparison cancelled.
          </p>
          <button type="button" className="small" onClick={() => setAttempt((n) => n + 1)}>
            Compare again
          </button>
        </div>
      ) : !diff ? (
        <div className="diff-empty">
          <p className="meta" role="status">
            Comparing…
          </p>
          {cancel && (
            <button type="button" className="small quiet" onClick={cancel}>
              Cancel
            </button>
          )}
        </div>
      ) : (
        <DiffBody
          diff={diff}
          mode={mode}
          onMode={(m) => setModeChoice({ key, mode: m })}
          showMinor={showMinor}
          onShowMinor={setShowMinor}
          position={position}
          onStep={step}
          hasStops={stops.length > 0}
          current={currentUnit}
          selectedFigure={selectedFigure}
          onSelectFigure={selectFigure}
          spans={spans}
          labels={labels}
        />
      )}
    </main>
  );
}

function DiffBody(props: {
  diff: VersionDiff;
  mode: Mode;
  onMode(mode: Mode): void;
  showMinor: boolean;
  onShowMinor(show: boolean): void;
  position: string;
  onStep(delta: 1 | -1): void;
  hasStops: boolean;
  current: number | null;
  selectedFigure: number | null;
  onSelectFigure(index: number): void;
  spans: ReturnType<typeof figureSpans>;
  labels: { before: string; after: string };
}) {
  const { diff, mode, showMinor, current, selectedFigure } = props;
  const textBox = useRef<HTMLDivElement>(null);

  // The current change, outlined, is brought into view; a chosen figure's words take precedence.
  useEffect(() => {
    const box = textBox.current;
    if (!box) return;
    const target =
      (selectedFigure !== null &&
        (box.querySelector(`mark[data-figure="${selectedFigure}"][data-side="after"]`) ?? box.querySelector(`mark[data-figure="${selectedFigure}"]`))) ||
      (current !== null ? box.querySelector(`[data-unit="${current}"]`) : null);
    target?.scrollIntoView({ block: 'center' });
  }, [current, selectedFigure, mode]);
  const s = diff.summary;
  const figures = { changes: diff.figureChanges, spans: props.spans, selected: props.selectedFigure, onSelect: props.onSelectFigure };
  const identical = isIdentical(diff);
  const onlyMinor = !identical && !showMinor && diff.figureChanges.length === 0 && diff.units.every((u) => u.kind === 'same' || (u.kind === 'changed' && u.minor));
  return (
    <>
      <div className="diff-controls row">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" className={mode === 'inline' ? 'small selected' : 'small quiet'} aria-pressed={mode === 'inline'} onClick={() => props.onMode('inline')}>
            Inline
          </button>
          <button type="button" className={mode === 'side' ? 'small selected' : 'small quiet'} aria-pressed={mode === 'side'} onClick={() => props.onMode('side')}>
            Side by side
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={showMinor} onChange={(e) => props.onShowMinor(e.target.checked)} /> Show minor changes ({s.minor})
        </label>
        <span className="diff-nav row">
          <button type="button" className="small quiet" disabled={!props.hasStops} onClick={() => props.onStep(-1)} title="Previous change (p or [)">
            ↑ Previous
          </button>
          <span className="meta" data-testid="diff-position" aria-live="polite">
            {props.position}
          </span>
          <button type="button" className="small quiet" disabled={!props.hasStops} onClick={() => props.onStep(1)} title="Next change (n or ])">
            ↓ Next
          </button>
        </span>
        <span className="meta keys">n / p next and previous change · Esc back to the library</span>
      </div>
      <p className="diff-summary" data-testid="diff-summary">
        {summaryParts(diff).join(' · ')}
      </p>
      {identical ? (
        <p className="notice" role="status">
          These two versions are identical.
        </p>
      ) : onlyMinor ? (
        <p className="notice" role="status">
          Only punctuation, spacing or quotation marks differ ({plural(s.minor, 'minor change')}, hidden).
        </p>
      ) : null}
      {s.rewrite && (
        <p className="notice" role="status" data-testid="rewrite-notice">
          Most of the text was rewritten ({formatShare(s.unchangedShare)} unchanged): {mode === 'side' ? 'showing both versions side by side' : 'side by side reads better'}.
        </p>
      )}
      {s.coarse && (
        <p className="notice" role="status">
          These texts are too large or too different for a word-by-word comparison: changes are shown sentence by sentence.
        </p>
      )}
      <div className="diff-body">
        <div className="diff-scroll" ref={textBox}>
          {mode === 'inline' ? (
            <InlineDiff diff={diff} showMinor={showMinor} current={props.current} figures={figures} />
          ) : (
            <SideBySideDiff diff={diff} showMinor={showMinor} current={props.current} figures={figures} labels={props.labels} />
          )}
        </div>
        <FigureChangeList diff={diff} selected={props.selectedFigure} onSelect={props.onSelectFigure} />
      </div>
    </>
  );
}

/** One of the two version pickers. */
function VersionSelect(props: { label: 'Earlier' | 'Later'; versions: VersionSummary[]; value: number; onChange: (id: number) => void }): React.JSX.Element {
  return (
    <label>
      {props.label}{' '}
      <select aria-label={`${props.label} version`} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionLabel(props.versions, v.id)}
          </option>
        ))}
      </select>
    </label>
  );
}
