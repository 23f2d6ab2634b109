// Files named on the command line as the versions of an event, the way a
// library holds them: versions of one article recognised as at import (the
// same canonical URL or headline, or the same story by its article id, credits
// or wording), in the order given, each with its claims. So `tally compare`
// and a report built from files group, resolve sources and judge exactly as
// the app does.
import { titleKey, urlKey } from '../capture/articleIdentity';
import { StoryIndex, storyTraits } from '../capture/storyIdentity';
import type { ExtractedText } from '../capture/extractPlainText';
import type { ClaimRecord, ExtractedClaim } from '../model';
import type { FigureVersion } from './eventFigures';
import type { Publication } from '../capture/publication';
import { inEventOrder, type VersionTimes } from '../versionOrder';

export interface NamedDocument {
  /** How the result names it: the file name. */
  name: string;
  /** The text, and where it was read, who published it and when (publication.ts). */
  doc: ExtractedText & { publication?: Pick<Publication, 'publishedAt' | 'updatedAt'> };
  claims: readonly ExtractedClaim[];
  /** When it was captured (a file's modification time); the list order decides what is earlier. */
  capturedAt: string;
}

export interface DocumentVersions {
  versions: FigureVersion[];
  /** Version id → the document's name. */
  nameOf: Map<number, string>;
}

/**
 * Version ids count from 1 in the order given, and the versions come back in
 * the order the library would read them (core/versionOrder: by the times an
 * article's versions state, where they all state one); article ids number each new
 * article as it first appears. A document joins an earlier article by its URL
 * or headline, or as a later version of the same story (storyIdentity.ts): a
 * wire story republished, then revised under a new headline.
 */
export function documentVersions(docs: readonly NamedDocument[], extractorVersion: string): DocumentVersions {
  const articles = new Map<string, number>();
  const stories = new StoryIndex();
  const nameOf = new Map<number, string>();
  let claimId = 1;
  const versions = docs.map((d, i): FigureVersion => {
    const versionId = i + 1;
    const key = urlKey(d.doc.canonicalUrl) ?? titleKey(d.doc.title) ?? `file:${d.name}`;
    const traits = storyTraits(d.doc);
    if (!articles.has(key)) {
      const story = stories.find(traits);
      articles.set(key, story?.articleId ?? new Set(articles.values()).size + 1);
    }
    const articleId = articles.get(key)!;
    stories.add(articleId, traits);
    nameOf.set(versionId, d.name);
    return {
      versionId,
      articleId,
      articleTitle: d.doc.title ?? d.name,
      outlet: d.doc.outlet,
      capturedAt: d.capturedAt,
      // the time as read (ISO 8601), as a library holds it; not as the capture writes it ("D:2016…" in a PDF)
      publishedAt: d.doc.publication?.publishedAt?.value ?? d.doc.publishedAt,
      text: d.doc.text,
      claims: d.claims.map((c): ClaimRecord => ({ ...c, id: claimId++, versionId, status: 'auto', extractorVersion })),
    };
  });
  const byArticle = new Map<number, (VersionTimes & { version: FigureVersion })[]>();
  versions.forEach((version, i) => {
    const stated = docs[i]!.doc.publication;
    const times = { id: version.versionId, capturedAt: version.capturedAt, publishedAt: stated?.publishedAt?.value ?? version.publishedAt, updatedAt: stated?.updatedAt?.value ?? null, version };
    byArticle.set(version.articleId, [...(byArticle.get(version.articleId) ?? []), times]);
  });
  return { versions: inEventOrder([...byArticle.values()]).map((t) => t.version), nameOf };
}
