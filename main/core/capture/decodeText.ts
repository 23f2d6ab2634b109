// Bytes to text. Researchers' files come as UTF-8 (with or without a byte
// order mark), UTF-16 with a BOM from Windows tools, and Windows-1252 from
// older saved pages; damaged UTF-8 is refused rather than silently mangled,
// because a figure with a replacement character in it cannot be checked.
import chardet from 'chardet';
import { CaptureError } from './captureError';

export interface DecodedText {
  text: string;
  /** The encoding as stored with the version, e.g. "UTF-8", "UTF-16LE", "windows-1252". */
  encoding: string;
}

function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return null; // a label TextDecoder does not know
  }
}

// Windows-1252's characters at 0x80-0x9F (WHATWG index); the five bytes it
// leaves undefined stay as their C1 code points, as browsers decode them.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20.18.3 and later decode 'windows-1252' as ISO-8859-1, turning curly
 * quotes and the euro sign into invisible controls (nodejs/node#60888), so
 * this one encoding is decoded here rather than by TextDecoder.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/**
 * A text another reader decoded from Windows-1252 with TextDecoder (an MHTML
 * page's part): the controls that bug left at U+0080-U+009F become the
 * characters the bytes meant. No page means those controls as text.
 */
export function mendWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeWith(label: string, bytes: Uint8Array, encoding: string): DecodedText {
  if (label === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  try {
    return { text: decoder(label)!.decode(bytes), encoding };
  } catch {
    throw new CaptureError('encoding', `the file says it is ${encoding} but is not valid ${encoding}`);
  }
}

interface Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  firstInvalidAt: number;
  /**
   * Broken sequences that are a cut-off curly quote, dash or ellipsis (E2 80
   * and no third byte): the commonest damage to news text in UTF-8, and in
   * Windows-1252 the mojibake "â€", which no legacy text holds on purpose.
   */
  cutPunctuation: number;
}

/**
 * Counts well-formed and broken UTF-8 sequences (RFC 3629 ranges). A lead
 * byte with too few continuation bytes is one broken sequence, however many
 * of its continuation bytes are there.
 */
function utf8Census(bytes: Uint8Array): Utf8Census {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalidAt = -1;
  let cutPunctuation = 0;
  const isCont = (i: number): boolean => i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let k = 1;
    while (k < len && isCont(i + k)) k++;
    if (len > 0 && k === len) {
      multibyte++;
    } else {
      if (firstInvalidAt < 0) firstInvalidAt = i;
      invalid++;
      if (b === 0xe2 && bytes[i + 1] === 0x80 && k === 2) cutPunctuation++;
    }
    i += Math.max(k, 1);
  }
  return { multibyte, invalid, firstInvalidAt, cutPunctuation };
}

// chardet's names for the encodings TextDecoder can read, mapped to the
// WHATWG label to decode with. ISO-8859-1 is read as windows-1252, as every
// browser does: the two differ only where ISO-8859-1 has invisible controls.
const LEGACY_LABELS: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  'ISO-8859-8': 'iso-8859-8',
  'windows-1255': 'windows-1255',
  'ISO-8859-6': 'iso-8859-6',
  'windows-1256': 'windows-1256',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
};

/** Below this, chardet is guessing; Windows-1252 is then the likeliest truth for news text. */
const MIN_CONFIDENCE = 50;

function legacyDecode(bytes: Uint8Array, declaredCharset: string | null): DecodedText {
  if (declaredCharset) {
    const label = declaredCharset.trim().toLowerCase();
    const known = decoder(label)?.encoding;
    if (known && known !== 'utf-8') return decodeWith(known, bytes, known);
  }
  // A sample is enough to tell encodings apart and keeps a large file quick.
  for (const match of chardet.analyse(bytes.subarray(0, 64 * 1024))) {
    const label = LEGACY_LABELS[match.name];
    if (label && match.confidence >= MIN_CONFIDENCE) return decodeWith(label, bytes, label);
  }
  return decodeWith('windows-1252', bytes, 'windows-1252');
}

/**
 * Decodes captured bytes. `declaredCharset` is what an HTML page says of
 * itself (`<meta charset>`), used only when the bytes are not UTF-8.
 * Throws a CaptureError for damaged UTF-8.
 */
export function decodeText(bytes: Uint8Array, declaredCharset: string | null = null): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const census = utf8Census(bytes);
    if (census.invalid > 0) throw damagedUtf8(census.firstInvalidAt);
    return { text: decoder('utf-8')!.decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), 'UTF-16BE');

  const census = utf8Census(bytes);
  if (census.invalid === 0) return { text: decoder('utf-8')!.decode(bytes), encoding: 'UTF-8' };
  // Real UTF-8 text has many well-formed sequences and, when damaged, a few
  // broken ones; legacy 8-bit text has almost no well-formed ones by chance.
  // So bytes that are evidently UTF-8 are refused as damaged, never decoded
  // into mojibake; bytes with no sign of UTF-8 are a legacy encoding, which
  // is stored with the version (and shown with it).
  if (census.multibyte >= census.invalid || census.cutPunctuation > 0) throw damagedUtf8(census.firstInvalidAt);
  return legacyDecode(bytes, declaredCharset);
}

function damagedUtf8(offset: number): CaptureError {
  return new CaptureError(
    'encoding',
    `invalid UTF-8 at byte ${offset}: the file is damaged or mixes encodings; re-save it as UTF-8`,
  );
}
