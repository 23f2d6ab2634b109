import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';

const page = (head: string): Uint8Array =>
  new TextEncoder().encode(`<html><head>${head}<title>Quake kills 12</title></head><body><article><h1>Quake kills 12</h1><p>At least 12 people were killed when the quake struck the city early on Saturday, officials said.</p>${'<p>Rescuers searched the ruins of the apartment block through the night as families waited for news of those still missing.</p>'.repeat(4)}</article></body></html>`);

const archived = { url: 'https://news.example/quake?utm=feed', date: '2016-02-06T09:00:00Z', at: '2016-02-06T09:00:00.000Z' };

describe('a page read from a web archive record', () => {
  it('takes the record’s address and capture time, saying it read them in the archive record', () => {
    const doc = captureDocument('crawl.warc.gz › record', page(''), 'html', undefined, archived);
    expect(doc.canonicalUrl).toBe('https://news.example/quake?utm=feed');
    expect(doc.publication.canonicalUrl).toEqual({ value: archived.url, in: 'archive record', words: `WARC-Target-URI: ${archived.url}` });
    expect(doc.publication.savedAt).toEqual({ value: archived.at, in: 'archive record', words: 'WARC-Date: 2016-02-06T09:00:00Z' });
  });

  it('keeps the address the page declares as its own over the one it was captured at', () => {
    const doc = captureDocument('crawl.warc.gz › record', page('<link rel="canonical" href="https://news.example/quake">'), 'html', undefined, archived);
    expect(doc.canonicalUrl).toBe('https://news.example/quake');
    expect(doc.publication.canonicalUrl?.in).toBe('page metadata');
  });
});
