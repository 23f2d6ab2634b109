// Figures packed to travel to the app come back the very same, on real news:
// every event of the news corpus, each document a version, with a copy and an
// own text marked so every field a member carries is exercised.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import { buildEventFigures, NO_CURATION, type FigureVersion } from '../../../main/core/compare/eventFigures';
import { packFigures, unpackFigures } from '../../../main/core/compare/figurePack';
import { extractClaims } from '../../../main/core/extract';
import type { ClaimRecord } from '../../../main/core/model';
import { NEWS_DIR, newsPath } from '../../fixtures/corpus';

function newsVersions(): FigureVersion[] {
  let claimId = 1;
  return readdirSync(NEWS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name, i): FigureVersion => {
      const doc = captureDocument(name, new Uint8Array(readFileSync(newsPath(name))));
      const claims = extractClaims(doc.text).map((c): ClaimRecord => ({ ...c, id: claimId++, versionId: i + 1, status: i % 5 === 0 ? 'confirmed' : 'auto', extractorVersion: 'test' }));
      // two versions to an article, so members share their version's fields and articles their copies
      return { versionId: i + 1, articleId: Math.floor(i / 2) + 1, articleTitle: doc.title ?? name, outlet: i % 3 ? `Outlet ${i % 4}` : null, capturedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(), publishedAt: i % 2 ? null : '2025-12-31T00:00:00.000Z', text: doc.text, claims };
    });
}

describe('figures packed for the app', () => {
  it('unpack to the same figures, every member field included, through JSON', () => {
    const versions = newsVersions();
    // a claim placed by hand in a figure of its own, a copy and an own text marked, an outlet graded
    const placed = versions[0]!.claims.find((c) => c.kind === 'figure')!;
    const curation = {
      ...NO_CURATION,
      figures: [{ id: 1, label: 'placed by hand', best: { low: 1, high: 2 }, mergedInto: null }],
      placements: [{ versionId: placed.versionId, start: placed.start, end: placed.end, figureId: 1 }],
      copies: [{ articleId: 2, copyOf: 1 }],
      originals: [3],
    };
    const figures = buildEventFigures(versions, curation, [{ name: 'Outlet 1', aliases: [], grade: 'B' }]);
    const members = figures.flatMap((f) => f.members);
    // the fixture reaches what packing must carry
    expect(members.length).toBeGreaterThan(300);
    const reached = {
      copyOf: members.some((m) => m.copyOf),
      ownText: members.some((m) => m.ownText),
      grade: members.some((m) => m.grade),
      reviewed: members.some((m) => m.claimStatus === 'confirmed'),
      noValue: members.some((m) => m.value === null),
      approx: members.some((m) => m.approx),
      ownVoice: members.some((m) => m.source === null),
      modality: members.some((m) => m.modality),
      placed: members.some((m) => m.placed),
    };
    expect(reached).toEqual({ copyOf: true, ownText: true, grade: true, reviewed: true, noValue: true, approx: true, ownVoice: true, modality: true, placed: true });

    const wire = JSON.stringify(packFigures(figures));
    expect(unpackFigures(JSON.parse(wire))).toEqual(figures);
    // the point of packing: far less to write, send and read
    expect(wire.length).toBeLessThan(JSON.stringify(figures).length * 0.6);
  });

  it('packs no figures to no figures', () => {
    expect(unpackFigures(JSON.parse(JSON.stringify(packFigures([]))))).toEqual([]);
  });
});
