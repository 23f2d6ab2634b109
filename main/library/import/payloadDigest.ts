// Checks a WARC record's payload against its WARC-Payload-Digest
// ("sha1:BASE32…", "sha256:hex…"): a record whose declared length lies, or
// whose bytes were damaged, holds a payload that no longer matches it.
import { createHash } from 'node:crypto';

const ALGORITHMS: Readonly<Record<string, string>> = { sha1: 'sha1', 'sha-1': 'sha1', sha256: 'sha256', 'sha-256': 'sha256', sha512: 'sha512', md5: 'md5' };
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** True or false when the digest can be checked; null when it names an algorithm Tally does not know. */
export function payloadMatchesDigest(payload: Uint8Array, declared: string): boolean | null {
  const colon = declared.indexOf(':');
  const algorithm = ALGORITHMS[declared.slice(0, colon).trim().toLowerCase()];
  if (colon < 0 || !algorithm) return null;
  const value = declared.slice(colon + 1).trim();
  const digest = createHash(algorithm).update(payload).digest();
  return value.toLowerCase() === digest.toString('hex') || value.replace(/=+$/, '').toUpperCase() === base32(digest);
}
