// The researcher puts versions into the right articles and articles into the
// right events, for the app and the command line alike: two articles merged
// into one (a revision arrived under a new headline), a version split out into
// an article of its own (an import joined the wrong story), an article filed
// in a second event as well as its own, or taken out of it again. Each step is
// one transaction and one entry of library_actions naming what it moved, so
// undoing it is one step more (history.ts).
import { transaction, type WritableDb } from '../../db/connection';
import { articleEventId, createArticle } from '../../db/queries/articles';
import { articleOfVersion, eventsOfArticle, fileArticle, placeVersions, unfileArticle, versionsInArticle } from '../../db/queries/articlePlacements';
import { getEvent } from '../../db/queries/events';
import { logLibraryAction } from '../../db/queries/libraryActions';
import { getVersion } from '../../db/queries/versions';
import { titleKey } from '../core/capture/articleIdentity';
import { CodedError } from '../core/codedError';

export class RearrangeError extends CodedError<'not-found' | 'invalid-argument'> {}

function requireArticle(db: WritableDb, articleId: number): number {
  const eventId = articleEventId(db, articleId);
  if (eventId === undefined || versionsInArticle(db, articleId).length === 0) throw new RearrangeError('not-found', `no article ${articleId}`);
  return eventId;
}

function requireOpenEvent(db: WritableDb, eventId: number): void {
  const event = getEvent(db, eventId);
  if (!event) throw new RearrangeError('not-found', `no event ${eventId}`);
  if (event.trashedAt) throw new RearrangeError('invalid-argument', `event “${event.name}” is in the trash: restore it first`);
}

/** Moves every version of `from` into `into`; both must share an event. Answers the step's id in the log. */
export function mergeArticles(db: WritableDb, from: number, into: number, at: string): number {
  return transaction(db, () => {
    if (from === into) throw new RearrangeError('invalid-argument', 'an article cannot be merged into itself');
    requireArticle(db, from);
    requireArticle(db, into);
    const shared = new Set(eventsOfArticle(db, into).map((e) => e.eventId));
    if (!eventsOfArticle(db, from).some((e) => shared.has(e.eventId))) {
      throw new RearrangeError('invalid-argument', `articles ${from} and ${into} are in no event together: move one first`);
    }
    const versionIds = versionsInArticle(db, from);
    placeVersions(db, versionIds, into);
    return logLibraryAction(db, 'article-merge', { from, into, versionIds }, at);
  });
}

/**
 * Takes a version out of its article into a new article of its own, in the
 * same events, headed by the version's own headline (how an import's join of
 * a revision is undone, too). Answers the new article and the step's id in the log.
 */
export function splitVersion(db: WritableDb, versionId: number, at: string): { articleId: number; actionId: number } {
  return transaction(db, () => {
    const from = articleOfVersion(db, versionId);
    if (from === undefined) throw new RearrangeError('not-found', `no version ${versionId}`);
    if (versionsInArticle(db, from).length < 2) throw new RearrangeError('invalid-argument', `version ${versionId} is the only version of its article already`);
    const version = getVersion(db, versionId)!;
    const events = eventsOfArticle(db, from);
    const title = version.title ?? version.articleTitle;
    const into = createArticle(db, {
      eventId: events[0]!.eventId,
      outletId: null,
      title,
      canonicalUrl: version.canonicalUrl,
      // matched by its headline from now on; its address stays the older article's, so later captures of it still join that one
      titleKey: titleKey(title),
      urlKey: null,
      createdAt: at,
    });
    for (const e of events.slice(1)) fileArticle(db, into, e.eventId, at);
    placeVersions(db, [versionId], into);
    return { articleId: into, actionId: logLibraryAction(db, 'article-split', { versionId, from, into }, at) };
  });
}

/**
 * Moves versions that are all in `from` into `to`, which may have been left
 * empty by a merge or be new from a split: the undoing of either, logged as a
 * merge of those versions (`detail` says which step it undoes).
 */
export function moveVersions(db: WritableDb, versionIds: readonly number[], from: number, to: number, at: string, detail: Record<string, unknown> = {}): void {
  transaction(db, () => {
    if (articleEventId(db, to) === undefined) throw new RearrangeError('not-found', `no article ${to}`);
    const moved = versionIds.find((id) => articleOfVersion(db, id) !== from);
    if (moved !== undefined) throw new RearrangeError('invalid-argument', `version ${moved} is no longer in article ${from}: it was moved since`);
    placeVersions(db, versionIds, to);
    logLibraryAction(db, 'article-merge', { ...detail, from, into: to, versionIds }, at);
  });
}

/** Files an article in another event too: it shows there with all its versions, and its figures count there as well. */
export function fileInEvent(db: WritableDb, articleId: number, eventId: number, at: string): void {
  transaction(db, () => {
    requireArticle(db, articleId);
    requireOpenEvent(db, eventId);
    if (eventsOfArticle(db, articleId).some((e) => e.eventId === eventId)) throw new RearrangeError('invalid-argument', `article ${articleId} is in that event already`);
    fileArticle(db, articleId, eventId, at);
    logLibraryAction(db, 'article-file', { articleId, eventId }, at);
  });
}

/** Takes an article out of an event it was filed in; its own event keeps it. */
export function unfileFromEvent(db: WritableDb, articleId: number, eventId: number, at: string): void {
  transaction(db, () => {
    const home = requireArticle(db, articleId);
    if (home === eventId) throw new RearrangeError('invalid-argument', `event ${eventId} is article ${articleId}'s own: move it instead`);
    if (!unfileArticle(db, articleId, eventId)) throw new RearrangeError('not-found', `article ${articleId} is not filed in event ${eventId}`);
    logLibraryAction(db, 'article-unfile', { articleId, eventId }, at);
  });
}
