// The order in which an article's versions are read, the same in every list,
// picker, timeline and report: by the time each version states for itself
// (its "Updated" line, else its publication time) when every version of the
// article states one, else by capture time. Mixing the two would misplace a
// version: a capture that states only its first publication at 09:00 would
// sort before a capture made at 08:00 of a page that states nothing.

export interface VersionTimes {
  id: number;
  capturedAt: string;
  publishedAt: string | null;
  updatedAt?: string | null | undefined;
}

/** The time a version states for itself, in milliseconds; NaN when it states none that can be read. */
export function statedTime(v: VersionTimes): number {
  const stated = v.updatedAt ?? v.publishedAt;
  return stated ? Date.parse(stated) : NaN;
}

/** Whether each version states a time of its own, so the stated times can order them. */
export function allStateTimes(versions: readonly VersionTimes[]): boolean {
  return versions.length > 0 && versions.every((v) => !Number.isNaN(statedTime(v)));
}

const byCapture = (a: VersionTimes, b: VersionTimes): number => a.capturedAt.localeCompare(b.capturedAt) || a.id - b.id;

/** One article's versions in reading order (a new array; ties keep capture order). */
export function inReadingOrder<V extends VersionTimes>(versions: readonly V[]): V[] {
  if (!allStateTimes(versions)) return [...versions].sort(byCapture);
  return [...versions].sort((a, b) => statedTime(a) - statedTime(b) || byCapture(a, b));
}

/**
 * An event's versions, article by article, in one sequence: each placed at
 * the time its article is read by (stated where the article's versions all
 * state one, captured otherwise), so a version keeps its place within its
 * article and the articles interleave by time.
 */
export function inEventOrder<V extends VersionTimes>(articles: readonly (readonly V[])[]): V[] {
  const placed = articles.flatMap((versions) => {
    const stated = allStateTimes(versions);
    return inReadingOrder(versions).map((v) => ({ v, at: stated ? statedTime(v) : Date.parse(v.capturedAt) }));
  });
  return placed.sort((a, b) => a.at - b.at || byCapture(a.v, b.v)).map((p) => p.v);
}
