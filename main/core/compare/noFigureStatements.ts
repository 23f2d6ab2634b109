// Statements that a source gave no figure ("the Pentagon spokesman did not
// name any casualties"): the other side of a discrepancy, as telling as a
// number. Their sources are resolved across documents as figures' are.
import type { NoFigureStatement } from '../model';
import type { FigureVersion } from './eventFigures';
import { resolveSourceNames, type DirectorySource } from './sourceNames';

/** `versions` in capture order; the statements come in that order, then text order. */
export function noFigureStatements(versions: readonly FigureVersion[], directory: readonly DirectorySource[]): NoFigureStatement[] {
  // most events hold none: their sources are not worth resolving across a thousand texts
  if (!versions.some((v) => v.claims.some((c) => c.kind === 'no-figure'))) return [];
  const sourceOf = resolveSourceNames(
    versions.flatMap((v) => v.claims.map((c) => c.source ?? '')),
    directory,
    versions.map((v) => v.text),
  );
  return versions.flatMap((v) =>
    v.claims
      .filter((c) => c.kind === 'no-figure')
      .map((c) => ({
        claimId: c.id,
        versionId: v.versionId,
        articleId: v.articleId,
        articleTitle: v.articleTitle,
        outlet: v.outlet,
        capturedAt: v.capturedAt,
        source: c.source?.trim() ? (sourceOf.get(c.source) ?? c.source) : null,
        subject: c.subject,
        text: v.text.slice(c.start, c.end),
        sentence: v.text.slice(c.sentenceStart, c.sentenceEnd),
      })),
  );
}
