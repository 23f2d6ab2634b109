import { describe, expect, it } from 'vitest';
import { datapackageHashes, pageUrls, waczWarcs } from '../../../main/core/archive/waczLayout';

const HASH = 'ab'.repeat(32);

describe('waczWarcs', () => {
  it('takes the WARCs under archive/ only, numbered in order', () => {
    expect(waczWarcs(['pages/pages.jsonl', 'archive/data-10.warc.gz', 'archive/data-2.warc.gz', 'archive/sub/x.warc', 'indexes/index.cdx.gz', 'archive/raw.warc'])).toEqual([
      'archive/data-2.warc.gz',
      'archive/data-10.warc.gz',
      'archive/raw.warc',
    ]);
  });
});

describe('datapackageHashes', () => {
  it('reads each resource’s SHA-256, with or without its "sha256:" prefix, and passes over other digests', () => {
    const json = JSON.stringify({
      resources: [
        { path: 'archive/data.warc.gz', hash: `sha256:${HASH.toUpperCase()}` },
        { path: 'pages/pages.jsonl', hash: HASH },
        { path: 'indexes/index.cdx', hash: 'md5:0123' },
      ],
    });
    expect([...datapackageHashes(json)]).toEqual([
      ['archive/data.warc.gz', HASH],
      ['pages/pages.jsonl', HASH],
    ]);
  });

  it('says in one line why a datapackage.json cannot be read', () => {
    expect(() => datapackageHashes('{"resources": ')).toThrow('datapackage.json is not JSON');
    expect(() => datapackageHashes('{"profile": "data-package"}')).toThrow('datapackage.json lists no resources');
  });
});

describe('pageUrls', () => {
  it('reads the pages after the header line, written as a URL parser writes them, passing over a damaged line', () => {
    const jsonl = ['{"format":"json-pages-1.0","id":"pages"}', '{"id":"1","url":"https://News.example"}', '{"id":"2","url":', '{"id":"3","url":"https://news.example/b?x=1"}', ''].join('\n');
    expect(pageUrls(jsonl)).toEqual(['https://news.example/', 'https://news.example/b?x=1']);
  });
});
