// A figure's member for the renderer's tests, with what a test leaves out
// filled in: Reuters's "22" people killed, in one capture.
import type { FigureMember } from '../../../main/core/model';

export function testMember(over: Partial<FigureMember> = {}): FigureMember {
  return {
    claimId: 1,
    versionId: 10,
    seq: 0,
    articleId: 100,
    articleTitle: 'Strikes hit the port',
    outlet: 'Reuters',
    capturedAt: '2024-03-05T10:00:00.000Z',
    publishedAt: null,
    start: 40,
    end: 42,
    value: 22,
    low: 22,
    high: 22,
    approx: false,
    source: null,
    sourceAsWritten: null,
    modality: null,
    grade: null,
    claimStatus: 'auto',
    placed: false,
    copyOf: null,
    ownText: false,
    text: '22',
    sentence: 'At least 22 people were killed.',
    ...over,
  };
}
