// When two captured versions are the same article: the same canonical URL, or
// the same headline at the same outlet. These keys make the comparison
// indifferent to what changes between two saves of one page (tracking
// parameters, curly against straight quotes, spacing) and to nothing else.

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|src)$/i;

/** A canonical URL reduced to what identifies the page. */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const params = [...parsed.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  params.sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = parsed.host.toLowerCase().replace(/^(www|amp|m)\./, '');
  const path = parsed.pathname.replace(/\/(amp\/?)?$/, '') || '/';
  return `${host}${path}${query}`;
}

/** A headline reduced to its words, for matching two saves of one article. */
export function titleKey(title: string | null): string | null {
  if (!title) return null;
  const key = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/, '')
    .trim();
  return key || null;
}
