import { listArticles } from '../../../db/queries/articles';
import { listClaims } from '../../../db/queries/claims';
import { getEvent } from '../../../db/queries/events';
import { getVersion } from '../../../db/queries/versions';
import { groupFigures } from '../../core/compare/groupFigures';
import type { ClaimRecord, EventFigure } from '../../core/model';
import { HandlerError } from '../handlerError';
import type { Handler } from './context';

/**
 * An event's figures, grouped on the fly from the stored claims of all its
 * versions in capture order (rejected claims left out, the researcher's edits
 * in). Figures are not stored yet: moving, merging and naming them comes with
 * their own table.
 */
export const figureHandlers: { 'events:figures': Handler<'events:figures'> } = {
  'events:figures': ({ eventId }, { db }) => {
    if (!getEvent(db, eventId)) throw new HandlerError('not-found', `no event with id ${eventId}`);
    const versions = listArticles(db, eventId)
      .flatMap((a) => a.versions.map((v) => ({ article: a, version: v })))
      .sort((x, y) => x.version.capturedAt.localeCompare(y.version.capturedAt) || x.version.id - y.version.id);
    const texts = new Map<number, string>();
    const docs = versions.map(({ article, version }) => {
      texts.set(version.id, getVersion(db, version.id)?.text ?? '');
      const claims = listClaims(db, version.id).filter((c) => c.status !== 'rejected');
      return { name: String(version.id), article: String(article.id), claims };
    });
    const byVersion = new Map(versions.map((x) => [x.version.id, x]));
    return groupFigures(docs).map(
      (g): EventFigure => ({
        label: g.label,
        status: g.status,
        min: g.min,
        max: g.max,
        members: g.claims.map((m) => {
          const claim = m.claim as ClaimRecord;
          const { article, version } = byVersion.get(Number(m.doc))!;
          const text = texts.get(version.id)!;
          return {
            claimId: claim.id,
            versionId: version.id,
            articleId: article.id,
            articleTitle: article.title,
            outlet: article.outlet,
            capturedAt: version.capturedAt,
            value: claim.value,
            low: claim.low,
            high: claim.high,
            approx: claim.approx,
            source: claim.source,
            text: text.slice(claim.start, claim.end),
            sentence: text.slice(claim.sentenceStart, claim.sentenceEnd),
          };
        }),
      }),
    );
  },
};
