// Saved web page to article text. Readability finds the article body and
// leaves navigation, cookie banners, adverts and scripts behind; linkedom gives
// it a DOM that never runs a script or loads an image. Only plain text leaves
// this module: the page's markup is never shown to anyone.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { CaptureError } from './captureError';
import type { ExtractedText } from './extractPlainText';
import { FLATTEN_AT, MAX_NESTING, flattenDeepElements, markupDepth } from './htmlDepth';


/** Fewer body words than this and the page has no article, only chrome. */
const MIN_ARTICLE_WORDS = 20;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

// Placeholders Readability keeps where an advert was cut out of the body.
const AD_PLACEHOLDER = /^(skip )?(advertisement|advert|sponsored( content)?|ad)$/i;

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

function meta(document: Document, selector: string): string | null {
  const value = document.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

/** An http(s) address, made whole; null for any other kind or for what is no address. */
export function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isoOrRaw(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value.trim() : new Date(time).toISOString();
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Readability's article HTML to paragraphs of plain text. */
function paragraphsOf(articleHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${articleHtml}</body></html>`);
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = squash(line);
    if (text && !AD_PLACEHOLDER.test(text)) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') return flush();
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body);
  flush();
  return paragraphs;
}

/** The article's fields; its text is the headline, then the body's paragraphs, separated by blank lines. */
export function extractHtmlArticle(html: string): ExtractedText {
  const depth = markupDepth(html);
  if (depth > MAX_NESTING) {
    throw new CaptureError(
      'too-deep',
      `the page nests its elements ${depth.toLocaleString('en-US')} levels deep (an article page nests a few dozen; Tally reads up to ${MAX_NESTING.toLocaleString('en-US')}): save the article as text instead`,
    );
  }
  const { document } = parseHTML(html);
  if (depth > FLATTEN_AT) flattenDeepElements(document.documentElement as unknown as Element);
  // Read the page's own metadata first: Readability rewrites the DOM it is given.
  const documentTitle = squash(document.title ?? '');
  const canonicalUrl =
    absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    absoluteHttpUrl(meta(document, 'meta[property="og:url"]'));
  const ogTitle = meta(document, 'meta[property="og:title"]');
  const siteName = meta(document, 'meta[property="og:site_name"]') ?? meta(document, 'meta[name="application-name"]');
  const publishedMeta =
    meta(document, 'meta[property="article:published_time"]') ??
    meta(document, 'meta[name="date"]') ??
    meta(document, 'meta[itemprop="datePublished"]');

  const parsed = new Readability(document as unknown as Document).parse();
  const body = parsed?.content ? paragraphsOf(parsed.content) : [];
  const words = body.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) {
    throw new CaptureError(
      'no-article',
      words === 0
        ? 'no article text found in this page (only navigation or scripts)'
        : `no article text found in this page (only ${words} words outside navigation)`,
    );
  }

  const title = squash(ogTitle ?? parsed?.title ?? documentTitle) || null;
  if (title && squash(body[0] ?? '') === title) body.shift();
  // what the page declares; the outlet its <title> or address names is read with the text's own (publication.ts)
  const outlet = siteName ?? parsed?.siteName ?? null;

  return {
    title,
    byline: parsed?.byline ? squash(parsed.byline) : null,
    outlet,
    canonicalUrl,
    publishedAt: isoOrRaw(parsed?.publishedTime ?? publishedMeta),
    text: [title, ...body].filter(Boolean).join('\n\n'),
  };
}
