import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimActionKind, ClaimEdit } from '../../../main/core/model';
import { canReview, FILTERS, matchesFilter, summarize, valueWords, type ClaimFilter } from './claimFormat';
import type { ClaimsView } from './useClaims';
import { plural } from '../shared/format';
import { stepTo, takesTyping } from '../shared/keys';
import { ClaimItem } from './ClaimItem';

const CARRY_KEY = 'tally.reviewsCarry';

function rememberedCarry(): boolean {
  try {
    return localStorage.getItem(CARRY_KEY) !== 'off';
  } catch {
    return true;
  }
}

function rememberCarry(on: boolean): void {
  try {
    localStorage.setItem(CARRY_KEY, on ? 'on' : 'off');
  } catch {
    // storage refused (a private window): the choice lasts while the reader is open
  }
}

/** The list's own moves: one claim at a time, or to either end; the page keeps paging. */
const CLAIM_STEPS = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: -Infinity, End: Infinity };

/** Inside a claim's edit form every key is the form's, its buttons' too. */
function inForm(target: EventTarget): boolean {
  return takesTyping(target) || (target instanceof HTMLElement && target.closest('form') !== null);
}

/**
 * The figures a version asserts, beside its text: counts, a filter, review
 * actions, and re-extraction. With focus in the list, j/k or the arrows move (Home and End to either end),
 * c confirms, r rejects, e edits.
 */
export function ClaimList(props: { text: string; view: ClaimsView; selectedId: number | null; onSelect(id: number): void }) {
  const { view, selectedId, onSelect } = props;
  const claims = view.claims;
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ claimId: number; message: string } | null>(null);
  // reviews reach the same claim in the article's other versions, unless the researcher keeps them to this one
  const [carry, setCarry] = useState(rememberedCarry);
  const list = useRef<HTMLOListElement>(null);

  // The chosen claim stays listed whatever the filter, so choosing it in the text always finds it here.
  const shown = (claims ?? []).filter((c) => matchesFilter(c, filter) || c.id === selectedId);

  useEffect(() => {
    if (selectedId === null) return;
    list.current?.querySelector(`[data-claim-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const act = async (claimId: number, action: Exclude<ClaimActionKind, 'edit'>): Promise<void> => {
    setPending(claimId);
    const problem = await view.review({ claimId, action, thisVersionOnly: !carry });
    setPending(null);
    setFailure(problem ? { claimId, message: problem } : null);
  };

  const save = async (claimId: number, changes: ClaimEdit): Promise<string | null> => {
    const problem = await view.review({ claimId, action: 'edit', changes, thisVersionOnly: !carry });
    if (!problem) {
      setEditingId(null);
      setFailure(null);
      list.current?.querySelector<HTMLButtonElement>(`[data-claim-button="${claimId}"]`)?.focus();
    }
    return problem;
  };

  const focusClaim = (id: number): void => {
    onSelect(id);
    list.current?.querySelector<HTMLButtonElement>(`[data-claim-button="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || inForm(e.target)) return;
    // The claim holding focus, else the chosen one.
    const focused = Number((e.target as HTMLElement).closest<HTMLElement>('li[data-claim-id]')?.dataset.claimId ?? NaN);
    const at = shown.findIndex((c) => c.id === (Number.isNaN(focused) ? selectedId : focused));
    const current = shown[at];
    const to = stepTo(e.key, at, shown.length, CLAIM_STEPS);
    if (to !== null) {
      e.preventDefault();
      focusClaim(shown[to]!.id);
      return;
    }
    switch (e.key) {
      case 'c':
      case 'r':
        if (!current || pending !== null) return;
        if (!canReview(current, e.key === 'c' ? 'confirm' : 'reject')) return;
        void act(current.id, e.key === 'c' ? 'confirm' : 'reject');
        break;
      case 'e':
        if (!current || !canReview(current, 'edit')) return;
        setEditingId(current.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const report = view.extraction;
  const count = (f: ClaimFilter): number => (claims ?? []).filter((c) => matchesFilter(c, f)).length;

  return (
    <aside className="claims" aria-label="Claims">
      <div className="pane-heading">
        <h2>Figures</h2>
        <button type="button" className="small quiet" disabled={view.extracting} onClick={view.extract} aria-busy={view.extracting}>
          {view.extracting ? 'Extracting…' : 'Re-extract'}
        </button>
      </div>
      <div className="claims-top">
        {claims && claims.length > 0 && (
          <p className="claim-counts" data-testid="claim-counts">
            {summarize(claims)}
          </p>
        )}
        <p className="meta extraction-report" role="status" data-testid="extraction-report">
          {report &&
            ('report' in report
              ? `Re-extracted: ${plural(report.report.claims, 'claim')}, ${report.report.kept} reviewed kept`
              : '')}
        </p>
        {report && 'error' in report && (
          <p className="error" role="alert">
            Re-extraction failed: {report.error}
          </p>
        )}
        {view.error && (
          <p className="error" role="alert">
            Could not read this version’s claims: {view.error}
          </p>
        )}
        {claims && claims.length > 0 && (
          <label className="meta claim-carry">
            <input
              type="checkbox"
              checked={carry}
              onChange={(e) => {
                setCarry(e.target.checked);
                rememberCarry(e.target.checked);
              }}
            />{' '}
            Reviews also apply to the same claim in this article’s other versions
          </label>
        )}
        {view.carried && view.carried.count > 0 && (
          <p className="meta" role="status" data-testid="review-carried">
            Also applied in {plural(view.carried.count, 'other version')}.
          </p>
        )}
        {claims && claims.length > 0 && (
          <div className="claim-filter" role="group" aria-label="Show claims">
            {FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                className={filter === f.id ? 'small selected' : 'small quiet'}
                aria-pressed={filter === f.id}
                onClick={() => setFilter(f.id)}
              >
                {f.label} <span className="count">{count(f.id)}</span>
              </button>
            ))}
          </div>
        )}
      </div>

      {claims === null ? (
        !view.error && <p className="claims-empty meta">Reading figures…</p>
      ) : claims.length === 0 ? (
        <div className="claims-empty">
          <p>No figures found in this version.</p>
          <p className="meta">Re-extract reads the text again with the current extractor.</p>
        </div>
      ) : shown.length === 0 ? (
        <p className="claims-empty meta">No {filter} claims in this version.</p>
      ) : (
        <ol className="claim-list" aria-label="Claims in this version" ref={list} onKeyDown={onKeyDown}>
          {shown.map((c) => (
            <ClaimItem
              key={c.id}
              claim={c}
              words={valueWords(props.text, c)}
              selected={c.id === selectedId}
              editing={c.id === editingId}
              busy={pending === c.id}
              error={failure?.claimId === c.id ? failure.message : null}
              onSelect={() => onSelect(c.id)}
              onAct={(action) => void act(c.id, action)}
              onEdit={() => {
                onSelect(c.id);
                setEditingId(c.id);
              }}
              onSave={(changes) => save(c.id, changes)}
              onCancelEdit={() => {
                setEditingId(null);
                focusClaim(c.id);
              }}
            />
          ))}
        </ol>
      )}
      {claims && claims.length > 0 && <p className="meta keys">j / k move · c confirm · e edit · r reject · Esc cancels an edit</p>}
    </aside>
  );
}
