// Pages saved as MHTML (.mhtml, .mht): the page inside the MIME is read as any
// saved page is, captured when and where the message header says; the rest of
// the file (frames, styles, images) is never text. Fixtures are written the way
// Chromium writes them, from the news corpus.
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import { formatForName } from '../../../main/core/capture/fileTypes';
import { prepareCapture } from '../../../main/core/capture/prepareCapture';
import { PNG_HEADER, concat } from '../../fixtures/bytes';
import { ADVERT_FRAME, PIXEL, STYLE, mhtmlBytes, newsHtml, savedNewsPage } from '../../fixtures/mhtml';
import { expectRefused } from '../../fixtures/captureRefusals';

const URL_V1 = 'https://www.reuters.com/article/us-mideast-crisis-syria-latakia-idUSKCN0YE0PB';
const DATE = 'Mon, 23 May 2016 14:57:39 GMT';

describe('a page saved as MHTML', () => {
  it('is read as the page it holds: its article, not its frames, styles or images, and its figures', () => {
    const prepared = prepareCapture('bombs.mhtml', savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL_V1, DATE));
    const { doc } = prepared;
    expect(doc.format).toBe('mhtml');
    expect(doc.title).toBe('Bombs kill more than 140 in Syrian government-held cities: monitor');
    expect(doc.text).toMatch(/^Bombs kill more than 140 in Syrian government-held cities: monitor\n\nBEIRUT Bomb blasts killed scores of people/);
    expect(doc.text).toContain('The Britain-based Syrian Observatory for Human Rights said 145 people were killed');
    // the advert's frame is a page of its own inside the file, the stylesheet and the image are not text
    expect(doc.text).not.toMatch(/newsletter|9,999|font-family|Home World/);
    expect(doc.publication.outlet).toMatchObject({ value: 'Reuters', in: 'page title' });
    const killed = prepared.claims?.find((c) => c.value === 145);
    expect(killed).toMatchObject({ measure: 'killed', source: 'Britain-based Syrian Observatory for Human Rights' });
  });

  it('was saved from the address and at the time its message header says', () => {
    const doc = captureDocument('bombs.mhtml', savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL_V1, DATE));
    const words = `Snapshot-Content-Location: ${URL_V1}; Date: ${DATE}`;
    expect(doc.publication.canonicalUrl).toEqual({ value: URL_V1, in: 'saved page header', words });
    expect(doc.publication.savedAt).toEqual({ value: '2016-05-23T14:57:39.000Z', in: 'saved page header', words });
    // the address the page names as its own stays its own
    expect(doc.canonicalUrl).toBeNull();
  });

  it('takes the page part’s Content-Location when the message names no snapshot address, and no time when it has no Date', () => {
    const { headline, html } = newsHtml('syria_coast_bombings_reuters_v1.txt');
    const bytes = mhtmlBytes({ url: null, date: null, subject: headline, parts: [{ type: 'text/html', location: `${URL_V1}?edition=uk`, body: html }, STYLE] });
    const doc = captureDocument('bombs.mht', bytes);
    expect(doc.publication.canonicalUrl).toEqual({ value: `${URL_V1}?edition=uk`, in: 'saved page header', words: `Content-Location: ${URL_V1}?edition=uk` });
    expect(doc.publication.savedAt).toBeNull();
  });

  it('reads a page in Windows-1252 by the charset its markup declares, curly quotes and dashes intact', () => {
    const { headline, html } = newsHtml('syria_coast_bombings_reuters_v1.txt');
    const legacy = html.replace('charset=UTF-8', 'charset=windows-1252').replace('<p>BEIRUT', '<p>“Never before,” a resident said – BEIRUT');
    // Chromium writes the page in its own charset: the bytes of the quoted-printable part are Windows-1252
    const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96 };
    const bytes = Uint8Array.from([...legacy].map((c) => cp1252[c] ?? c.charCodeAt(0)));
    const file = mhtmlBytes({ url: URL_V1, date: DATE, subject: headline, parts: [{ type: 'text/html', location: URL_V1, body: bytes }] });
    expect(captureDocument('bombs.mhtml', file).text).toContain('“Never before,” a resident said – BEIRUT');
  });

  it('keeps its images as raw bytes without being taken for a binary file', () => {
    const { headline, html } = newsHtml('syria_coast_bombings_reuters_v1.txt');
    const image = { ...PIXEL, body: concat(PNG_HEADER, new Uint8Array(64)), binary: true };
    const doc = captureDocument('bombs.mhtml', mhtmlBytes({ url: URL_V1, date: DATE, subject: headline, parts: [{ type: 'text/html', location: URL_V1, body: html }, image] }));
    expect(doc.text).toContain('said 145 people were killed');
  });

  it('is a type Tally reads, by either name and in any case', () => {
    expect(formatForName('Saved/Page.MHTML')).toBe('mhtml');
    expect(formatForName('page.mht')).toBe('mhtml');
  });
});

describe('an MHTML file that holds no page is refused, with one line saying why', () => {
  it('a message with no HTML part', () => {
    expectRefused('bombs.mhtml', mhtmlBytes({ url: URL_V1, date: DATE, subject: 'Bombs', parts: [STYLE, PIXEL] }), 'damaged', /^an MHTML file with no HTML page in it \(only text\/css, image\/png\)$/);
  });

  it('a file that is no MIME message at all', () => {
    expectRefused('notes.mhtml', new TextEncoder().encode('Notes from the call with the monitor, 23 May.\nThey said 145 killed.\n'), 'damaged', /^not an MHTML file: it has no MIME header and no page in it$/);
  });

  it('a message whose parts were cut away, leaving only its header', () => {
    const whole = savedNewsPage('syria_coast_bombings_reuters_v1.txt', URL_V1, DATE);
    const header = new TextDecoder().decode(whole).indexOf('\r\n\r\n');
    expectRefused('bombs.mhtml', whole.subarray(0, header + 4), 'damaged', /^a damaged MHTML file: its MIME holds no parts/);
  });

  it('a page with no article in it', () => {
    const bytes = mhtmlBytes({ url: URL_V1, date: DATE, subject: 'Menu', parts: [{ type: 'text/html', location: URL_V1, body: '<html><body><nav>Home World Business</nav></body></html>' }] });
    expectRefused('menu.mhtml', bytes, 'no-article', /^no article text found in this page/);
  });

  it('an image renamed to .mhtml, naming it', () => {
    expectRefused('photo.mhtml', concat(PNG_HEADER, [0, 0, 0, 13]), 'binary', /^not text: this looks like a PNG image$/);
  });

  it('not an advert’s frame read in place of a missing page', () => {
    // the frame is a document too: with no page before it, it is the only page there is, and it holds no article
    expectRefused('advert.mhtml', mhtmlBytes({ url: URL_V1, date: DATE, subject: 'Ad', parts: [ADVERT_FRAME] }), 'no-article', /^no article text found in this page/);
  });
});
