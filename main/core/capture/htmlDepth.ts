// How deeply a saved page nests its elements, and what is done when it nests
// too deeply. Readability's cost grows much faster than the depth (a page
// nested 1,000 levels took 12 s; 100,000 overflowed the stack), and no real
// article page nests more than a few dozen levels: past MAX_NESTING the page
// is refused before it is parsed, and past FLATTEN_AT the deeper elements are
// unwrapped (their text kept, their paragraphs too), so reading stays quick.

/** Deeper than this, a page is refused before it is parsed. */
export const MAX_NESTING = 1000;
/** Deeper than this, elements are unwrapped before Readability reads the page. */
export const FLATTEN_AT = 100;

/** Elements that never hold others, and those whose end tag may be left out (a parser closes them), so neither deepens the page. */
const NO_DEPTH = new Set(
  ('area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body').split(' '),
);
/** Elements whose content is raw text: a "<div>" inside a script is no element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * The deepest nesting of the page's markup, read from its tags without
 * building a tree (in time linear in the page's length). Unclosed tags count
 * as open, so a sloppy page may read deeper than a browser would build it.
 */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let lower: string | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || NO_DEPTH.has(name)) continue;
    if (m[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if (m[3]) continue;
    if (++depth > max) max = depth;
  }
  return max;
}

/** Kept when deeper elements are unwrapped: what makes paragraphs of the text. */
const BLOCKS = new Set(['P', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/** Unwraps every element nested deeper than `limit` (but paragraphs and headings), deepest first; answers how many. */
export function flattenDeepElements(root: Element, limit = FLATTEN_AT): number {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > limit && !BLOCKS.has(element.tagName)) deep.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  // deepest first: each unwrap moves only what is left below it
  for (let i = deep.length - 1; i >= 0; i--) deep[i]!.replaceWith(...Array.from(deep[i]!.childNodes));
  return deep.length;
}
