// Says so while a write the researcher made waits for another Tally process
// (the CLI importing into the same library): the engine pushes the start and
// the end of the wait, so a slow save reads as waiting, not as a hang.
import { useEffect, useState } from 'react';
import { subscribe } from '../data/api';

export function LibraryWaiting() {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => subscribe('library:waiting', ({ waiting }) => setWaiting(waiting)), []);
  return (
    <p className="library-waiting" role="status" hidden={!waiting}>
      {waiting && 'Waiting for another Tally process to finish writing to the library…'}
    </p>
  );
}
