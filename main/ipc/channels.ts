// The channel and push-event names at run time, for the preload and the web
// shell to build their one-function-per-channel bridges from. The compiler
// checks the lists against the contract both ways: a channel missing here, or
// one here that the contract does not have, fails the typecheck.
import type { Channel, PushEvent } from './contract';

type Exhaustive<Listed, All> = [All] extends [Listed] ? ([Listed] extends [All] ? true : never) : never;

export const CHANNELS = [
  'app:info',
  'events:list',
  'events:create',
  'events:rename',
  'events:trash',
  'events:restore',
  'events:trashed',
  'events:figures',
  'events:noFigures',
  'figures:act',
  'figures:log',
  'outlets:list',
  'outlets:rename',
  'sources:list',
  'sources:edit',
  'articles:markCopy',
  'articles:list',
  'articles:move',
  'articles:merge',
  'articles:split',
  'articles:file',
  'articles:unfile',
  'metadata:edit',
  'versions:get',
  'library:search',
  'library:check',
  'versions:diff',
  'work:cancel',
  'import:run',
  'dialog:pickImportPaths',
  'dialog:pickFolder',
  'reports:export',
  'reports:open',
  'claims:list',
  'claims:review',
  'claims:add',
  'claims:override',
  'claims:history',
  'claims:extract',
  'history:list',
  'history:undo',
  'history:undoLatest',
] as const satisfies readonly Channel[];

export const PUSH_EVENTS = ['import:progress', 'report:progress', 'library:waiting'] as const satisfies readonly PushEvent[];

const channelsComplete: Exhaustive<(typeof CHANNELS)[number], Channel> = true;
const eventsComplete: Exhaustive<(typeof PUSH_EVENTS)[number], PushEvent> = true;
void channelsComplete;
void eventsComplete;

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}
