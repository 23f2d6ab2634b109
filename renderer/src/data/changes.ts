// Which answers of the engine a screen may keep, and which of them each write
// makes out of date. Every channel of the contract is one of three kinds:
//   reads    answers kept and shared by every screen that asks the same
//            question, until a write changes them;
//   writes   change the library, and name the reads they change;
//   actions  neither kept nor changing what is kept (pickers, a diff run
//            with a cancel, an export, the integrity check).
// The compiler checks that every channel is listed once.
import type { Channel } from '../../../main/ipc/contract';

export const READS = [
  'app:info',
  'events:list',
  'events:trashed',
  'events:figures',
  'events:noFigures',
  'figures:log',
  'outlets:list',
  'sources:list',
  'articles:list',
  'versions:get',
  'library:search',
  'claims:list',
  'claims:history',
  'history:list',
] as const satisfies readonly Channel[];

export type ReadChannel = (typeof READS)[number];

/** Every read a logged action changes (a version's bytes never change, but its corrected details show in versions:get). */
const UNDONE = [
  'events:list',
  'events:trashed',
  'events:figures',
  'events:noFigures',
  'figures:log',
  'outlets:list',
  'sources:list',
  'articles:list',
  'versions:get',
  'library:search',
  'claims:list',
  'claims:history',
  'history:list',
] as const satisfies readonly ReadChannel[];

/** What every write makes out of date; a versions' bytes never change, so nothing changes `versions:get`. */
export const CHANGES = {
  'events:create': ['events:list'],
  // an event's name shows in search results (notes) and in the trash
  'events:rename': ['events:list', 'events:trashed', 'library:search', 'history:list'],
  'events:trash': ['events:list', 'events:trashed', 'library:search', 'history:list'],
  'events:restore': ['events:list', 'events:trashed', 'library:search', 'history:list'],
  // the article leaves one event's lists and figures for another's
  'articles:move': ['events:list', 'articles:list', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  // versions change article: lists, a version's article and heading, the figures' by-article view and the search results' article names
  'articles:merge': ['events:list', 'articles:list', 'versions:get', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  'articles:split': ['events:list', 'articles:list', 'versions:get', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  'articles:file': ['events:list', 'articles:list', 'events:figures', 'events:noFigures', 'history:list'],
  'articles:unfile': ['events:list', 'articles:list', 'events:figures', 'events:noFigures', 'history:list'],
  'import:run': ['events:list', 'articles:list', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  // a figure's notes are searched; the log lists the action
  'figures:act': ['events:figures', 'figures:log', 'library:search', 'history:list'],
  // names and grades resolve who says what, in the figures and in search
  'sources:edit': ['sources:list', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  'articles:markCopy': ['articles:list', 'events:figures', 'events:noFigures', 'history:list'],
  // an outlet's name shows in the lists, the reader and the figures' own-voice rows
  'outlets:rename': ['outlets:list', 'articles:list', 'versions:get', 'events:figures', 'events:noFigures', 'history:list'],
  // a corrected headline, outlet or time shows in the lists, the reader, the figures' sources and search
  'metadata:edit': ['articles:list', 'versions:get', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  'claims:review': ['claims:list', 'claims:history', 'events:figures', 'figures:log', 'library:search', 'history:list'],
  'claims:add': ['claims:list', 'claims:history', 'events:figures', 'figures:log', 'library:search', 'history:list'],
  'claims:override': ['claims:list', 'claims:history', 'events:figures', 'figures:log', 'library:search', 'history:list'],
  // a reopened claim replaced by the extraction leaves the history's line about it
  'claims:extract': ['claims:list', 'claims:history', 'events:figures', 'events:noFigures', 'library:search', 'history:list'],
  // an undo may be of any action: it changes whatever that action changed
  'history:undo': UNDONE,
  'history:undoLatest': UNDONE,
} as const satisfies Partial<Record<Channel, readonly ReadChannel[]>>;

export type WriteChannel = keyof typeof CHANGES;

export const ACTIONS = [
  'library:check',
  'versions:diff',
  'work:cancel',
  'dialog:pickImportPaths',
  'dialog:pickFolder',
  'reports:export',
  'reports:open',
] as const satisfies readonly Channel[];

export type ActionChannel = (typeof ACTIONS)[number];

type Exhaustive<Listed, All> = [All] extends [Listed] ? ([Listed] extends [All] ? true : never) : never;
const everyChannel: Exhaustive<ReadChannel | WriteChannel | (typeof ACTIONS)[number], Channel> = true;
void everyChannel;

export type ChannelKind = 'read' | 'write' | 'action';

/** The kind of a channel named at run time. */
export function kindOf(channel: Channel): ChannelKind {
  if ((READS as readonly string[]).includes(channel)) return 'read';
  if (channel in CHANGES) return 'write';
  return 'action';
}
