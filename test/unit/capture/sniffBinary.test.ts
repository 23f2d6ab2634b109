import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../../main/core/capture/sniffBinary';
import { JPEG_HEADER, PDF_HEADER, PNG_HEADER, ZIP_HEADER, concat, utf16, utf8 } from '../../fixtures/bytes';

const SENTENCE =
  'BEIRUT, Feb 26 - The number of fighters killed in US airstrikes on positions held by Iran-backed militias in eastern Syria has risen to 22, the Syrian Observatory for Human Rights said on Friday.';

describe('sniffBinary', () => {
  it('names a PNG image from its signature and IHDR chunk', () => {
    expect(sniffBinary(PNG_HEADER)).toBe('a PNG image');
  });

  it('names JPEG, PDF and ZIP files from their first bytes', () => {
    expect(sniffBinary(JPEG_HEADER)).toBe('a JPEG image');
    expect(sniffBinary(PDF_HEADER)).toBe('a PDF document');
    expect(sniffBinary(ZIP_HEADER)).toBe('a ZIP archive (or a .docx/.epub)');
  });

  it('calls text with a NUL byte in it binary data', () => {
    expect(sniffBinary(concat(utf8('The Pentagon has not released a casualty figure.'), [0x00], utf8(' It said.')))).toBe(
      'binary data',
    );
  });

  it('calls text sprinkled with control characters binary data', () => {
    const noisy = concat(...Array.from({ length: 10 }, () => concat(utf8('killed a handful'), [0x01, 0x02])));
    expect(sniffBinary(noisy)).toBe('binary data');
  });

  it('passes plain UTF-8 news text, with tabs, form feeds, CRLF and curly quotes', () => {
    expect(sniffBinary(utf8(`${SENTENCE}\r\n\t“The operation sends an unequivocal message,” Kirby said.\f\n`))).toBeNull();
  });

  it('passes UTF-16 text with a byte order mark although it is full of NUL bytes', () => {
    const le = utf16(SENTENCE, 'le');
    expect(le.includes(0)).toBe(true);
    expect(sniffBinary(le)).toBeNull();
    expect(sniffBinary(utf16(SENTENCE, 'be'))).toBeNull();
  });
});
