// Opening a library for a shell or a command: the file, its schema, and the
// repair of what a killed process left half done (versions stored but never
// read), so every shell starts from the same whole library.
import { openLibrary, type OpenOptions, type WritableDb } from '../../db/connection';
import { readUnreadVersions } from './claims/extractVersionClaims';

export function openLibraryForWork(path: string, options: OpenOptions = {}): WritableDb {
  const db = openLibrary(path, options);
  try {
    readUnreadVersions(db, () => new Date().toISOString());
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
