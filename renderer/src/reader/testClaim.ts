// A stored claim for the renderer's tests, with what a test leaves out filled
// in: an automatic "22", unreviewed, at the start of its sentence.
import type { ClaimRecord } from '../../../main/core/model';

export function testClaim(over: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: 1,
    versionId: 1,
    status: 'auto',
    extractorVersion: 'test',
    kind: 'figure',
    value: 22,
    low: 22,
    high: 22,
    approx: false,
    start: 0,
    end: 2,
    sentenceStart: 0,
    sentenceEnd: 20,
    subject: null,
    entity: null,
    measure: null,
    qualifiers: [],
    unit: null,
    holder: null,
    modality: null,
    incident: [],
    source: null,
    confidence: 0.9,
    ...over,
  };
}
