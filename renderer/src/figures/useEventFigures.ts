// An event's figures, and the researcher's actions on them: each action goes
// to the engine, which answers with the figures as they now stand. They come
// packed (core/compare/figurePack) and are unpacked here, once per answer.
// They are read ahead while the event's articles are shown: a large event's
// figures take longer to read and unpack than a click should.
import { useCallback, useMemo, useState } from 'react';
import { unpackFigures, type PackedFigures } from '../../../main/core/compare/figurePack';
import type { EventFigure, FigureAction } from '../../../main/core/model';
import { errorText } from '../data/api';
import { prefetch, useRead, write } from '../data/library';

// unpacked once per answer: every view of the figures, and every time the view is opened, reads the same objects
const unpacked = new WeakMap<PackedFigures, EventFigure[]>();

function figuresOf(packed: PackedFigures): EventFigure[] {
  let figures = unpacked.get(packed);
  if (!figures) unpacked.set(packed, (figures = unpackFigures(packed)));
  return figures;
}

/** Reads an event's figures and statements of no figure ahead, and unpacks the figures once the page is idle. */
export function prefetchEventFigures(eventId: number): void {
  void prefetch('events:noFigures', { eventId });
  prefetch('events:figures', { eventId }).then(
    (packed) => packed && requestIdleCallback(() => figuresOf(packed)),
    // read ahead only: the view, opened, reads them again and says what failed
    () => {},
  );
}

export interface EventFigures {
  figures: EventFigure[] | null;
  loadError: string | null;
  /** The last action's refusal, in one line; cleared by the next success. */
  actionError: string | null;
  busy: boolean;
  act(action: FigureAction): Promise<boolean>;
}

export function useEventFigures(eventId: number): EventFigures {
  const read = useRead('events:figures', { eventId });
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = useCallback(
    async (action: FigureAction): Promise<boolean> => {
      setBusy(true);
      try {
        await write('figures:act', { eventId, action }, { channel: 'events:figures', arg: { eventId } });
        setActionError(null);
        return true;
      } catch (e) {
        setActionError(errorText(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [eventId],
  );

  const figures = useMemo(() => (read.data ? figuresOf(read.data) : null), [read.data]);
  return { figures, loadError: read.data ? null : read.error, actionError, busy, act };
}
