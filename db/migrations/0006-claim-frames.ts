// What a claim's amount is in, whose it is, how it is meant and what its
// clause says of its incident: the parts of a figure that tell "23 km" deep
// from "23 people" killed, Trump's delegates from Cruz's, a forecast from the
// reported number and the 1999 earthquake's toll from this one's. Claims
// stored before this migration get empty frames until their version is
// extracted again.
import type { WritableDb } from '../connection';

export const version = 6;
export const name = 'claim-frames';

export function up(db: WritableDb): void {
  db.exec(`
    ALTER TABLE claims ADD COLUMN unit TEXT;
    ALTER TABLE claims ADD COLUMN holder TEXT;
    ALTER TABLE claims ADD COLUMN modality TEXT;
    ALTER TABLE claims ADD COLUMN incident TEXT NOT NULL DEFAULT '[]'
      CHECK (json_valid(incident) AND json_type(incident) = 'array');
  `);
}
