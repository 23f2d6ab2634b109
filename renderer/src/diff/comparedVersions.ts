// Which two versions a comparison shows, found among the event's articles:
// the pair an address names, an article's latest two, or one article's latest
// against another's. Pure: the screen and the app's frame both use it.
import type { ArticleSummary, VersionSummary } from '../../../main/core/model';
import type { ExportedVersion } from '../../../main/core/diff/exportBlocks';
import type { VersionPair } from '../app/route';
import { formatTime, shortHash } from '../shared/format';

/** A version with the article it belongs to and its place there (0 for v1), in the order the article lists its versions. */
export interface PlacedVersion {
  article: ArticleSummary;
  version: VersionSummary;
  index: number;
}

export function findVersion(articles: readonly ArticleSummary[], id: number): PlacedVersion | null {
  for (const article of articles) {
    const index = article.versions.findIndex((v) => v.id === id);
    if (index >= 0) return { article, version: article.versions[index]!, index };
  }
  return null;
}

/** An article's latest two versions, the earlier first; null with fewer than two. */
export function latestPair(versions: readonly VersionSummary[]): VersionPair | null {
  const after = versions.at(-1);
  const before = versions.at(-2);
  return before && after ? { before: before.id, after: after.id } : null;
}

/**
 * An article's latest version against the latest of another article of the
 * event (the next one in the list, else the one before): where "compare with
 * another article" starts, to be changed with the pickers.
 */
export function acrossPair(articles: readonly ArticleSummary[], articleId: number): VersionPair | null {
  const at = articles.findIndex((a) => a.id === articleId);
  const own = articles[at]?.versions.at(-1);
  if (!own) return null;
  const others = [...articles.slice(at + 1), ...articles.slice(0, at).reverse()];
  const other = others.find((a) => a.versions.length > 0)?.versions.at(-1);
  return other ? { before: own.id, after: other.id } : null;
}

/** "v2 · 26 Feb 2021, 09:30 · 3f9a1c2e", as the article's version list names it. */
export function versionLabel(place: PlacedVersion): string {
  return `v${place.index + 1} · ${formatTime(place.version.capturedAt)} · ${shortHash(place.version.sha256)}`;
}

/** "Reuters · Headline": how the pickers name an article. */
export function articleName(article: ArticleSummary): string {
  return `${article.outlet ?? 'Outlet not named'} · ${article.title}`;
}

/** An article in the comparison's heading: its outlet, when the capture names one, and its title. */
export function headingName(article: ArticleSummary): string {
  return article.outlet ? articleName(article) : article.title;
}

/** A version as an exported comparison's header names it. */
export function exportedVersion(place: PlacedVersion): ExportedVersion {
  return {
    outlet: place.article.outlet,
    title: place.version.title ?? place.article.title,
    label: `v${place.index + 1}`,
    capturedAt: place.version.capturedAt,
    sha256: place.version.sha256,
  };
}

/**
 * The comparison an address asks for among the event's articles: the pair it
 * names when the event has both versions, else an article's latest two (null
 * when it has one: the screen says so). Null when the address names nothing
 * the event has.
 */
export function comparisonOf(
  route: { articleId: number | null; pair: VersionPair | null },
  articles: readonly ArticleSummary[],
): { pair: VersionPair | null; article: ArticleSummary | null } | null {
  if (route.pair) {
    const after = findVersion(articles, route.pair.after);
    return findVersion(articles, route.pair.before) && after ? { pair: route.pair, article: after.article } : null;
  }
  const article = articles.find((a) => a.id === route.articleId);
  return article ? { pair: latestPair(article.versions), article } : null;
}

/** A file name for a saved comparison: "compare-reuters-v1-cnn-v2". */
export function exportFileName(before: PlacedVersion, after: PlacedVersion): string {
  const part = (p: PlacedVersion): string => `${(p.article.outlet ?? 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'article'}-v${p.index + 1}`;
  return `compare-${part(before)}-${part(after)}`;
}
