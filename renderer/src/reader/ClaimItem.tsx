import { useState } from 'react';
import type { ClaimActionKind, ClaimEdit, ClaimRecord } from '../../../main/core/model';
import { canReview, formatConfidence, formatSource, formatValue, STATUS_LABEL } from './claimFormat';
import { ClaimEditor } from './ClaimEditor';
import { ClaimHistory } from './ClaimHistory';

export function ClaimItem(props: {
  claim: ClaimRecord;
  /** The claim's words in the text. */
  words: string;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  error: string | null;
  onSelect(): void;
  onAct(action: Exclude<ClaimActionKind, 'edit'>): void;
  onEdit(): void;
  onSave(changes: ClaimEdit): Promise<string | null>;
  onCancelEdit(): void;
}) {
  const { claim } = props;
  const [historyOpen, setHistoryOpen] = useState(false);
  const classes = ['claim', claim.status, claim.kind === 'no-figure' ? 'no-figure' : '', props.selected ? 'selected' : ''].filter(Boolean).join(' ');
  const value = formatValue(claim, props.words);

  return (
    <li className={classes} data-claim-id={claim.id} data-status={claim.status}>
      <button
        type="button"
        className="claim-summary"
        data-claim-button={claim.id}
        aria-current={props.selected ? 'true' : undefined}
        aria-label={`${value}, ${claim.subject ?? 'subject not read'}, according to ${formatSource(claim.source)}, ${STATUS_LABEL[claim.status]}`}
        onClick={props.onSelect}
      >
        <span className="claim-head">
          <span className="claim-value" data-testid="claim-value">
            {value}
          </span>
          <span className={`badge status-${claim.status}`}>{STATUS_LABEL[claim.status]}</span>
        </span>
        <span className="claim-subject">{claim.subject ?? <em>subject not read</em>}</span>
        <span className={claim.source ? 'claim-source' : 'claim-source own-voice'} data-testid="claim-source">
          {formatSource(claim.source)}
        </span>
        <span className="meta">
          {claim.kind === 'no-figure' ? 'no figure given' : 'figure'}
          {claim.qualifiers.length > 0 && ` · ${claim.qualifiers.join(', ')}`} · confidence {formatConfidence(claim.confidence)}
        </span>
      </button>

      {props.editing ? (
        <ClaimEditor claim={claim} onSave={props.onSave} onCancel={props.onCancelEdit} />
      ) : (
        <div className="claim-actions row">
          {canReview(claim, 'confirm') && (
            <button type="button" className="small quiet confirm" disabled={props.busy} onClick={() => props.onAct('confirm')}>
              Confirm
            </button>
          )}
          {canReview(claim, 'edit') && (
            <button type="button" className="small quiet" disabled={props.busy} onClick={props.onEdit}>
              Edit
            </button>
          )}
          {canReview(claim, 'reject') && (
            <button type="button" className="small quiet danger" disabled={props.busy} onClick={() => props.onAct('reject')}>
              Reject
            </button>
          )}
          {canReview(claim, 'reopen') && (
            <button type="button" className="small quiet" disabled={props.busy} onClick={() => props.onAct('reopen')}>
              Reopen
            </button>
          )}
        </div>
      )}
      <details className="claim-history" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>History</summary>
        {historyOpen && <ClaimHistory claim={claim} />}
      </details>
      {props.error && (
        <p className="error claim-error" role="alert">
          {props.error}
        </p>
      )}
    </li>
  );
}
