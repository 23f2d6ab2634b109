// Reading real PDFs with pdf.js (main/library/import/readPdf.ts) and laying
// them out (core/capture/extractPdfText.ts): PDFs printed by Chromium from
// the news corpus, read back as the corpus's own paragraphs in order with
// their metadata; running headers and page numbers dropped; a scan, a blank
// page, a password, a cut-off download and bytes that are no PDF refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaptureError } from '../../main/core/capture/captureError';
import { extractPdfText } from '../../main/core/capture/extractPdfText';
import { pdfContentFor, readPdf } from '../../main/library/import/readPdf';
import { PDF_FIXTURES, articleHtml, handMadePdf, newsParagraphs, printPdfs, withDates, xmpPacket } from '../fixtures/pdfs';

const SYRIA_V1 = 'syria_coast_bombings_reuters_v1.txt';

let article: Uint8Array;
let headed: Uint8Array;
let scan: Uint8Array;
let blank: Uint8Array;

beforeAll(async () => {
  const printed = await printPdfs([
    { html: articleHtml(SYRIA_V1) },
    {
      html: articleHtml(SYRIA_V1),
      header: '<div style="font-size:9pt; width:100%; text-align:center">Syrian Observatory for Human Rights — Statement</div>',
      footer: '<div style="font-size:9pt; width:100%; text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    },
    { html: '', scanOf: 'Bombs kill more than 140 in Syrian cities\nThe Observatory said 145 people were killed.' },
    { html: '<!doctype html><title>Blank</title><body></body>' },
  ]);
  [article, headed, scan, blank] = [withDates(printed[0]!, '20160523101500', '20160523183000'), printed[1]!, printed[2]!, printed[3]!];
}, 60_000);

async function refusal(bytes: Uint8Array): Promise<CaptureError> {
  try {
    extractPdfText(await readPdf(bytes));
  } catch (error) {
    if (error instanceof CaptureError) return error;
    throw error;
  }
  throw new Error('the PDF was read, not refused');
}

describe('a PDF printed from a news article', () => {
  it('reads as the article’s paragraphs, in order, over two pages', async () => {
    const content = await readPdf(article);
    expect(content.pages.length).toBeGreaterThanOrEqual(2);
    expect(content.version).toBe('1.4');
    expect(extractPdfText(content).text).toBe(newsParagraphs(SYRIA_V1).join('\n\n'));
  });

  it('is titled by its metadata and dated by its creation and modification dates', async () => {
    const text = extractPdfText(await readPdf(article));
    expect(text.title).toBe('Bombs kill more than 140 in Syrian government-held cities: monitor');
    expect([text.publishedAt, text.updatedAt]).toEqual(["D:20160523101500+00'00'", "D:20160523183000+00'00'"]);
  });

  it('loses the running header and the page numbers Chromium printed on every page, and nothing else', async () => {
    const content = await readPdf(headed);
    expect(content.pages.length).toBeGreaterThanOrEqual(2);
    expect(extractPdfText(content).text).toBe(newsParagraphs(SYRIA_V1).join('\n\n'));
  });

  it('leaves the bytes it was given as they were', async () => {
    const copy = Uint8Array.from(article);
    await readPdf(article);
    expect(Buffer.from(article).equals(Buffer.from(copy))).toBe(true);
  });
});

describe('metadata Chromium does not write', () => {
  it('reads the title and dates of an XMP packet where the Info dictionary has none', async () => {
    const pdf = handMadePdf({
      lines: ['The ministry said 12 people were killed.'],
      xmp: xmpPacket('Statement on the Kerrow blast', '2016-05-23T10:15:00+03:00', '2016-05-24T08:00:00+03:00'),
    });
    const content = await readPdf(pdf);
    expect(content.metadata).toMatchObject({ title: null, xmpTitle: 'Statement on the Kerrow blast', xmpCreateDate: '2016-05-23T10:15:00+03:00', xmpModifyDate: '2016-05-24T08:00:00+03:00' });
    expect(extractPdfText(content)).toMatchObject({ title: 'Statement on the Kerrow blast', text: 'The ministry said 12 people were killed.' });
  });

  it('passes over a title that names the file, for the first line', async () => {
    const pdf = handMadePdf({ lines: ['Statement of 23 May', '', 'The ministry said 12 people were killed and 40 wounded', 'in the blast at the market on Monday.'], info: { Title: 'Microsoft Word - statement_0523.docx', CreationDate: "D:20160523101500+03'00'" } });
    const text = extractPdfText(await readPdf(pdf));
    expect(text).toMatchObject({ title: 'Statement of 23 May', publishedAt: "D:20160523101500+03'00'", updatedAt: null });
  });
});

describe('a PDF Tally cannot read is refused in one line', () => {
  it('a scan: only a picture of the text', async () => {
    expect(await refusal(scan)).toMatchObject({ code: 'scanned', message: 'no text layer — the PDF holds only images (scanned); Tally cannot read text from images' });
  });

  it('a blank page', async () => {
    expect(await refusal(blank)).toMatchObject({ code: 'empty', message: 'no text: the PDF’s pages hold neither text nor images' });
  });

  it('a PDF that needs a password, while one encrypted only against editing is read', async () => {
    const locked = await refusal(new Uint8Array(readFileSync(join(PDF_FIXTURES, 'password.pdf'))));
    expect(locked).toMatchObject({ code: 'encrypted', message: 'password-protected: the PDF needs a password to be opened, and Tally reads only PDFs that open without one' });
    const open = extractPdfText(await readPdf(new Uint8Array(readFileSync(join(PDF_FIXTURES, 'owner-password.pdf')))));
    expect(open).toMatchObject({ title: 'Statement on the Jableh and Tartous attacks' });
    expect(open.text).toContain('The ministry said 148 people were killed and at least 200 wounded in the attacks on Monday.');
  });

  it('a PDF cut short, as an unfinished download is', async () => {
    const cut = article.subarray(0, Math.floor(article.length / 2));
    expect(await refusal(cut)).toMatchObject({ code: 'damaged', message: 'damaged PDF: the file is cut short (it has no end-of-file marker), as an unfinished download is' });
  });

  it('a PDF whose insides are overwritten', async () => {
    const mangled = Uint8Array.from(article).fill(0x41, 200, article.length - 300);
    expect(await refusal(mangled)).toMatchObject({ code: 'damaged', message: 'damaged PDF: it cannot be read (Invalid PDF structure.)' });
  });

  it('a file named .pdf that is no PDF, and an empty one', async () => {
    const page = new TextEncoder().encode('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
    expect(await refusal(page)).toMatchObject({ code: 'damaged', message: 'not a PDF: the file does not begin as a PDF does (%PDF-); it may be another kind of file named .pdf' });
    expect(await refusal(new Uint8Array(0))).toMatchObject({ code: 'empty', message: 'empty file (0 bytes)' });
  });

  it('reads only files named as PDFs', async () => {
    expect(await pdfContentFor('statement.txt', article)).toBeUndefined();
    expect((await pdfContentFor('/captures/Statement.PDF', article))?.pages.length).toBeGreaterThanOrEqual(2);
  });
});
