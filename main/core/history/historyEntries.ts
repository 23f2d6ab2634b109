// The history's entries from the logs' rows: rows written at the same moment
// are one action (a review carried to other versions, several fields
// corrected at once, a merge of several figures, an override's edit and its
// note), told in one line. An action can be undone while nothing later has
// changed what it changed; otherwise the line says which later action stands
// in the way, and undoing that one first clears the way.
import { HISTORY_LOGS, historyKey, type Describing, type HistoryEntry, type HistoryNames, type HistoryRef, type HistoryRow } from './historyModel';

/** What the history knows of each row's kind, and which undos the library holds. */
export interface HistoryContext {
  names: HistoryNames;
  /** How a row's kind is told; undefined for a kind the history does not know. */
  describing(row: HistoryRow): Describing | undefined;
  /** Whether the engine has an undo for the row's kind. */
  undoable(row: HistoryRow): boolean;
  /** Each undo (by its entry's key) and the entry it undid. */
  undone: ReadonlyMap<string, HistoryRef>;
  /** The rows of an older entry the loaded rows do not reach (the action an undo undid). */
  rowsOf(ref: HistoryRef): readonly HistoryRow[];
}

const logOrder = (row: HistoryRow): number => HISTORY_LOGS.indexOf(row.log);

/** Rows (any order) as actions, newest first; each action's rows in log order, then oldest first. */
export function groupActions(rows: readonly HistoryRow[]): HistoryRow[][] {
  const byAt = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const group = byAt.get(row.at);
    if (group) group.push(row);
    else byAt.set(row.at, [row]);
  }
  return [...byAt.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([, group]) => group.sort((a, b) => logOrder(a) - logOrder(b) || a.id - b.id));
}

/** An action's rows in runs of one log and one kind, each told by its kind. */
export function describeRows(rows: readonly HistoryRow[], ctx: Pick<HistoryContext, 'describing' | 'names'>): string {
  const runs: HistoryRow[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    // kinds told alike are one run: several fields corrected at once are one correction
    if (last && last[0]!.log === row.log && ctx.describing(last[0]!)?.describe === ctx.describing(row)?.describe) last.push(row);
    else runs.push([row]);
  }
  return runs
    .map((run) => ctx.describing(run[0]!)?.describe(run, ctx.names) ?? `${run[0]!.kind} (${run[0]!.log})`)
    .map((text, i) => (i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1)))
    .join('; ');
}

export function refOf(rows: readonly HistoryRow[]): HistoryRef {
  return { log: rows[0]!.log, id: rows[0]!.id };
}

/** Everything an action changes. */
function touchesOf(rows: readonly HistoryRow[], ctx: HistoryContext): Set<string> {
  return new Set(rows.flatMap((row) => ctx.describing(row)?.touches(row) ?? []));
}

/** Why the action's kinds cannot be undone at all, or null. */
function unsupported(rows: readonly HistoryRow[], ctx: HistoryContext): string | null {
  for (const row of rows) {
    const kind = ctx.describing(row);
    if (kind?.cannotUndo) return `Cannot be undone here: ${kind.cannotUndo}.`;
    const refused = kind?.refuses?.(row);
    if (refused) return `Cannot be undone here: ${refused}.`;
    if (!kind || !ctx.undoable(row)) return 'Tally cannot undo this kind of action yet.';
  }
  return null;
}

/** The first question any of the action's kinds asks before it is undone. */
function asksOf(rows: readonly HistoryRow[], ctx: HistoryContext): string | null {
  for (const row of rows) {
    const asked = ctx.describing(row)?.asks?.(rows.filter((r) => r.log === row.log && r.kind === row.kind), ctx.names);
    if (asked) return asked;
  }
  return null;
}

function listIn(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * The entries of `actions` (newest first, as groupActions gives them). Only
 * the newer actions in `actions` are looked at for what stands in the way,
 * so `actions` must hold every action newer than the oldest one asked about.
 */
export function historyEntries(actions: readonly (readonly HistoryRow[])[], ctx: HistoryContext): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  // for each entry (newest first, as `entries`): whether a later undo that stands took it back
  const cancelled: boolean[] = [];
  // each entry's index by its key; the undos of each entry; the entries that changed each thing
  const indexOf = new Map<string, number>();
  const undosOf = new Map<string, number[]>();
  const touchedBy = new Map<string, number[]>();
  const actionOf = new Map(actions.map((rows) => [historyKey(refOf(rows)), rows]));
  for (const rows of actions) {
    const ref = refOf(rows);
    const own = historyKey(ref);
    // an undo is told by what it undid at the root: undone once "Undid", twice "Redid", and so on
    let root = ref;
    let depth = 0;
    for (let next = ctx.undone.get(historyKey(root)); next; next = ctx.undone.get(historyKey(root))) {
      root = next;
      depth += 1;
    }
    const rootRows = depth === 0 ? rows : (actionOf.get(historyKey(root)) ?? ctx.rowsOf(root));
    const told = rootRows.length > 0 ? describeRows(rootRows, ctx) : 'an action no longer in the log';
    const description = depth === 0 ? told : `${depth % 2 === 1 ? 'Undid' : 'Redid'}: ${told}`;

    const touches = touchesOf(rows, ctx);
    const undoes = ctx.undone.get(own) ?? null;
    // an undo no later entry took back cancels the entry it undid
    cancelled.push((undosOf.get(own) ?? []).some((j) => !cancelled[j]));
    // the oldest newer action that changed any of the same things, leaving out those undone since and the undos of newer ones
    let blocker = -1;
    for (const thing of touches) {
      const by = touchedBy.get(thing) ?? [];
      for (let i = by.length - 1; i >= 0 && by[i]! > blocker; i--) {
        const j = by[i]!;
        const undid = entries[j]!.undoes;
        if (cancelled[j] || (undid && indexOf.has(historyKey(undid)))) continue;
        blocker = j;
        break;
      }
    }
    let why = unsupported(rows, ctx);
    if (!why && blocker >= 0) {
      const later = entries[blocker]!;
      const undidThis = later.undoes !== null && historyKey(later.undoes) === own;
      why = undidThis ? `Already ${later.isUndo ? 'undone' : 'redone'} by a later entry.` : `Changed again later (${later.description}): undo that first.`;
    }
    const eventRow = rows.find((r) => r.eventId !== null);
    const index = entries.length;
    entries.push({
      ref,
      at: rows[0]!.at,
      description,
      eventId: eventRow?.eventId ?? null,
      eventName: eventRow ? ctx.names.event(eventRow.eventId!) : null,
      canUndo: why === null,
      why,
      undoes,
      isUndo: depth % 2 === 1,
      asks: asksOf(rows, ctx),
    });
    indexOf.set(own, index);
    if (undoes) listIn(undosOf, historyKey(undoes)).push(index);
    for (const thing of touches) listIn(touchedBy, thing).push(index);
  }
  return entries;
}
