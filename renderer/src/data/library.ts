// The renderer's one way of reading and writing the library. A read is kept
// under its channel and argument, shared by every screen that asks the same
// question, and read again only when a write changes it (changes.ts says
// which): no screen counts reloads or passes them on.
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { ArgOf, ResultOf } from '../../../main/ipc/contract';
import { call, errorText } from './api';
import { CHANGES, type ActionChannel, type ReadChannel, type WriteChannel } from './changes';

export const libraryCache = new QueryClient({
  defaultOptions: {
    queries: {
      // the library changes only through writes, which say what they change
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      // the engine's refusals are final and written for the researcher: asking again would only delay them
      retry: false,
      // an event's figures run to megabytes: comparing old and new answers key by key would cost more than it saves
      structuralSharing: false,
    },
  },
});

function keyOf<C extends ReadChannel>(channel: C, arg: ArgOf<C>): readonly unknown[] {
  return arg === undefined ? [channel] : [channel, arg];
}

export interface Read<T> {
  /** The answer, or the one kept from before while it is read again; undefined until the first arrives. */
  data: T | undefined;
  /** Why the last reading failed, in one line. */
  error: string | null;
}

function asked<C extends ReadChannel>(channel: C, arg: ArgOf<C>): () => Promise<ResultOf<C>> {
  return () => (call as (c: C, a: ArgOf<C>) => Promise<ResultOf<C>>)(channel, arg);
}

/** Reads through the cache, outside a component (a form that needs a version's text once). */
export function read<C extends ReadChannel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
  return libraryCache.fetchQuery({ queryKey: keyOf(channel, arg), queryFn: asked(channel, arg) });
}

/** Reads into the cache ahead of a screen likely to ask, showing nothing; an answer kept and not changed since is not asked again. */
export function prefetch<C extends ReadChannel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C> | undefined> {
  const queryKey = keyOf(channel, arg);
  return libraryCache.prefetchQuery({ queryKey, queryFn: asked(channel, arg) }).then(() => libraryCache.getQueryData<ResultOf<C>>(queryKey));
}

/** Reads through the cache; `null` for an argument not known yet (no version chosen) reads nothing. */
export function useRead<C extends ReadChannel>(channel: C, arg: ArgOf<C> | null): Read<ResultOf<C>> {
  const query = useQuery({
    queryKey: arg === null ? [channel, null] : keyOf(channel, arg),
    queryFn: asked(channel, arg as ArgOf<C>),
    enabled: arg !== null,
  });
  return { data: query.data, error: query.error ? errorText(query.error) : null };
}

/** The read whose answer a write's own answer is (`figures:act` answers the event's figures as they now stand). */
export interface Answers<T> {
  channel: ReadChannel;
  arg: unknown;
  /** The kept answer made from the write's (by default, the write's answer itself). */
  update?(kept: unknown, value: T): unknown;
}

/**
 * Writes, then has every kept read the write changes read again, and resolves
 * once the reads on screen are: what a screen shows after a write is the
 * library as the write left it. A read the write answers is updated in place
 * from the answer instead of being asked again.
 */
export async function write<C extends WriteChannel>(channel: C, arg: ArgOf<C>, answers?: Answers<ResultOf<C>>): Promise<ResultOf<C>> {
  const value = await (call as (c: C, a: ArgOf<C>) => Promise<ResultOf<C>>)(channel, arg);
  const answered = answers && keyOf(answers.channel, answers.arg as never);
  if (answers && answered) {
    libraryCache.setQueryData(answered, (kept: unknown) => (answers.update ? answers.update(kept, value) : value));
  }
  const same = (key: readonly unknown[]): boolean => answered !== undefined && JSON.stringify(key) === JSON.stringify(answered);
  await Promise.all(
    CHANGES[channel].map((read) => libraryCache.invalidateQueries({ queryKey: [read], predicate: (q) => !same(q.queryKey) })),
  );
  return value;
}

/** Runs an action: neither kept nor changing what is kept (a picker, a diff with its cancel, an export). */
export function perform<C extends ActionChannel>(channel: C, ...[arg]: ArgOf<C> extends void ? [] : [ArgOf<C>]): Promise<ResultOf<C>> {
  return (call as (c: C, a: ArgOf<C> | undefined) => Promise<ResultOf<C>>)(channel, arg);
}
