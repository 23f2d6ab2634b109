import { useRef, useState } from 'react';
import type { StatedWhere, VersionDetail } from '../../../main/core/model';
import { selectedSpan, type SelectedSpan } from './selectedSpan';
import { useClaims } from './useClaims';
import { AddedValue, type JustAdded } from './AddedValue';
import { AddValueForm } from './AddValueForm';
import { formatBytes, formatTime } from '../shared/format';
import { useModal } from '../shared/useModal';
import { ClaimList } from './ClaimList';
import { EditDetails } from './EditDetails';
import { ClaimText } from './ClaimText';
import { SplitVersion } from './SplitVersion';

/**
 * One captured version: its provenance, then its text, always as text (never
 * as markup), with the figures it asserts marked in it and listed beside it.
 */
export function Reader(props: { version: VersionDetail | null; loading: boolean; onCompare?(articleId: number): void }) {
  const [copied, setCopied] = useState(false);
  const v = props.version;
  const view = useClaims(v?.id ?? null);
  const [selected, setSelected] = useState<{ versionId: number; claimId: number } | null>(null);
  // text the researcher selected, to add as a value the extraction missed
  const [picked, setPicked] = useState<(SelectedSpan & { versionId: number }) | null>(null);
  const [adding, setAdding] = useState(false);
  // the version whose details (outlet, time…) are being corrected
  const [editing, setEditing] = useState<number | null>(null);
  const [added, setAdded] = useState<(JustAdded & { versionId: number }) | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const dialog = useModal(adding);
  if (!v) {
    return (
      <article className="reader empty-reader" aria-label="Reader">
        <p>{props.loading ? 'Opening…' : 'Choose a version on the left to read it.'}</p>
      </article>
    );
  }
  const copy = (): void => {
    void navigator.clipboard?.writeText(v.sha256).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  const selectedId = selected?.versionId === v.id ? selected.claimId : null;
  const select = (claimId: number): void => setSelected({ versionId: v.id, claimId });
  const pick = (): void => {
    const box = body.current?.querySelector<HTMLElement>('[data-testid="version-text"]');
    const span = box ? selectedSpan(box, window.getSelection()) : null;
    setPicked(span && { ...span, versionId: v.id });
  };
  const shownPick = picked?.versionId === v.id ? picked : null;
  return (
    <article className="reader with-claims" aria-label="Reader">
      <div className="reader-body" ref={body} onMouseUp={pick} onKeyUp={pick}>
        <header>
          <div className="reader-title">
            <h2>{v.title ?? v.articleTitle}</h2>
            {props.onCompare && (
              <button type="button" className="small quiet" onClick={() => props.onCompare?.(v.articleId)}>
                Compare versions
              </button>
            )}
          </div>
          <dl className="provenance">
            <dt>Outlet</dt>
            <dd>
              {v.outlet ?? 'not named in the capture'} <StatedIn where={v.statedIn.outlet} />
            </dd>
            {v.byline && (
              <>
                <dt>Byline</dt>
                <dd>
                  {v.byline} <StatedIn where={v.statedIn.byline} />
                </dd>
              </>
            )}
            <dt>Published</dt>
            <dd>
              {formatTime(v.publishedAt)} <StatedIn where={v.statedIn.publishedAt} note={v.publishedNote} />
            </dd>
            {v.updatedAt && (
              <>
                <dt>Updated</dt>
                <dd>
                  {formatTime(v.updatedAt)} <StatedIn where={v.statedIn.updatedAt} />
                </dd>
              </>
            )}
            <dt>Captured</dt>
            <dd>{formatTime(v.capturedAt)}</dd>
            {v.unchangedAt.length > 0 && (
              <>
                <dt>Unchanged</dt>
                <dd data-testid="unchanged-at">captured again unchanged {v.unchangedAt.map(formatTime).join(', ')}</dd>
              </>
            )}
            {v.canonicalUrl && (
              <>
                <dt>URL</dt>
                <dd className="url">{v.canonicalUrl}</dd>
              </>
            )}
            <dt>From</dt>
            <dd className="origin">
              {v.originKind === 'paste' ? 'pasted text' : v.origin} ({v.format}, {v.encoding}, {formatBytes(v.byteLength)})
            </dd>
            <dt>Article</dt>
            <dd>
              <SplitVersion version={v} />
            </dd>
            <dt>Details</dt>
            <dd>
              <button type="button" className="small quiet" onClick={() => setEditing(v.id)} aria-expanded={editing === v.id}>
                Correct the details…
              </button>
            </dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="hash full" data-testid="version-sha256">
                {v.sha256}
              </code>{' '}
              <button type="button" className="small quiet" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </button>
            </dd>
          </dl>
          {editing === v.id && <EditDetails key={v.id} version={v} onClose={() => setEditing(null)} />}
        </header>
        {(shownPick || added?.versionId === v.id) && (
          <div className="reader-pick" data-testid="reader-pick">
            {added?.versionId === v.id && <AddedValue added={added} onUndone={() => setAdded(null)} />}
            {shownPick && (
              <p>
                Selected “{shownPick.words.length > 80 ? `${shownPick.words.slice(0, 80)}…` : shownPick.words}”{' '}
                <button type="button" className="small" onClick={() => setAdding(true)}>
                  Add as a value…
                </button>
              </p>
            )}
          </div>
        )}
        <ClaimText text={v.text} claims={view.claims ?? []} selectedId={selectedId} onSelect={select} />
      </div>
      <dialog ref={dialog} className="add-value-dialog" aria-labelledby="add-value-heading" onClose={() => setAdding(false)}>
        <h2 id="add-value-heading">Add a value the extraction missed</h2>
        {shownPick && (
          <AddValueForm
            key={`${shownPick.versionId}:${shownPick.start}:${shownPick.end}`}
            place={{ kind: 'selected', ...shownPick }}
            figure={null}
            onAdded={(claim, words, entry) => {
              setAdded({ versionId: v.id, claim, words, entry });
              setPicked(null);
              setAdding(false);
            }}
          />
        )}
        <button type="button" className="small quiet" onClick={() => setAdding(false)}>
          Cancel
        </button>
      </dialog>
      <ClaimList text={v.text} view={view} selectedId={selectedId} onSelect={select} />
    </article>
  );
}

/** Where the capture says it ("from the headline"), with its words on hover and what was settled for it. */
function StatedIn(props: { where: StatedWhere | null; note?: string | null }) {
  if (!props.where) return null;
  const title = [props.where.words && `“${props.where.words}”`, props.note].filter(Boolean).join('\n');
  return (
    <span className="meta stated-in" title={title || undefined} data-testid="stated-in">
      {props.where.in === 'researcher' ? 'as you corrected it' : `from the ${props.where.in}`}
      {props.note ? ` · ${props.note}` : ''}
    </span>
  );
}
