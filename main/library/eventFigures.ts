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
import { packFigures, type PackedFigures } from '../core/compare/figurePack';
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
 * once, not on every view.
 */
export function eventFigures(db: ReadableDb, eventId: number): EventFigure[] {
  return keptUntilChange(db, 'figures', eventId, () => eventFigureSet(db, eventId).figures);
}

/** The event's figures packed to travel to the app (core/compare/figurePack), kept the same way: packing 20,000 members is not free either. */
export function packedEventFigures(db: ReadableDb, eventId: number): PackedFigures {
  return keptUntilChange(db, 'figures-packed', eventId, () => packFigures(eventFigures(db, eventId)));
}

/** Where the event's sources said they gave no figure ("did not name any casualties"), kept the same way. */
export function eventNoFigures(db: ReadableDb, eventId: number): NoFigureStatement[] {
  return keptUntilChange(db, 'no-figures', eventId, () => noFigureStatements(eventVersions(db, eventId), listSources(db)));
}
