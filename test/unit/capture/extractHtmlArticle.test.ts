import { describe, expect, it } from 'vitest';
import { CaptureError } from '../../../main/core/capture/captureError';
import { declaredCharset, extractHtmlArticle } from '../../../main/core/capture/extractHtmlArticle';
import { utf8 } from '../../fixtures/bytes';
import { corpusText } from '../../fixtures/corpus';

const HEADLINE = 'Death toll from US strikes in eastern Syria rises to 22, monitor says';

describe('extractHtmlArticle on a saved wire page (wire-bukamal.html)', () => {
  const article = extractHtmlArticle(corpusText('wire-bukamal.html'));

  it('leads with the headline, then a blank line', () => {
    expect(article.title).toBe(HEADLINE);
    expect(article.text.startsWith(`${HEADLINE}\n\nBEIRUT, Feb 26 - `)).toBe(true);
  });

  it('keeps every body paragraph, each as its own paragraph', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toContain(
      'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes on positions held by Iran-backed militias in eastern Syria has risen to 22, the Syrian Observatory for Human Rights said on Friday, up from the 17 it reported overnight.',
    );
    expect(paragraphs).toContain(
      'The Pentagon has not released a casualty figure. A US defense official, speaking on condition of anonymity, said the strike "killed a handful" of militants, adding that seven 500-pound bombs were dropped on seven targets.',
    );
    expect(paragraphs).toContain(
      'Kataib Hezbollah said in a statement that one of its fighters had been killed and four others wounded, and vowed to respond.',
    );
    expect(paragraphs).toContain(
      'Iraqi security officials put the number of rockets fired at Erbil at 14, while the coalition said at least three rockets struck inside the air base.',
    );
    expect(article.text).toContain('among them eight contractors, five of them Americans, and a US soldier');
  });

  it('leaves navigation, cookie banner, promo, most-read box and footer behind', () => {
    for (const chrome of ['Markets', 'Sport', 'We use 12 cookies', 'Accept all', 'Subscribe now', '10 recipes for winter', 'Most read', '1200 Example Street']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('lets no markup or script through, only the words around it', () => {
    expect(article.text).not.toMatch(/<img|onerror|__pwned|dataLayer|<script|ads\.js/);
    expect(article.text).toContain('Photo caption: smoke rises over a border crossing.');
  });

  it('reads the canonical URL, the publication time as ISO and the byline; the page declares no outlet', () => {
    expect(article.canonicalUrl).toBe('https://news.example.org/world/2021/02/26/syria-strikes-toll');
    expect(article.publishedAt).toBe('2021-02-26T09:15:00.000Z');
    // "| World News" ends its <title>: a section of the site, which the publication reading passes over
    expect(article.outlet).toBeNull();
    expect(article.byline).toContain('Staff Reporters');
  });
});

describe('extractHtmlArticle on pages without an article', () => {
  const NAV_ONLY = `<!doctype html><html><head><title>World News</title></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
    <footer>© 2021 World News. All rights reserved. 1200 Example Street.</footer>
  </body></html>`;

  it('refuses a page of navigation links and a footer with code no-article', () => {
    let caught: unknown;
    try {
      extractHtmlArticle(NAV_ONLY);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CaptureError);
    expect((caught as CaptureError).code).toBe('no-article');
    expect((caught as CaptureError).message).toMatch(/^no article text found in this page/);
  });
});

describe('extractHtmlArticle and advert placeholders', () => {
  const PAGE = `<!doctype html><html><head><title>Tens of thousands march in Carrow against pension reform - City Daily</title></head><body>
    <article><h1>Tens of thousands march in Carrow against pension reform</h1>
    <p>Tens of thousands of people marched through central Carrow on Saturday against the government's plan to raise the pension age, in the largest demonstration the city has seen in a decade.</p>
    <p>Advertisement</p>
    <p>Police estimated the crowd at 18,000, while the organisers, a coalition of 14 unions, said 65,000 people took part.</p>
    <div>ADVERTISEMENT</div>
    <p>Officers made 12 arrests after a group of about 200 masked protesters broke away from the march.</p>
    </article></body></html>`;

  it('drops paragraphs that are only "Advertisement" and keeps the ones around them', () => {
    const { text, outlet } = extractHtmlArticle(PAGE);
    expect(text.split('\n\n')).toEqual([
      'Tens of thousands march in Carrow against pension reform',
      "Tens of thousands of people marched through central Carrow on Saturday against the government's plan to raise the pension age, in the largest demonstration the city has seen in a decade.",
      'Police estimated the crowd at 18,000, while the organisers, a coalition of 14 unions, said 65,000 people took part.',
      'Officers made 12 arrests after a group of about 200 masked protesters broke away from the march.',
    ]);
    // what the <title> names after the headline is read with the text's own words (publication.ts)
    expect(outlet).toBeNull();
  });
});

describe('declaredCharset', () => {
  it('finds the charset of <meta charset>', () => {
    expect(declaredCharset(utf8('<!doctype html><html><head><meta charset="windows-1252"><title>Toll</title>'))).toBe('windows-1252');
  });

  it('finds the charset inside an http-equiv Content-Type', () => {
    expect(
      declaredCharset(utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>')),
    ).toBe('ISO-8859-1');
  });

  it('returns null for a page that declares none', () => {
    expect(declaredCharset(utf8('<html><head><title>Death toll rises to 22</title></head><body><p>charset</p></body></html>'))).toBeNull();
  });
});
