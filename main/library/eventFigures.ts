// An event's figures, built in one place for the app, the reports and the
// benchmarks: the event's stored claims (rejected ones left out, the
// researcher's edits in) grouped in capture order, with the researcher's
// curation and source directory laid over the grouping.
import { keptUntilChange } from '../../db/changeStamp';
import type { ReadableDb } from '../../db/connection';
import { loadCuration } from '../../db/queries/figures';
import { listSources } from '../../db/queries/sources';
import { buildEventFigures } from '../core/compare/eventFigures';
import { noFigureStatements } from '../core/compare/noFigureStatements';
import { packFigures, unpackFigures, type PackedFigures } from '../core/compare/figurePack';
import { hasKeptFigures, keepFigures, libraryTick, readKeptFigures, type KeptFigures } from '../../db/queries/keptFigures';
import { BUILD_ID } from './buildId';
import type { EventFigure, NoFigureStatement, SourceRecord } from '../core/model';
import type { ReportVersionInput } from '../core/report/buildReport';
import { eventVersions } from './eventVersions';

export interface EventFigureSet {
  /** The versions the figures were built from, in capture order. */
  versions: ReportVersionInput[];
  /** The researcher's source directory, as it was read for them. */
  directory: SourceRecord[];
  figures: EventFigure[];
}

/** The figures of an event's versions: all of them, or those in `versionIds` (a report of a selection). */
export function eventFigureSet(db: ReadableDb, eventId: number, versionIds?: ReadonlySet<number>): EventFigureSet {
  const versions = eventVersions(db, eventId).filter((v) => !versionIds || versionIds.has(v.versionId));
  const directory = listSources(db);
  return { versions, directory, figures: buildEventFigures(versions, loadCuration(db, eventId), directory) };
}

/**
 * All of an event's figures, worked out when first asked for and again only
 * after the library changed: seconds of grouping on a large event are paid
 * once, not on every view. They are kept in memory for this connection, and
 * in the library (migration 0020) for every process and after a restart,
 * while the library clock reads the same and the code is the same build.
 */
export function eventFigures(db: ReadableDb, eventId: number): EventFigure[] {
  return keptUntilChange(db, 'figures', eventId, () => {
    const kept = readKept(db, eventId, 'figures');
    return kept ? unpackFigures(JSON.parse(kept) as PackedFigures) : workOut(db, eventId).figures;
  });
}

/** The event's figures packed to travel to the app (core/compare/figurePack), kept the same way. */
export function packedEventFigures(db: ReadableDb, eventId: number): PackedFigures {
  return keptUntilChange(db, 'figures-packed', eventId, () => {
    const kept = readKept(db, eventId, 'figures');
    return kept ? (JSON.parse(kept) as PackedFigures) : workOut(db, eventId).packed;
  });
}

/** Where the event's sources said they gave no figure ("did not name any casualties"), kept with the figures. */
export function eventNoFigures(db: ReadableDb, eventId: number): NoFigureStatement[] {
  return keptUntilChange(db, 'no-figures', eventId, () => {
    const kept = readKept(db, eventId, 'noFigures');
    return kept ? (JSON.parse(kept) as NoFigureStatement[]) : workOut(db, eventId).noFigures;
  });
}

/**
 * Works out and keeps the figures of events an import just wrote to, where
 * they are not kept already: run by the library worker once the import has
 * answered, so the Figures view opened next reads them rather than waiting
 * seconds for a large event to be grouped.
 */
export function keepEventFigures(db: ReadableDb, eventIds: Iterable<number>): void {
  for (const eventId of new Set(eventIds)) {
    if (libraryTick(db) !== null && !figuresKept(db, eventId)) workOut(db, eventId);
  }
}

/** Whether the event's figures are kept in the library as the library and the code now stand: reading them costs no grouping. */
export function figuresKept(db: ReadableDb, eventId: number): boolean {
  const tick = libraryTick(db);
  return tick !== null && hasKeptFigures(db, eventId, tick, BUILD_ID);
}

function readKept(db: ReadableDb, eventId: number, part: keyof KeptFigures): string | null {
  const tick = libraryTick(db);
  return tick === null ? null : readKeptFigures(db, eventId, tick, BUILD_ID, part);
}

/**
 * Reads the event's versions once for its figures and its statements of no
 * figure (the Figures view asks for both), and keeps them in the library at
 * the clock's reading from before anything was read.
 */
function workOut(db: ReadableDb, eventId: number): { figures: EventFigure[]; packed: PackedFigures; noFigures: NoFigureStatement[] } {
  const tick = libraryTick(db);
  const versions = eventVersions(db, eventId);
  const directory = listSources(db);
  const figures = buildEventFigures(versions, loadCuration(db, eventId), directory);
  const noFigures = noFigureStatements(versions, directory);
  const packed = packFigures(figures);
  // a write by another process while this ran moved the clock past `tick`: what is kept is stale at once, never wrong
  if (tick !== null) keepFigures(db, eventId, tick, BUILD_ID, { figures: JSON.stringify(packed), noFigures: JSON.stringify(noFigures) });
  return { figures, packed, noFigures };
}
