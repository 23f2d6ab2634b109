// A page saved by a browser as one file (.mhtml, .mht: "Save page as…
// single file"): a MIME multipart/related message whose HTML part is the page,
// its images and styles the other parts. The message header names the page's
// address (Snapshot-Content-Location) and when it was saved (Date). The MIME is
// read by mhtml-to-html, a parser made for MHTML that works synchronously, so
// a capture stays one call wherever it is made; only the page and that header
// leave this module. The file's bytes are never changed: this reads them.
import { DOMParser } from 'linkedom';
import { parse } from 'mhtml-to-html/browser';
import { CaptureError } from './captureError';
import { mendWindows1252 } from './decodeText';
import { absoluteHttpUrl } from './extractHtmlArticle';
import type { SavedHeader } from './publication';

export interface MhtmlPage {
  /** The page's markup, as Unicode whatever charset its part declared. */
  html: string;
  /** What the message header says of the page: its address and when it was saved. */
  saved: SavedHeader | null;
}

/** Throws a CaptureError naming what is missing when the bytes hold no page. */
export function readMhtml(bytes: Uint8Array): MhtmlPage {
  let mhtml: ReturnType<typeof parse>;
  try {
    // the parser takes the DOMParser's class (its typings say an instance): linkedom's, as every saved page is read with
    mhtml = parse(bytes, { DOMParser: DOMParser as unknown as globalThis.DOMParser });
  } catch (error) {
    throw new CaptureError('damaged', `not a readable MHTML file: ${(error as Error).message.split('\n')[0]}`);
  }
  const page = mhtml.index === undefined ? undefined : mhtml.resources[mhtml.index];
  if (!page) {
    const parts = Object.values(mhtml.resources);
    throw new CaptureError(
      'damaged',
      !mhtml.headers['content-type']
        ? 'not an MHTML file: it has no MIME header and no page in it'
        : parts.length === 0
          ? 'a damaged MHTML file: its MIME holds no parts (the boundary it declares never appears)'
          : `an MHTML file with no HTML page in it (only ${[...new Set(parts.map((p) => p.contentType?.split(';')[0] ?? 'untyped'))].join(', ')})`,
    );
  }
  const url = absoluteHttpUrl(mhtml.headers['snapshot-content-location']) ?? absoluteHttpUrl(mhtml.index);
  const date = mhtml.headers['date']?.trim();
  const time = date ? Date.parse(date) : NaN;
  const savedAt = Number.isNaN(time) ? null : new Date(time).toISOString();
  const words = [
    url && (mhtml.headers['snapshot-content-location'] ? `Snapshot-Content-Location: ${url}` : `Content-Location: ${url}`),
    savedAt && `Date: ${date}`,
  ].filter(Boolean);
  return {
    // the parser decodes the page with TextDecoder, which Node reads Windows-1252 with wrongly (decodeText.ts)
    html: mendWindows1252(page.data),
    saved: url || savedAt ? { url, savedAt, words: words.join('; ') } : null,
  };
}
