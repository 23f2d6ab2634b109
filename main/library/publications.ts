// Reading who published each stored version and when: for the versions
// captured before the library read it (or before its reader last changed),
// from their stored bytes and text, when a library is opened.
import { transaction, type WritableDb } from '../../db/connection';
import { savePublication, versionIdsToRead, versionsForReading, type StoredForReading } from '../../db/queries/publication';
import { readMhtml, type MhtmlPage } from '../core/capture/mhtml';
import { PUBLICATION_READER, readPublication, type Publication } from '../core/capture/publication';

const BATCH = 500;

/**
 * A stored MHTML file's header and the start of its page (a browser writes the
 * page first), read again as its import read them; null should a newer reader
 * refuse them, which leaves the text to say what it can.
 */
function storedMhtml(v: StoredForReading): MhtmlPage | null {
  if (v.format !== 'mhtml' || !v.head) return null;
  try {
    return readMhtml(v.head);
  } catch {
    return null;
  }
}

const DECLARED_FROM = { html: 'page metadata', markdown: 'front matter', pdf: 'PDF metadata', mhtml: 'page metadata' } as const;

export function publicationOfStored(v: StoredForReading): Publication {
  const mhtml = storedMhtml(v);
  return readPublication({
    headline: v.title,
    text: v.text,
    // a PDF's creation date is its version's publishedAt; its modification date is kept in its last reading
    declared: v.format === 'text' ? null : { from: DECLARED_FROM[v.format], ...v, updatedAt: v.pdfModified },
    html: mhtml ? mhtml.html : v.head && v.format === 'html' ? new TextDecoder(v.encoding).decode(v.head) : null,
    saved: mhtml?.saved ?? null,
    capturedAt: new Date(v.capturedAt),
  });
}

/** Reads every version the current reader has not; answers how many. */
export function readUnreadPublications(db: WritableDb): number {
  const ids = versionIdsToRead(db, PUBLICATION_READER);
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = versionsForReading(db, ids.slice(at, at + BATCH));
    transaction(db, () => {
      for (const v of batch) savePublication(db, v.id, publicationOfStored(v), PUBLICATION_READER);
    });
  }
  return ids.length;
}
