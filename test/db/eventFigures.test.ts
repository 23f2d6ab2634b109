// The events:figures channel on a real library: the four al Bukamal reports
// imported (claims extracted on import), then grouped into figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type WritableDb } from '../../db/connection';
import { reviewClaim } from '../../db/queries/claims';
import type { EventFigure } from '../../main/core/model';
import { handlers, type HandlerContext } from '../../main/ipc/handlers';
import { eventVersions } from '../../main/library/eventVersions';
import { importBukamal } from '../fixtures/bukamal';
import { unpackFigures } from '../../main/core/compare/figurePack';

let dir: string;
let db: WritableDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-figures-'));
  db = openLibrary(join(dir, 'library.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const importEvent = (): Promise<number> => importBukamal(db);

const figures = async (eventId: number): Promise<EventFigure[]> => unpackFigures(await handlers['events:figures']({ eventId }, { db } as HandlerContext));

describe('events:figures', () => {
  it('groups the event’s claims into figures: 17, 22, at least 17 and one killed in conflict', async () => {
    const eventId = await importEvent();
    const list = await figures(eventId);
    const killed = list.find((f) => f.members.some((m) => m.text === '22' && m.source === 'Syrian Observatory for Human Rights'))!;
    expect(killed.status).toBe('conflict');
    expect(killed.members.map((m) => m.text)).toEqual(expect.arrayContaining(['17', '22', 'at least 17', 'one']));
    expect(killed.members.every((m) => m.sentence.includes(m.text))).toBe(true);
    const injured = list.find((f) => f.members.some((m) => m.text === 'A total of six'))!;
    expect(injured.status).toBe('revised');
  });

  it('gives its figures again while the library is unchanged, and works them out again after any write, by this connection or another', async () => {
    const eventId = await importEvent();
    const packed = async () => handlers['events:figures']({ eventId }, { db } as HandlerContext);
    const first = await packed();
    expect(await packed()).toBe(first);
    const one = unpackFigures(first).flatMap((f) => f.members).find((m) => m.text === 'one')!;
    reviewClaim(db, { claimId: one.claimId, action: 'reject' }, '2021-02-27T09:00:00Z');
    const afterOwn = await packed();
    expect(afterOwn).not.toBe(first);
    expect(unpackFigures(afterOwn).flatMap((f) => f.members).some((m) => m.claimId === one.claimId)).toBe(false);

    const other = openLibrary(join(dir, 'library.sqlite'));
    try {
      reviewClaim(other, { claimId: one.claimId, action: 'reopen' }, '2021-02-27T09:01:00Z');
    } finally {
      other.close();
    }
    const afterOther = await figures(eventId);
    expect(afterOther.flatMap((f) => f.members).some((m) => m.claimId === one.claimId)).toBe(true);
  });

  it('leaves out claims the researcher rejected', async () => {
    const eventId = await importEvent();
    const killed = (await figures(eventId)).find((f) => f.members.some((m) => m.text === 'one'))!;
    const one = killed.members.find((m) => m.text === 'one')!;
    reviewClaim(db, { claimId: one.claimId, action: 'reject' }, '2021-02-27T09:00:00Z');
    const again = (await figures(eventId)).find((f) => f.members.some((m) => m.text === '22' && m.source === 'Syrian Observatory for Human Rights'))!;
    expect(again.members.some((m) => m.claimId === one.claimId)).toBe(false);
  });

  it('lists the statements of no figure, in the order the versions are read, with their sentences', async () => {
    const eventId = await importEvent();
    const list = await handlers['events:noFigures']({ eventId }, { db } as HandlerContext);
    expect(list.map((s) => s.text)).toEqual(expect.arrayContaining(['did not name any casualties', 'has not released a casualty figure']));
    const first = list[0]!;
    // the spokesman speaks for the Pentagon, which the wire names on its own
    expect(first.source).toBe('Pentagon');
    expect(first.sentence).toContain(first.text);
    // a wire whose captures all state their times is read at those times, before captures made earlier of pages that state none
    const order = eventVersions(db, eventId).map((v) => v.versionId);
    const positions = list.map((s) => order.indexOf(s.versionId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(list.map((s) => s.capturedAt)).not.toEqual([...list.map((s) => s.capturedAt)].sort());
    await expect(async () => handlers['events:noFigures']({ eventId: 999 }, { db } as HandlerContext)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('answers an unknown event with not-found', async () => {
    await expect(async () => figures(999)).rejects.toMatchObject({ code: 'not-found' });
  });
});
