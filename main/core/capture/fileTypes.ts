// Which files Tally reads, by name. Kept apart from the capture code so the
// renderer can filter a dropped folder without bundling the HTML parser.
import type { CaptureFormat } from '../model';

export const FORMAT_BY_EXTENSION: Readonly<Record<string, CaptureFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.pdf': 'pdf',
};

/** Why a folder walk passes over a file of another type. */
export const UNREADABLE_TYPE = 'not a type Tally reads (.txt, .md, .html, .htm, .mhtml, .mht, .pdf, .warc, .warc.gz, .wacz)';

/** Web archives, read record by record (core/archive); a picker's filter matches a name's last extension only, hence `.gz`. */
export const ARCHIVE_EXTENSIONS = ['.warc', '.gz', '.wacz'] as const;

/** For file pickers: `.txt,.text,.md,…,.pdf,.warc,.gz,.wacz`. */
export const ACCEPTED_EXTENSIONS = [...Object.keys(FORMAT_BY_EXTENSION), ...ARCHIVE_EXTENSIONS].join(',');

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format a file name promises, or null for a type Tally does not read. */
export function formatForName(name: string): CaptureFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(name)] ?? null;
}

/** The file name without folders and extension: the title of last resort. */
export function stemOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Hidden files and folders (.DS_Store, .git/…) are never a researcher's articles. */
export function isHidden(name: string): boolean {
  return name.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}
