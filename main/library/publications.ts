// Reading who published each stored version and when: for the versions
// captured before the library read it (or before its reader last changed),
// from their stored bytes and text, when a library is opened.
import { transaction, type WritableDb } from '../../db/connection';
import { savePublication, versionsToRead, type StoredForReading } from '../../db/queries/publication';
import { PUBLICATION_READER, readPublication, type Publication } from '../core/capture/publication';

const BATCH = 500;

export function publicationOfStored(v: StoredForReading): Publication {
  return readPublication({
    headline: v.title,
    text: v.text,
    declared: v.format === 'text' ? null : { from: v.format === 'html' ? 'page metadata' : 'front matter', ...v },
    html: v.head ? new TextDecoder(v.encoding).decode(v.head) : null,
    capturedAt: new Date(v.capturedAt),
  });
}

/** Reads every version the current reader has not; answers how many. */
export function readUnreadPublications(db: WritableDb): number {
  let count = 0;
  // onwards by id: each batch starts where the last ended, never scanning again what is read
  let after = 0;
  for (;;) {
    const batch = versionsToRead(db, PUBLICATION_READER, BATCH, after);
    if (batch.length === 0) return count;
    after = batch.at(-1)!.id;
    transaction(db, () => {
      for (const v of batch) savePublication(db, v.id, publicationOfStored(v), PUBLICATION_READER);
    });
    count += batch.length;
  }
}
