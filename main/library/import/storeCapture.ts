// Writes one captured document into the library: finds or creates its event,
// outlet and article (by URL, headline, or as a later version of a story the
// event already holds), and appends the version, all in one transaction. Bytes
// already in the library are a no-op that reports where they are.
import { titleKey, urlKey } from '../../core/capture/articleIdentity';
import { StoryIndex, storyTraits, type StoryTraits } from '../../core/capture/storyIdentity';
import type { CapturedDocument } from '../../core/capture/captureDocument';
import { PUBLICATION_READER } from '../../core/capture/publication';
import type { ImportTarget, ImportedItem, OriginKind } from '../../core/model';
import { transaction, type WritableDb } from '../../../db/connection';
import {
  completeArticle,
  createArticle,
  findArticleByUrlKey,
  findArticlesByTitleKey,
  listArticleStories,
  listCorrectedArticles,
  type DbArticleCandidate,
} from '../../../db/queries/articles';
import { findOrCreateEvent } from '../../../db/queries/events';
import { logLibraryAction } from '../../../db/queries/libraryActions';
import { actionTime } from '../actionTime';
import { findOrCreateOutlet } from '../../../db/queries/outlets';
import { savePublication } from '../../../db/queries/publication';
import { findVersionBySha256, insertVersion } from '../../../db/queries/versions';

export interface Capture {
  doc: CapturedDocument;
  /** The doc's story traits, when they were read beside it (by a capture worker); read here otherwise. */
  traits?: StoryTraits | undefined;
  bytes: Uint8Array;
  sha256: string;
  /** What the report calls it: the path as given, the uploaded name, or "(pasted text)". */
  label: string;
  /** Where the bytes came from, as recorded with the version: an absolute path for a file. */
  origin: string;
  originKind: OriginKind;
  capturedAt: string;
}

/**
 * The article a version with this URL, headline and outlet belongs to: the
 * same canonical URL, or else the same headline from the same outlet, where
 * an outlet nobody named (a .txt) matches any. Two pages with one headline
 * but different URLs (a wire story run by two papers) stay apart.
 */
function matchArticle(
  db: WritableDb,
  eventId: number,
  keys: { url: string | null; title: string | null },
  outletId: number | null,
): DbArticleCandidate | undefined {
  if (keys.url) {
    const byUrl = findArticleByUrlKey(db, eventId, keys.url);
    if (byUrl) return byUrl;
  }
  // the researcher's corrected address or headline of an article is its own as much as the captured one
  const corrected = listCorrectedArticles(db, eventId);
  const byCorrectedUrl = keys.url ? corrected.find((a) => urlKey(a.url) === keys.url) : undefined;
  if (byCorrectedUrl) return { id: byCorrectedUrl.id, outletId: byCorrectedUrl.outletId, urlKey: urlKey(byCorrectedUrl.url) };
  if (!keys.title) return undefined;
  const byCorrectedTitle = corrected.find((a) => titleKey(a.title) === keys.title && (a.outletId === null || outletId === null || a.outletId === outletId));
  if (byCorrectedTitle) return { id: byCorrectedTitle.id, outletId: byCorrectedTitle.outletId, urlKey: null };
  const candidates = findArticlesByTitleKey(db, eventId, keys.title).filter(
    (a) => !(keys.url && a.urlKey && a.urlKey !== keys.url),
  );
  return (
    candidates.find((a) => a.outletId === outletId) ??
    candidates.find((a) => a.outletId === null || outletId === null)
  );
}

/** The version that already holds these bytes, reported as a duplicate, or null. */
export function findDuplicate(db: WritableDb, sha256: string, label: string): ImportedItem | null {
  const existing = findVersionBySha256(db, sha256);
  if (!existing) return null;
  return {
    path: label,
    versionId: existing.id,
    articleId: existing.articleId,
    eventId: existing.eventId,
    sha256,
    duplicate: true,
    title: existing.title,
  };
}

/**
 * The stories an event holds, for a capture whose URL and headline match no
 * article: a revision under a new headline, or a republished wire story
 * (core/capture/storyIdentity.ts). Built from the library the first time an
 * event is asked for, then kept up to date as captures are stored.
 */
export class EventStories {
  private readonly byEvent = new Map<number, StoryIndex>();

  constructor(private readonly db: WritableDb) {}

  of(eventId: number): StoryIndex {
    let index = this.byEvent.get(eventId);
    if (!index) {
      index = new StoryIndex();
      for (const a of listArticleStories(this.db, eventId)) index.add(a.articleId, storyTraits(a));
      this.byEvent.set(eventId, index);
    }
    return index;
  }

  /** Drops what is known: a transaction that added stories was rolled back. */
  forget(): void {
    this.byEvent.clear();
  }
}

export function storeCapture(db: WritableDb, target: ImportTarget, capture: Capture, stories: EventStories = new EventStories(db)): ImportedItem {
  return transaction(db, () => {
    const { doc } = capture;
    // Checked again inside the transaction: another import may have stored the same bytes meanwhile.
    const existing = findDuplicate(db, capture.sha256, capture.label);
    if (existing) return existing;
    const now = capture.capturedAt;
    const eventId = 'eventId' in target ? target.eventId : findOrCreateEvent(db, target.eventName, now);
    // the outlet the capture names: declared by the page, or after its headline, in its dateline, its address
    const outlet = doc.publication.outlet?.value ?? null;
    const outletId = outlet ? findOrCreateOutlet(db, outlet, now) : null;
    const title = doc.title ?? capture.label;
    // the address the page declares, else the one its saving tool recorded (SingleFile's header, an archive record)
    const keys = { url: urlKey(doc.canonicalUrl ?? doc.publication.canonicalUrl?.value ?? null), title: titleKey(title) };

    const traits = capture.traits ?? storyTraits(doc);
    const match = matchArticle(db, eventId, keys, outletId);
    // no URL or headline in common: perhaps a revision under a new headline, or a wire story republished
    const story = match ? null : stories.of(eventId).find(traits);
    let articleId: number;
    if (match) {
      articleId = match.id;
      completeArticle(db, articleId, { outletId, canonicalUrl: doc.canonicalUrl, urlKey: keys.url });
    } else if (story) {
      articleId = story.articleId;
    } else {
      articleId = createArticle(db, {
        eventId,
        outletId,
        title,
        canonicalUrl: doc.canonicalUrl,
        titleKey: keys.title,
        urlKey: keys.url,
        createdAt: now,
      });
    }
    const versionId = insertVersion(db, {
      articleId,
      sha256: capture.sha256,
      bytes: capture.bytes,
      format: doc.format,
      encoding: doc.encoding,
      text: doc.text,
      title: doc.title,
      byline: doc.byline,
      outletName: doc.outlet,
      canonicalUrl: doc.canonicalUrl,
      publishedAt: doc.publishedAt,
      capturedAt: now,
      origin: capture.origin,
      originKind: capture.originKind,
    });
    savePublication(db, versionId, doc.publication, PUBLICATION_READER);
    // a join by likeness, not by address or headline, is the engine's judgement: logged, so one step undoes it
    // logged when it was done, not when the page was captured (an archive's capture may be years old)
    if (story) logLibraryAction(db, 'article-join', { versionId, articleId, evidence: story.evidence }, actionTime());
    stories.of(eventId).add(articleId, traits);
    return { path: capture.label, versionId, articleId, eventId, sha256: capture.sha256, duplicate: false, title, ...(story ? { joinedBy: story.evidence } : {}) };
  });
}
