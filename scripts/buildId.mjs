// The build's identity, stamped into the bundles as __TALLY_BUILD__: a hash of
// the engine's sources (main/, db/) and the lock file, so results the library
// keeps from one build's code (kept figures) are never given by another's.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildId(root = '.') {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'package-lock.json')));
  for (const folder of ['main', 'db']) {
    const names = readdirSync(join(root, folder), { recursive: true }).map(String).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) hash.update(`${folder}/${name}\0`).update(readFileSync(join(root, folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
