import { useState } from 'react';
import type { VersionDetail } from '../../../main/core/model';
import { useClaims } from '../claims/useClaims';
import { formatBytes, formatTime } from '../format';
import { ClaimList } from './ClaimList';
import { ClaimText } from './ClaimText';

/**
 * One captured version: its provenance, then its text, always as text (never
 * as markup), with the figures it asserts marked in it and listed beside it.
 */
export function Reader(props: { version: VersionDetail | null; loading: boolean; onCompare?(articleId: number): void }) {
  const [copied, setCopied] = useState(false);
  const v = props.version;
  const view = useClaims(v?.id ?? null);
  const [selected, setSelected] = useState<{ versionId: number; claimId: number } | null>(null);
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
  return (
    <article className="reader with-claims" aria-label="Reader">
      <div className="reader-body">
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
            <dd>{v.outlet ?? 'not named in the file'}</dd>
            {v.byline && (
              <>
                <dt>Byline</dt>
                <dd>{v.byline}</dd>
              </>
            )}
            <dt>Published</dt>
            <dd>{formatTime(v.publishedAt)}</dd>
            <dt>Captured</dt>
            <dd>{formatTime(v.capturedAt)}</dd>
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
        </header>
        <ClaimText text={v.text} claims={view.claims ?? []} selectedId={selectedId} onSelect={select} />
      </div>
      <ClaimList text={v.text} view={view} selectedId={selectedId} onSelect={select} />
    </article>
  );
}
