// Tells a binary file from text before any decoding is tried, so that a PNG
// renamed to .txt is refused with its real name rather than stored as noise.

const SIGNATURES: ReadonlyArray<{ name: string; offset: number; bytes: readonly number[] }> = [
  { name: 'a PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', offset: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP image', offset: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
  { name: 'a PDF document', offset: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a .docx/.epub)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'an SQLite database', offset: 0, bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)) },
  { name: 'an executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a video or audio file', offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
];

const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Returns what the bytes look like ("a PNG image", "binary data") when they are
 * not text, or null when they may be text in some encoding.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (startsWith(bytes, s.offset, s.bytes)) return s.name;
  }
  if (hasUtf16Bom(bytes)) return null; // UTF-16 text is full of NUL bytes
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data';
    // C0 controls other than tab, newline, form feed and carriage return, and
    // escape (seen in terminal logs): text editors never write these.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > sample.length / 100 ? 'binary data' : null;
}
