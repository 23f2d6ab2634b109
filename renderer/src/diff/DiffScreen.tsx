// Two versions compared, of one article or of two articles of the event
// (Reuters against CNN on one event): pick each side's version, choose what
// the comparison ignores, read the changes inline or side by side with a strip
// showing where they sit, step through them with n / p, see which figures
// moved, and copy or save the comparison.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, DiffOptions, VersionDiff } from '../../../main/core/model';
import type { DiffExportInput } from '../../../main/core/diff/exportBlocks';
import type { VersionPair } from '../app/route';
import { FigureChangeList } from '../figures/FigureChangeList';
import { acrossPair, exportedVersion, exportFileName, findVersion, headingName, versionLabel } from './comparedVersions';
import { ignoring, OptionChecks } from './DiffOptionChecks';
import { DiffExport } from './DiffExport';
import { InlineDiff } from './InlineDiff';
import { OverviewStrip } from './OverviewStrip';
import { SideBySideDiff } from './SideBySideDiff';
import { changeStops, figureSpans, formatShare, isIdentical, summaryParts, unitOfFigure } from './diffLayout';
import { useDiffOptions } from './useDiffOptions';
import { useVersionDiff } from './useVersionDiff';
import { VersionPicker } from './VersionPicker';
import { plural } from '../shared/format';
import { takesTyping } from '../shared/keys';

type Mode = 'inline' | 'side';

export function DiffScreen(props: {
  /** The event's articles: either side may be a version of any of them. */
  articles: ArticleSummary[];
  /** The two versions shown; null when the article it was opened on has one version. */
  pair: VersionPair | null;
  /** The article the comparison was opened on, or the later version's. */
  article: ArticleSummary | null;
  onPick(pair: VersionPair): void;
  onClose(): void;
}) {
  const { articles, pair, article, onPick, onClose } = props;
  const [modeChoice, setModeChoice] = useState<{ key: string; mode: Mode } | null>(null);
  const [showMinor, setShowMinor] = useState(false);
  const [options, setOptions] = useDiffOptions();
  const [current, setCurrent] = useState<{ key: string; unit: number } | null>(null);
  const [figure, setFigure] = useState<{ key: string; index: number } | null>(null);
  const screen = useRef<HTMLElement>(null);

  const before = pair ? findVersion(articles, pair.before) : null;
  const after = pair ? findVersion(articles, pair.after) : null;
  const across = !!before && !!after && before.article.id !== after.article.id;
  const samePick = pair !== null && pair.before === pair.after;
  // Compare again after a cancel
  const [attempt, setAttempt] = useState(0);
  const { diff, error, cancelled, cancel } = useVersionDiff(samePick ? null : pair, options, attempt);
  const key = pair ? `${pair.before}:${pair.after}:${options.ignoreCase ? 'c' : ''}${options.ignoreWhitespace ? 'w' : ''}` : '';

  const mode: Mode = modeChoice?.key === key ? modeChoice.mode : diff?.summary.rewrite ? 'side' : 'inline';
  const stops = useMemo(() => (diff ? changeStops(diff.units, showMinor) : []), [diff, showMinor]);
  const currentUnit = current?.key === key ? current.unit : null;
  const selectedFigure = figure?.key === key ? figure.index : null;
  const spans = useMemo(() => figureSpans(diff?.figureChanges ?? []), [diff]);

  const pick = (side: keyof VersionPair, id: number): void => {
    if (pair) onPick({ ...pair, [side]: id });
  };
  const swap = (): void => {
    if (pair) onPick({ before: pair.after, after: pair.before });
  };
  const others = article ? acrossPair(articles, article.id) : null;

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
  const named = (place: typeof before): string => (place ? `${across ? `${place.article.outlet ?? place.article.title} · ` : ''}${versionLabel(place)}` : '');
  const labels = { before: `Earlier: ${named(before)}`, after: `Later: ${named(after)}` };
  const exported: DiffExportInput | null =
    diff && before && after ? { diff, before: exportedVersion(before), after: exportedVersion(after), options, showMinor } : null;

  return (
    <main className="diff-screen" aria-label="Compare versions" ref={screen} tabIndex={-1}>
      <div className="diff-toolbar">
        <button type="button" className="small quiet" onClick={onClose} title="Back to the library (Esc)">
          ← Library
        </button>
        {across && before && after ? (
          <h2 className="diff-title across">
            <span>{headingName(before.article)}</span> <span className="meta">against</span> <span>{headingName(after.article)}</span>
          </h2>
        ) : (
          <h2 className="diff-title">{(after ?? before)?.article.title ?? article?.title}</h2>
        )}
        {pair && (
          <div className="row diff-pickers">
            <VersionPicker label="Earlier" articles={articles} value={pair.before} onChange={(id) => pick('before', id)} />
            <button type="button" className="small quiet" onClick={swap} aria-label="Swap versions" title="Swap versions">
              ⇄
            </button>
            <VersionPicker label="Later" articles={articles} value={pair.after} onChange={(id) => pick('after', id)} />
          </div>
        )}
        {pair && <OptionChecks options={options} onChange={setOptions} />}
      </div>

      {!pair ? (
        <div className="diff-empty">
          <p>This article has one version: capture another to compare.</p>
          <p className="meta">Import a later capture of the same page (same URL, or same headline and outlet) and it joins this article.</p>
          {others && (
            <button type="button" className="small" onClick={() => onPick(others)}>
              Compare with another article
            </button>
          )}
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
          options={options}
          exported={exported}
          fileName={before && after ? exportFileName(before, after) : 'compare'}
          onJump={(unit) => setCurrent({ key, unit })}
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
  options: DiffOptions;
  exported: DiffExportInput | null;
  fileName: string;
  onJump(unit: number): void;
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
        {props.exported && <DiffExport input={props.exported} fileName={props.fileName} />}
        <span className="meta keys">n / p next and previous change · Esc back to the library</span>
      </div>
      <p className="diff-summary" data-testid="diff-summary">
        {summaryParts(diff).join(' · ')}
      </p>
      {identical ? (
        <p className="notice" role="status">
          {ignoring(props.options) ? `These two versions are the same, ignoring ${ignoring(props.options)}.` : 'These two versions are identical.'}
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
        <OverviewStrip diff={diff} showMinor={showMinor} current={current} onJump={props.onJump} />
        <FigureChangeList diff={diff} selected={props.selectedFigure} onSelect={props.onSelectFigure} />
      </div>
    </>
  );
}
