// An event's figures, and the researcher's actions on them: each action goes
// to the engine, which answers with the figures as they now stand. They come
// packed (core/compare/figurePack) and are unpacked here, once per answer.
import { useCallback, useMemo, useState } from 'react';
import { unpackFigures } from '../../../main/core/compare/figurePack';
import type { EventFigure, FigureAction } from '../../../main/core/model';
import { errorText } from '../data/api';
import { useRead, write } from '../data/library';

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

  // unpacked once per answer: every view of the figures reads the same objects
  const figures = useMemo(() => (read.data ? unpackFigures(read.data) : null), [read.data]);
  return { figures, loadError: read.data ? null : read.error, actionError, busy, act };
}
