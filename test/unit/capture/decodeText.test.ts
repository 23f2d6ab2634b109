import { describe, expect, it } from 'vitest';
import { CaptureError } from '../../../main/core/capture/captureError';
import { decodeText } from '../../../main/core/capture/decodeText';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

const SENTENCE = 'Biden’s first military action: 22 killed, “a dozen” rockets, café';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(SENTENCE)))).toEqual({ text: SENTENCE, encoding: 'UTF-8 (BOM)' });
  });

  it('reads UTF-16 with a little- or big-endian BOM', () => {
    expect(decodeText(utf16(SENTENCE, 'le'))).toEqual({ text: SENTENCE, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(SENTENCE, 'be'))).toEqual({ text: SENTENCE, encoding: 'UTF-16BE' });
  });

  it('reads Windows-1252, curly quotes and euro sign included', () => {
    // “Café” costs €5 – the Pentagon’s figure
    const bytes = Uint8Array.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x74, 0x68,
      0x65, 0x20, 0x50, 0x65, 0x6e, 0x74, 0x61, 0x67, 0x6f, 0x6e, 0x92, 0x73, 0x20, 0x66, 0x69, 0x67, 0x75, 0x72, 0x65,
    ]);
    expect(decodeText(bytes)).toEqual({ text: '“Café” costs €5 – the Pentagon’s figure', encoding: 'windows-1252' });
  });

  it('refuses damaged UTF-8 and says where it breaks', () => {
    const bytes = concat(utf8('Caf\u00e9 ok, then '), [0xe2, 0x80], utf8(' broken'));
    expect(() => decodeText(bytes)).toThrow(CaptureError);
    expect(() => decodeText(bytes)).toThrow(/invalid UTF-8 at byte 15/);
  });

  it('refuses plain English whose only non-ASCII is a cut-off curly quote, rather than reading it as Windows-1252 mojibake', () => {
    const bytes = concat(utf8('Police said '), [0xe2, 0x80], utf8(' 22 people were killed.'));
    expect(() => decodeText(bytes)).toThrow(/^invalid UTF-8 at byte 12: /);
  });

  it('reads bytes with no sign of UTF-8 as Windows-1252, and says so in the encoding it records', () => {
    // "Café des Arts: 12 bless\xe9s" as an old Windows editor saved it
    const bytes = concat(utf8('Caf'), [0xe9], utf8(' des Arts: 12 bless'), [0xe9, 0x73]);
    expect(decodeText(bytes)).toEqual({ text: 'Café des Arts: 12 blessés', encoding: 'windows-1252' });
  });

  it('honours a charset the page declares when the bytes are not UTF-8', () => {
    const bytes = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    expect(decodeText(bytes, 'windows-1251').text).toBe('Привет');
  });
});
