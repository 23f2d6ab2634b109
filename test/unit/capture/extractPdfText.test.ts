// A PDF's content to a version: its title (the metadata's, else its heading,
// else its first line), its dates (the metadata's creation and modification
// dates, read as the publication reading reads them), and the PDFs with no
// text Tally can read, each refused in one line. The pages are written by
// hand (test/fixtures/pdfRuns.ts); real PDFs printed by Chromium are read in
// test/db/readPdf.test.ts.
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import type { CaptureError } from '../../../main/core/capture/captureError';
import { extractPdfText } from '../../../main/core/capture/extractPdfText';
import type { PdfContent } from '../../../main/core/capture/pdfContent';
import { pdfDate } from '../../../main/core/capture/pdfDate';
import { PDF_HEADER } from '../../fixtures/bytes';
import { content, lines, page, run } from '../../fixtures/pdfRuns';
import { refusalOf } from '../../fixtures/captureRefusals';

const STATEMENT = page([
  run('Ministry of Health', 72, 60, { size: 10 }),
  ...lines(['Outbreak confirmed in three', 'northern districts'], 100, { size: 22, spacing: 26 }),
  ...lines(['The ministry said 41 cases had been confirmed, and two people had died, in the', 'three districts since the start of the month.'], 170),
]);

const refusal = (pdf: PdfContent): CaptureError => refusalOf(() => extractPdfText(pdf), 'the PDF was read, not refused');

describe('the title of a PDF', () => {
  it('is the metadata’s Title, from the Info dictionary or else the XMP packet', () => {
    expect(extractPdfText(content([STATEMENT], { title: 'Statement on the outbreak' })).title).toBe('Statement on the outbreak');
    expect(extractPdfText(content([STATEMENT], { xmpTitle: 'Outbreak statement (XMP)' })).title).toBe('Outbreak statement (XMP)');
  });

  it('is the first page’s heading where the metadata names a file or a program instead', () => {
    for (const title of ['Microsoft Word - statement_final.docx', 'statement.pdf', 'Untitled', '  ']) {
      expect(extractPdfText(content([STATEMENT], { title })).title).toBe('Outbreak confirmed in three northern districts');
    }
  });

  it('is the first line where no type stands out, and none where that line is a paragraph (the file’s name is used)', () => {
    const plain = page([
      ...lines(['Statement of 4 May'], 100),
      ...lines(['The council met on Friday and agreed the budget for the coming year by', 'a vote of 31 to 12, with four members absent.'], 130),
    ]);
    expect(extractPdfText(content([plain])).title).toBe('Statement of 4 May');
    const long = page(lines(['word '.repeat(60).trim()], 100));
    expect(extractPdfText(content([long])).title).toBeNull();
    const bytes = Uint8Array.from(PDF_HEADER);
    expect(captureDocument('statements/council-0504.pdf', bytes, undefined, undefined, null, content([long])).title).toBe('council-0504');
  });
});

/** A stated time and where it was read. */
const timeIn = (stated: { value: string; in: string } | null): [string, string] | null => (stated ? [stated.value, stated.in] : null);

describe('the dates of a PDF', () => {
  it('reads the Info dictionary’s dates, with their zone, and any format producers write', () => {
    expect(pdfDate("D:20160523101500+03'00'")).toEqual({ iso: '2016-05-23T07:15:00.000Z' });
    expect(pdfDate("D:20160523101500-05'30")).toEqual({ iso: '2016-05-23T15:45:00.000Z' });
    expect(pdfDate('D:20160523101500Z')).toEqual({ iso: '2016-05-23T10:15:00.000Z' });
    expect(pdfDate("D:20160523101500Z00'00'")).toEqual({ iso: '2016-05-23T10:15:00.000Z' });
    expect(pdfDate('20160523101500+0300')).toEqual({ iso: '2016-05-23T07:15:00.000Z' });
    expect(pdfDate('D:20160523')).toEqual({ iso: '2016-05-23' });
    expect(pdfDate('D:201605231015')).toEqual({ iso: '2016-05-23T10:15', note: 'time zone not stated: the producer’s local time' });
    for (const no of ['D:2016', 'D:20161323101500Z', '2016-05-23T10:15:00Z', 'yesterday', '']) expect(pdfDate(no)).toBeNull();
  });

  it('makes the creation date the publication time and a later modification date the update, read from the PDF metadata', () => {
    const doc = captureDocument('statement.pdf', PDF_HEADER, undefined, undefined, null, content([STATEMENT], { creationDate: "D:20160523101500+03'00'", modDate: "D:20160524090000+03'00'" }));
    expect(doc.publication.publishedAt).toEqual({ value: '2016-05-23T07:15:00.000Z', in: 'PDF metadata', words: "D:20160523101500+03'00'" });
    expect(doc.publication.updatedAt).toEqual({ value: '2016-05-24T06:00:00.000Z', in: 'PDF metadata', words: "D:20160524090000+03'00'" });
  });

  it('takes a modification date equal to the creation date for no update, and reads XMP dates where the Info dictionary has none', () => {
    const once = extractPdfText(content([STATEMENT], { creationDate: 'D:20160523101500Z', modDate: 'D:20160523101500Z' }));
    expect([once.publishedAt, once.updatedAt]).toEqual(['D:20160523101500Z', null]);
    const xmp = captureDocument('s.pdf', PDF_HEADER, undefined, undefined, null, content([STATEMENT], { xmpCreateDate: '2016-05-23T10:15:00+03:00', xmpModifyDate: '2016-05-25T08:00:00+03:00' }));
    expect(timeIn(xmp.publication.publishedAt)).toEqual(['2016-05-23T07:15:00.000Z', 'PDF metadata']);
    expect(timeIn(xmp.publication.updatedAt)).toEqual(['2016-05-25T05:00:00.000Z', 'PDF metadata']);
  });

  it('says a time without a zone is the producer’s local time', () => {
    const local = captureDocument('s.pdf', PDF_HEADER, undefined, undefined, null, content([STATEMENT], { creationDate: 'D:20160523101500' }));
    expect(local.publication.publishedAt).toMatchObject({ value: '2016-05-23T10:15', note: 'time zone not stated: the producer’s local time' });
  });
});

describe('a PDF captured', () => {
  it('is a version of format pdf, its encoding the PDF version, its text the pages’ paragraphs', () => {
    const captured = captureDocument('statement.pdf', PDF_HEADER, undefined, undefined, null, content([STATEMENT], { title: 'Outbreak statement' }));
    expect(captured).toMatchObject({ format: 'pdf', encoding: 'PDF-1.7', title: 'Outbreak statement' });
    expect(captured.text).toBe(
      'Ministry of Health\n\nOutbreak confirmed in three northern districts\n\nThe ministry said 41 cases had been confirmed, and two people had died, in the three districts since the start of the month.',
    );
  });

  it('needs its content read beforehand: its bytes are never decoded as text', () => {
    expect(() => captureDocument('statement.pdf', PDF_HEADER)).toThrow(/read \(readPdf\) before it is captured/);
  });
});

describe('a PDF with no text Tally can read is refused in one line', () => {
  it('a scan: pages that only paint images', () => {
    const error = refusal(content([page([], true), page([run('  ', 72, 100)], true)]));
    expect(error.code).toBe('scanned');
    expect(error.message).toBe('no text layer — the PDF holds only images (scanned); Tally cannot read text from images');
  });

  it('a PDF with no text and no images, or no pages', () => {
    expect(refusal(content([page([])]))).toMatchObject({ code: 'empty', message: 'no text: the PDF’s pages hold neither text nor images' });
    expect(refusal(content([]))).toMatchObject({ code: 'empty', message: 'the PDF has no pages' });
  });

  it('text drawn in fonts that do not say which letters they draw', () => {
    const glyphs = page(lines(['\ue001\ue002\ue003 \ue004\ue005 12 \ue006\ue007\ue008\ue009'], 100));
    expect(refusal(content([glyphs]))).toMatchObject({ code: 'encoding', message: 'the PDF’s text cannot be read: its fonts do not say which letters they draw' });
  });
});
