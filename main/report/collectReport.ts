// The model of a report, from a library's event or from files named on the
// command line. Both go through the same grouping and the same builder, so a
// report of files without a library reads like one from the app (less the
// researcher's curation, which only a library holds).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { ReadableDb } from '../../db/connection';
import { listArticles } from '../../db/queries/articles';
import { getVersionBytes } from '../../db/queries/versions';
import { captureDocument, type CapturedDocument } from '../core/capture/captureDocument';
import { documentVersions, type NamedDocument } from '../core/compare/documentVersions';
import { buildEventFigures, NO_CURATION } from '../core/compare/eventFigures';
import { EXTRACTOR_VERSION, extractClaims } from '../core/extract';
import { buildReport, type ReportVersionInput } from '../core/report/buildReport';
import type { Report } from '../core/report/reportSchema';
import { eventFigureSet } from '../library/eventFigures';
import { readInputFile } from '../library/import/readInputFile';
import { pdfContentFor } from '../library/import/readPdf';

export const GENERATOR = `Tally ${pkg.version}`;

export type Progress = (done: number, total: number) => void;

/**
 * An event of the library, with the researcher's curation and source
 * directory; with `versionIds`, only those of its versions (a selection).
 */
function sha256Of(bytes: Uint8Array | undefined): string | null {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : null;
}

export function reportFromLibrary(
  db: ReadableDb,
  event: { id: number; name: string },
  onProgress?: Progress,
  now = new Date(),
  versionIds?: ReadonlySet<number>,
): Report {
  const { versions, directory, figures } = eventFigureSet(db, event.id, versionIds);
  // a report cites each version's SHA-256 as the proof of what was captured: never for bytes that no longer have it
  const altered = versions.filter((v) => sha256Of(getVersionBytes(db, v.versionId)) !== v.sha256).map((v) => v.versionId);
  if (altered.length) {
    throw new Error(
      `the stored bytes of version${altered.length === 1 ? '' : 's'} ${altered.join(', ')} no longer match the SHA-256 recorded at capture, so a report would cite a hash its evidence no longer has: run \`tally check\`, then restore a backup or import the captures again`,
    );
  }
  const articles = listArticles(db, event.id).map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, url: a.canonicalUrl }));
  return buildReport({ eventName: event.name, generatedAt: now.toISOString(), generator: GENERATOR, versions, articles, figures, directory, ...(onProgress ? { onProgress } : {}) });
}

/**
 * Files as the versions of one event, in the order given (earliest first),
 * each captured as an import would capture it; the capture time is the
 * file's modification time, and the SHA-256 is that of the file's bytes.
 */
export async function reportFromFiles(paths: readonly string[], eventName: string, onProgress?: Progress, now = new Date()): Promise<Report> {
  const docs: NamedDocument[] = [];
  const files: { sha256: string; byteLength: number; format: ReportVersionInput['format']; origin: string }[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`no such file: ${path}`);
    let bytes: Uint8Array;
    let doc: CapturedDocument;
    try {
      bytes = await readInputFile(path);
      doc = captureDocument(basename(path), bytes, undefined, undefined, null, await pdfContentFor(path, bytes));
    } catch (error) {
      // a bad file names itself: the whole report depends on every file
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    docs.push({ name: basename(path), doc, claims: extractClaims(doc.text), capturedAt: statSync(path).mtime.toISOString() });
    files.push({ sha256: createHash('sha256').update(bytes).digest('hex'), byteLength: bytes.length, format: doc.format, origin: path });
  }
  const { versions } = documentVersions(docs, EXTRACTOR_VERSION);
  // version ids count the files in the order given; the versions come in the order they are read
  const full: ReportVersionInput[] = versions.map((v) => ({ ...v, title: docs[v.versionId - 1]!.doc.title, url: docs[v.versionId - 1]!.doc.canonicalUrl, ...files[v.versionId - 1]! }));
  const articles = [...new Map(full.map((v) => [v.articleId, { id: v.articleId, title: v.articleTitle, outlet: v.outlet, url: v.url }])).values()];
  const figures = buildEventFigures(full, NO_CURATION, []);
  return buildReport({ eventName, generatedAt: now.toISOString(), generator: GENERATOR, versions: full, articles, figures, directory: [], ...(onProgress ? { onProgress } : {}) });
}
