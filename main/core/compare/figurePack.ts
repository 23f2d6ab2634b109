// An event's figures as they travel from the engine to the app. A figure's
// members repeat what their version says of itself (its article, outlet,
// times) and the same sentences, sources and words capture after capture: a
// 1,000-version event's 20,000 members came to 13 MB of JSON, seconds to
// write, send and read. Packed, each version is written once, each string
// once, and each member is a row of numbers; unpacking gives back the very
// same figures. Pure: both shells and the app share it.
import type { ClaimStatus, EventFigure, FigureMember, SourceGrade } from '../model';

/** What every member of one version shares. */
type VersionFields = Pick<FigureMember, 'versionId' | 'seq' | 'articleId' | 'articleTitle' | 'outlet' | 'capturedAt' | 'publishedAt' | 'copyOf' | 'ownText'>;

export interface PackedFigures {
  versions: VersionFields[];
  /** The strings members give, each once: a member names them by place in this list. */
  strings: string[];
  /** Each figure as it is, its members as rows of MEMBER_WIDTH numbers, one after another. */
  figures: (Omit<EventFigure, 'members'> & { members: (number | null)[] })[];
}

/** A member's row: its own numbers, its version's place in `versions`, and its strings' places in `strings` (-1 for null). */
const MEMBER_WIDTH = 16;

export function packFigures(figures: readonly EventFigure[]): PackedFigures {
  const versions: VersionFields[] = [];
  const versionAt = new Map<number, number>();
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const str = (s: string | null): number => {
    if (s === null) return -1;
    let at = stringAt.get(s);
    if (at === undefined) {
      stringAt.set(s, (at = strings.length));
      strings.push(s);
    }
    return at;
  };
  const packed = figures.map(({ members, ...figure }) => {
    const rows: (number | null)[] = [];
    for (const m of members) {
      let version = versionAt.get(m.versionId);
      if (version === undefined) {
        versionAt.set(m.versionId, (version = versions.length));
        versions.push({ versionId: m.versionId, seq: m.seq, articleId: m.articleId, articleTitle: m.articleTitle, outlet: m.outlet, capturedAt: m.capturedAt, publishedAt: m.publishedAt, copyOf: m.copyOf, ownText: m.ownText });
      }
      rows.push(
        m.claimId,
        version,
        m.start,
        m.end,
        m.value,
        m.low,
        m.high,
        m.approx ? 1 : 0,
        str(m.source),
        str(m.sourceAsWritten),
        str(m.modality),
        str(m.grade),
        str(m.claimStatus),
        m.placed ? 1 : 0,
        str(m.text),
        str(m.sentence),
      );
    }
    return { ...figure, members: rows };
  });
  return { versions, strings, figures: packed };
}

export function unpackFigures(packed: PackedFigures): EventFigure[] {
  const { versions, strings } = packed;
  const str = (at: number | null): string | null => (at === null || at < 0 ? null : strings[at]!);
  return packed.figures.map(({ members: rows, ...figure }) => {
    const members: FigureMember[] = [];
    for (let i = 0; i < rows.length; i += MEMBER_WIDTH) {
      const r = (k: number): number | null => rows[i + k]!;
      const v = versions[r(1)!]!;
      members.push({
        claimId: r(0)!,
        versionId: v.versionId,
        seq: v.seq,
        articleId: v.articleId,
        articleTitle: v.articleTitle,
        outlet: v.outlet,
        capturedAt: v.capturedAt,
        publishedAt: v.publishedAt,
        start: r(2)!,
        end: r(3)!,
        value: r(4),
        low: r(5),
        high: r(6),
        approx: r(7) === 1,
        source: str(r(8)),
        sourceAsWritten: str(r(9)),
        modality: str(r(10)),
        grade: str(r(11)) as SourceGrade | null,
        claimStatus: str(r(12)) as ClaimStatus,
        placed: r(13) === 1,
        copyOf: v.copyOf,
        ownText: v.ownText,
        text: str(r(14))!,
        sentence: str(r(15))!,
      });
    }
    return { ...figure, members };
  });
}
