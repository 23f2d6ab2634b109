// The sentence a value comes from, its figure words emphasised (text nodes
// only), with where it was found and who says it.
import type { ArticleSummary, FigureMember } from '../../../main/core/model';
import { formatSource } from '../reader/claimFormat';
import { formatTime } from '../shared/format';

export function FigureQuote(props: { member: FigureMember; articles: ArticleSummary[] }) {
  const { member } = props;
  const at = member.text ? member.sentence.indexOf(member.text) : -1;
  const versions = props.articles.find((a) => a.id === member.articleId)?.versions ?? [];
  const index = versions.findIndex((v) => v.id === member.versionId);
  const versionLabel = index >= 0 ? `v${index + 1} of ${versions.length}` : `version ${member.versionId}`;
  const copied = member.copyOf ? props.articles.find((a) => a.id === member.copyOf!.articleId) : undefined;
  return (
    <section className="fig-quote" aria-label="Quote">
      <blockquote data-testid="figure-quote">
        {at < 0 ? (
          member.sentence || member.text
        ) : (
          <>
            {member.sentence.slice(0, at)}
            <mark className="fig-quote-mark">{member.text}</mark>
            {member.sentence.slice(at + member.text.length)}
          </>
        )}
      </blockquote>
      <dl className="fig-quote-meta">
        <dt>Source</dt>
        <dd>
          {formatSource(member.source)}
          {member.grade && <span className="badge grade" title="Source grade">{member.grade}</span>}
          {member.sourceAsWritten && member.sourceAsWritten !== member.source && <span className="meta"> (as “{member.sourceAsWritten}”)</span>}
        </dd>
        <dt>Article</dt>
        <dd>{member.articleTitle}</dd>
        <dt>Outlet</dt>
        <dd>{member.outlet ?? 'Outlet not named'}</dd>
        <dt>Version</dt>
        <dd>
          {versionLabel}, captured {formatTime(member.capturedAt)}
          {member.publishedAt && <>, published {formatTime(member.publishedAt)}</>}
        </dd>
        {member.copyOf && (
          <>
            <dt>Copy of</dt>
            <dd>
              {copied?.title ?? `article ${member.copyOf.articleId}`} <span className="meta">({member.copyOf.marked ? 'marked by you' : 'near-identical text'})</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
