// Reads a PDF with pdf.js: the runs of text on each page, whether a page
// with no text paints an image (a scan), and the metadata, for the capture
// code to lay out (core/capture/extractPdfText.ts). pdf.js is asynchronous
// and capturing a file is not, so a PDF is read here first, wherever a
// file's bytes are read to be captured (an import, the commands that read
// files, a report of files), and its content goes with the bytes.
//
// pdf.js only parses here: in this thread (its "fake worker", its worker's
// code loaded as a module), from bytes in memory, with no canvas and no font
// program ever compiled to code. It is loaded on the first PDF, from
// node_modules (the bundles leave it outside, scripts/build-cli.mjs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CaptureError, MAX_CAPTURE_BYTES, tooLargeError } from '../../core/capture/captureError';
import { formatForName } from '../../core/capture/fileTypes';
import { sniffBinary } from '../../core/capture/sniffBinary';
import type { PdfContent, PdfPage, PdfTextRun } from '../../core/capture/pdfContent';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loaded: Promise<PdfJs> | null = null;

/** pdf.js warns on stdout, as it loads, where its optional canvas package is missing; it renders nothing here, and stdout carries `--json`. */
const CANVAS_WARNING = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill)/;

function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = (...args: unknown[]): void => {
      if (!(typeof args[0] === 'string' && CANVAS_WARNING.test(args[0]))) log(...args);
    };
    try {
      // the worker's code in this thread: pdf.js finds it there and never looks for a worker file beside a bundle
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** pdf.js's character maps (for CJK fonts that name a standard encoding) and its metrics of the standard fonts. */
function packageFolder(folder: string): string {
  return `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), folder)}/`;
}

/** A PDF's header stands in its first 1024 bytes; its end-of-file marker in its last. */
const MARKER_WINDOW = 1024;

function hasAscii(bytes: Uint8Array, marker: string, from: number, to: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).includes(marker, 0, 'latin1');
}

/** Refusals that need no parsing: not a PDF at all, or one cut short (an unfinished download). */
function checkEnvelope(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CaptureError('empty', 'empty file (0 bytes)');
  if (bytes.length > MAX_CAPTURE_BYTES) throw tooLargeError(bytes.length);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MARKER_WINDOW)).toString('latin1');
  const version = /%PDF-(\d\.\d)/.exec(head)?.[1];
  if (!version) {
    const looks = sniffBinary(bytes);
    throw new CaptureError('damaged', looks ? `not a PDF: this looks like ${looks}` : 'not a PDF: the file does not begin as a PDF does (%PDF-); it may be another kind of file named .pdf');
  }
  if (!hasAscii(bytes, '%%EOF', Math.max(0, bytes.length - MARKER_WINDOW), bytes.length)) {
    throw new CaptureError('damaged', 'damaged PDF: the file is cut short (it has no end-of-file marker), as an unfinished download is');
  }
  return version;
}

/** pdf.js's own words for what went wrong, on one line. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim() || 'no reason given';
}

function refusal(error: unknown): CaptureError {
  if (error instanceof CaptureError) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new CaptureError('encrypted', 'password-protected: the PDF needs a password to be opened, and Tally reads only PDFs that open without one');
  }
  return new CaptureError('damaged', `damaged PDF: it cannot be read (${reasonOf(error)})`);
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

async function metadataOf(doc: PdfDocument): Promise<PdfContent['metadata']> {
  const { info, metadata } = await doc.getMetadata();
  const fields = info as Record<string, unknown>;
  return {
    title: str(fields.Title),
    creationDate: str(fields.CreationDate),
    modDate: str(fields.ModDate),
    // pdf.js names XMP's fields in lower case
    xmpTitle: str(metadata?.get('dc:title')),
    xmpCreateDate: str(metadata?.get('xmp:createdate')),
    xmpModifyDate: str(metadata?.get('xmp:modifydate')),
  };
}

/**
 * Whether a page with no text paints an image: a scan, not a blank page.
 * Reading what a page paints decodes its images; one pdf.js cannot decode
 * (a scanner's JPEG 2000 or JBIG2 it does not know) is an image all the same.
 */
async function paintsImage(page: Awaited<ReturnType<PdfDocument['getPage']>>, images: ReadonlySet<number>): Promise<boolean> {
  try {
    return (await page.getOperatorList()).fnArray.some((op) => images.has(op));
  } catch {
    return true;
  }
}

/** The operators that paint an image. */
function imageOperators(lib: PdfJs): Set<number> {
  const ops = lib.OPS;
  return new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
    ops.paintImageXObjectRepeat,
    ops.paintInlineImageXObjectGroup,
    ops.paintImageMaskXObjectGroup,
    ops.paintImageMaskXObjectRepeat,
  ]);
}

/** `images`: the operators to look for on a page with no text, or null once the document is known to hold an image. */
async function pageOf(doc: PdfDocument, number: number, images: ReadonlySet<number> | null): Promise<PdfPage> {
  const page = await doc.getPage(number);
  try {
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const runs: PdfTextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c, d, e, f] = item.transform as number[];
      runs.push({ text: item.str, x: e! - left, y: top - f!, width: item.width, size: Math.hypot(c!, d!), eol: item.hasEOL });
    }
    const hasImages = runs.some((r) => r.text.trim()) || !images ? false : await paintsImage(page, images);
    return { width: right - left, height: top - bottom, runs, hasImages };
  } finally {
    page.cleanup();
  }
}

/** A PDF's content; throws a CaptureError naming what is wrong with a file that is no readable PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const version = checkEnvelope(bytes);
  const lib = await pdfjs();
  const task = lib.getDocument({
    // a copy: pdf.js may take its buffer over, and these bytes are hashed and stored as they are
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageFolder('standard_fonts'),
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusal(error);
  }
  try {
    const pages: PdfPage[] = [];
    const images = imageOperators(lib);
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        // one image is enough to call a PDF with no text a scan: later pages need not be decoded for it
        pages.push(await pageOf(doc, n, pages.some((p) => p.hasImages) ? null : images));
      } catch (error) {
        throw new CaptureError('damaged', `damaged PDF: page ${n} of ${doc.numPages} cannot be read (${reasonOf(error)})`);
      }
    }
    return { version, pages, metadata: await metadataOf(doc) };
  } catch (error) {
    throw refusal(error);
  } finally {
    await doc.destroy();
  }
}

/** The content of a file whose name says it is a PDF; nothing for any other file. */
export async function pdfContentFor(name: string, bytes: Uint8Array): Promise<PdfContent | undefined> {
  return formatForName(name) === 'pdf' ? readPdf(bytes) : undefined;
}
