// An event's versions as the figures and the report read them: in capture
// order, each with its text, its claims (rejected ones left out, the
// researcher's edits in) and its provenance.
import type { ReadableDb } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { listClaims } from '../../db/queries/claims';
import { getVersion } from '../../db/queries/versions';
import type { ReportVersionInput } from '../core/report/buildReport';

export function eventVersions(db: ReadableDb, eventId: number): ReportVersionInput[] {
  return listArticles(db, eventId)
    .flatMap((article) =>
      article.versions.map((summary): ReportVersionInput => {
        const version = getVersion(db, summary.id)!;
        return {
          versionId: version.id,
          articleId: article.id,
          articleTitle: article.title,
          outlet: article.outlet,
          capturedAt: version.capturedAt,
          publishedAt: version.publishedAt,
          text: version.text,
          claims: listClaims(db, version.id).filter((c) => c.status !== 'rejected'),
          title: version.title,
          url: version.canonicalUrl ?? article.canonicalUrl,
          sha256: version.sha256,
          byteLength: version.byteLength,
          format: version.format,
          origin: version.origin,
        };
      }),
    )
    .sort((x, y) => x.capturedAt.localeCompare(y.capturedAt) || x.versionId - y.versionId);
}
