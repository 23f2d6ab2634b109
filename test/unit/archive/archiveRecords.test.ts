import { describe, expect, it } from 'vitest';
import { archiveCountsText, archiveKindForName, recordOrigin, recordRole, warcDateIso, type RecordHead } from '../../../main/core/archive/archiveRecords';

const head = (over: Partial<RecordHead>): RecordHead => ({
  type: 'response',
  recordId: '<urn:uuid:1>',
  targetUri: 'https://news.example/a',
  date: '2016-02-06T09:00:00Z',
  payloadDigest: null,
  httpStatus: 200,
  httpContentType: 'text/html; charset=utf-8',
  ...over,
});

describe('archiveKindForName', () => {
  it('knows WARC, gzipped WARC and WACZ by name, whatever the case, and nothing else', () => {
    expect(['a.warc', 'b.WARC.GZ', 'c.wacz', 'd.gz', 'e.html', 'warc'].map(archiveKindForName)).toEqual(['warc', 'warc', 'wacz', null, null, null]);
  });
});

describe('recordRole', () => {
  it('keeps a successful HTML response as a page and skips scripts, styles, images and JSON', () => {
    expect(recordRole(head({}))).toBe('page');
    expect(recordRole(head({ httpContentType: 'application/xhtml+xml' }))).toBe('page');
    for (const type of ['application/javascript', 'text/css', 'image/png', 'application/json']) {
      expect(recordRole(head({ httpContentType: type }))).toBe('sub-resource');
    }
  });

  it('passes over a page answer that is no success, and records that are no capture', () => {
    expect(recordRole(head({ httpStatus: 301 }))).toBe('other');
    expect(recordRole(head({ httpStatus: 404 }))).toBe('other');
    for (const type of ['warcinfo', 'request', 'metadata', 'resource']) expect(recordRole(head({ type }))).toBe('other');
  });

  it('reads a revisit of a page as unchanged, one with no HTTP headers too, and a revisit of a script as a sub-resource', () => {
    expect(recordRole(head({ type: 'revisit' }))).toBe('unchanged');
    expect(recordRole(head({ type: 'revisit', httpStatus: null, httpContentType: null }))).toBe('unchanged');
    expect(recordRole(head({ type: 'revisit', httpContentType: 'text/javascript' }))).toBe('sub-resource');
  });

  it('lets a page list decide which addresses are pages', () => {
    const pages = new Set(['https://news.example/a']);
    expect(recordRole(head({}), pages)).toBe('page');
    expect(recordRole(head({ targetUri: 'https://news.example/frame' }), pages)).toBe('sub-resource');
    expect(recordRole(head({ type: 'revisit', httpContentType: null }), pages)).toBe('unchanged');
    // a listed address answered with an image is nothing Tally reads
    expect(recordRole(head({ httpContentType: 'image/jpeg' }), pages)).toBe('sub-resource');
  });
});

describe('warcDateIso', () => {
  it('reads WARC-Date as an ISO instant and refuses what is no date', () => {
    expect(warcDateIso('2016-02-06T09:00:00Z')).toBe('2016-02-06T09:00:00.000Z');
    expect(warcDateIso('2016-02-06T09:00:00.123456Z')).toBe('2016-02-06T09:00:00.123Z');
    expect(warcDateIso(null)).toBeNull();
    expect(warcDateIso('yesterday')).toBeNull();
    expect(warcDateIso('2016-13-45T09:00:00Z')).toBeNull();
  });
});

describe('naming records', () => {
  it('names the archive and the record in a version’s origin', () => {
    expect(recordOrigin('/crawls/a.warc.gz', null, '<urn:uuid:1>', 348)).toBe('/crawls/a.warc.gz (WARC record <urn:uuid:1> at byte 348)');
    expect(recordOrigin('/crawls/b.wacz', 'archive/data.warc.gz', '<urn:uuid:1>', 0)).toBe('/crawls/b.wacz (archive/data.warc.gz, WARC record <urn:uuid:1> at byte 0)');
  });

  it('says the counts in words', () => {
    expect(archiveCountsText({ recordsRead: 8, pagesKept: 2, unchanged: 1, subResourcesSkipped: 3 })).toBe(
      '8 records read, 2 pages kept, 1 capture unchanged, 3 sub-resources skipped',
    );
  });
});
