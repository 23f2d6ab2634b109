// Plain text and Markdown to version text. A .txt is kept as written (only
// line endings are unified) so that every offset a researcher cites points at
// the captured words; Markdown loses its markup and keeps its words.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { parse as parseYaml } from 'yaml';

export interface ExtractedText {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  text: string;
}

/** A first line longer than this is a paragraph, not a headline. */
const MAX_TITLE_CHARS = 200;

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim();
  return line && line.length <= MAX_TITLE_CHARS ? line : null;
}

export function extractPlainText(raw: string): ExtractedText {
  const text = normaliseNewlines(raw).replace(/^\n+/, '').trimEnd();
  return { title: firstLine(text), byline: null, outlet: null, canonicalUrl: null, publishedAt: null, text };
}

type FrontMatter = Record<string, unknown>;

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;

/** YAML front matter, as web clippers write it (title, source, published, author). */
function splitFrontMatter(text: string): { fields: FrontMatter; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { fields: {}, body: text };
  try {
    const parsed: unknown = parseYaml(m[1]!);
    const fields = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as FrontMatter) : {};
    return { fields, body: text.slice(m[0].length) };
  } catch {
    return { fields: {}, body: text }; // not front matter after all: keep every word
  }
}

function field(fields: FrontMatter, ...names: string[]): string | null {
  for (const name of names) {
    let value = fields[name];
    if (Array.isArray(value)) value = value.filter((v) => typeof v === 'string').join(', ');
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function blocksOf(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) blocksOf(child, out);
      return;
    case 'heading':
    case 'paragraph':
    case 'table': {
      const text = toString(node, { includeHtml: false }).replace(/[ \t]*\n[ \t]*/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    case 'code':
      if (node.value.trim()) out.push(node.value);
      return;
    default:
      return; // raw HTML, thematic breaks, definitions: no article words
  }
}

export function extractMarkdown(raw: string): ExtractedText {
  const { fields, body } = splitFrontMatter(normaliseNewlines(raw));
  const tree = fromMarkdown(body);
  const blocks: string[] = [];
  blocksOf(tree, blocks);
  const heading = tree.children.find((n) => n.type === 'heading');
  const url = field(fields, 'source', 'url', 'canonical', 'link');
  const title = field(fields, 'title') ?? (heading ? toString(heading).trim() || null : firstLine(blocks.join('\n')));
  // Headlines carry figures too, so a title that only the front matter holds
  // leads the text, as a saved page's headline does.
  if (title && blocks[0] !== title) blocks.unshift(title);
  return {
    title,
    byline: field(fields, 'author', 'authors', 'byline'),
    outlet: field(fields, 'site', 'outlet', 'publisher', 'site_name'),
    canonicalUrl: url && /^https?:\/\//i.test(url) ? url : null,
    publishedAt: field(fields, 'published', 'date', 'published_at'),
    text: blocks.join('\n\n'),
  };
}
