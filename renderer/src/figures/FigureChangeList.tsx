import { useEffect, useRef } from 'react';
import type { FigureChange, FigureSide, VersionDiff } from '../../../main/core/model';
import { formatSource, formatValue } from '../reader/claimFormat';
import { plural } from '../shared/format';

const KIND_LABEL: Record<FigureChange['kind'], string> = { changed: 'changed', appeared: 'appeared', disappeared: 'disappeared' };

export function figureValue(side: FigureSide): string {
  return formatValue({ kind: 'figure', value: side.value, low: side.low, high: side.high, approx: side.approx }, side.text.replace(/\s+/g, ' ').trim());
}

/** "17 → 22", "new: 21,000", "gone: 6". */
export function describeChange(change: FigureChange): string {
  if (change.before && change.after) return `${figureValue(change.before)} → ${figureValue(change.after)}`;
  if (change.after) return `new: ${figureValue(change.after)}`;
  return change.before ? `gone: ${figureValue(change.before)}` : '';
}

/** A side's sentence with the figure's words marked, as text. */
function Sentence(props: { text: string; side: FigureSide; label: string }) {
  const { text, side } = props;
  const from = Math.max(0, Math.min(side.sentenceStart, side.start));
  const to = Math.max(side.sentenceEnd, side.end);
  return (
    <p className="fig-sentence">
      <span className="meta">{props.label}</span> {text.slice(from, side.start)}
      <mark>{text.slice(side.start, side.end)}</mark>
      {text.slice(side.end, to)}
    </p>
  );
}

/**
 * The figures that changed, appeared or disappeared, beside the text: old →
 * new, what is counted and who says so, both sentences one click away.
 * Choosing one brings its words into view in the text.
 */
export function FigureChangeList(props: { diff: VersionDiff; selected: number | null; onSelect(index: number): void }) {
  const { diff, selected } = props;
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (selected === null) return;
    list.current?.querySelector(`[data-figure-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const changes = diff.figureChanges;
  return (
    <aside className="figure-changes" aria-label="Figure changes">
      <div className="pane-heading">
        <h2>Figures</h2>
        <span className="meta">{plural(changes.length, 'change')}</span>
      </div>
      {changes.length === 0 ? (
        <p className="claims-empty meta">No figure changed between these versions.</p>
      ) : (
        <ol className="figure-change-list" ref={list}>
          {changes.map((c, i) => {
            const subject = c.after?.subject ?? c.before?.subject ?? null;
            const sourceBefore = c.before ? formatSource(c.before.source) : null;
            const sourceAfter = c.after ? formatSource(c.after.source) : null;
            const source = sourceBefore && sourceAfter && sourceBefore !== sourceAfter ? `${sourceBefore} → ${sourceAfter}` : (sourceAfter ?? sourceBefore ?? '');
            const ownVoice = (c.after ?? c.before)?.source === null && !(sourceBefore && sourceAfter && sourceBefore !== sourceAfter);
            return (
              <li key={i} className={`figure-change ${c.kind}${i === selected ? ' selected' : ''}`} data-figure-index={i} data-kind={c.kind}>
                <button
                  type="button"
                  className="figure-summary"
                  aria-current={i === selected ? 'true' : undefined}
                  aria-label={`${KIND_LABEL[c.kind]}: ${describeChange(c)}, ${subject ?? 'subject not read'}, according to ${source}`}
                  onClick={() => props.onSelect(i)}
                >
                  <span className="claim-head">
                    <span className="fig-values">
                      {c.before ? (
                        <span className="fig-before" data-testid="fig-before">
                          {figureValue(c.before)}
                        </span>
                      ) : (
                        <span className="fig-absent">none</span>
                      )}
                      <span className="fig-arrow" aria-hidden="true">
                        {' → '}
                      </span>
                      {c.after ? (
                        <span className="fig-after" data-testid="fig-after">
                          {figureValue(c.after)}
                        </span>
                      ) : (
                        <span className="fig-absent">none</span>
                      )}
                    </span>
                    <span className={`badge fig-${c.kind}`}>{KIND_LABEL[c.kind]}</span>
                  </span>
                  <span className="claim-subject" data-testid="fig-subject">
                    {subject ?? <em>subject not read</em>}
                  </span>
                  <span className={ownVoice ? 'claim-source own-voice' : 'claim-source'} data-testid="fig-source">
                    {source}
                  </span>
                </button>
                <details className="claim-history">
                  <summary>Sentences</summary>
                  {c.before && <Sentence text={diff.texts.before} side={c.before} label="Before:" />}
                  {c.after && <Sentence text={diff.texts.after} side={c.after} label="After:" />}
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
