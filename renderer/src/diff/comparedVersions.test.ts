import { describe, expect, it } from 'vitest';
import type { ArticleSummary, VersionSummary } from '../../../main/core/model';
import { acrossPair, comparisonOf, exportedVersion, exportFileName, findVersion, latestPair } from './comparedVersions';

const version = (id: number, articleId: number): VersionSummary => ({
  id,
  articleId,
  sha256: `${id}`.padStart(64, 'a'),
  format: 'text',
  title: null,
  capturedAt: `2023-03-1${id % 10}T09:00:00.000Z`,
  publishedAt: null,
  updatedAt: null,
  byteLength: 100,
});

const article = (id: number, outlet: string | null, versionIds: number[]): ArticleSummary => ({
  id,
  eventId: 1,
  title: `Article ${id}`,
  outlet,
  canonicalUrl: null,
  versions: versionIds.map((v) => version(v, id)),
});

// the versions in the order each article lists them, whatever their ids
const ARTICLES = [article(10, 'Reuters', [3, 1, 7]), article(20, 'CNN', [4]), article(30, null, [])];

describe('the versions a comparison shows', () => {
  it('finds a version’s article and its place in the order the article lists them', () => {
    expect(findVersion(ARTICLES, 1)).toMatchObject({ article: { id: 10 }, index: 1 });
    expect(findVersion(ARTICLES, 4)).toMatchObject({ article: { id: 20 }, index: 0 });
    expect(findVersion(ARTICLES, 99)).toBeNull();
  });

  it('takes an article’s last two versions as listed, and none with one', () => {
    expect(latestPair(ARTICLES[0]!.versions)).toEqual({ before: 1, after: 7 });
    expect(latestPair(ARTICLES[1]!.versions)).toBeNull();
  });

  it('sets an article’s latest against the next article with a version, else the one before', () => {
    expect(acrossPair(ARTICLES, 10)).toEqual({ before: 7, after: 4 });
    expect(acrossPair(ARTICLES, 20)).toEqual({ before: 4, after: 7 });
    expect(acrossPair(ARTICLES, 30)).toBeNull();
    expect(acrossPair([ARTICLES[0]!], 10)).toBeNull();
  });

  it('reads an address: a pair the event has, an article’s latest two, or nothing', () => {
    expect(comparisonOf({ articleId: null, pair: { before: 7, after: 4 } }, ARTICLES)).toMatchObject({ pair: { before: 7, after: 4 }, article: { id: 20 } });
    expect(comparisonOf({ articleId: null, pair: { before: 7, after: 99 } }, ARTICLES)).toBeNull();
    expect(comparisonOf({ articleId: 10, pair: null }, ARTICLES)).toMatchObject({ pair: { before: 1, after: 7 }, article: { id: 10 } });
    expect(comparisonOf({ articleId: 20, pair: null }, ARTICLES)).toMatchObject({ pair: null, article: { id: 20 } });
    expect(comparisonOf({ articleId: 99, pair: null }, ARTICLES)).toBeNull();
  });

  it('names a version for an export and a saved file', () => {
    const reuters = findVersion(ARTICLES, 7)!;
    expect(exportedVersion(reuters)).toEqual({ outlet: 'Reuters', title: 'Article 10', label: 'v3', capturedAt: '2023-03-17T09:00:00.000Z', sha256: reuters.version.sha256 });
    expect(exportFileName(reuters, findVersion(ARTICLES, 4)!)).toBe('compare-reuters-v3-cnn-v1');
    const unnamed = { article: { ...ARTICLES[2]!, outlet: '../../etc/Le Monde!' }, version: version(9, 30), index: 0 };
    expect(exportFileName(unnamed, unnamed)).toBe('compare-etc-le-monde-v1-etc-le-monde-v1');
  });
});
