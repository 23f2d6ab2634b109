// An event's figures, and the researcher's actions on them: each action goes
// to the engine, which answers with the figures as they now stand.
import { useCallback, useEffect, useState } from 'react';
import type { EventFigure, FigureAction } from '../../../main/core/model';
import { call, errorText } from '../api';

export interface EventFigures {
  figures: EventFigure[] | null;
  loadError: string | null;
  /** The last action's refusal, in one line; cleared by the next success. */
  actionError: string | null;
  busy: boolean;
  act(action: FigureAction): Promise<boolean>;
  reload(): void;
}

export function useEventFigures(eventId: number, revision: number): EventFigures {
  const [loaded, setLoaded] = useState<{ eventId: number; figures: EventFigure[] } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    call('events:figures', { eventId }).then(
      (figures) => {
        if (!live) return;
        setLoaded({ eventId, figures });
        setLoadError(null);
      },
      (e: unknown) => live && setLoadError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [eventId, revision, reloads]);

  const act = useCallback(
    async (action: FigureAction): Promise<boolean> => {
      setBusy(true);
      try {
        const figures = await call('figures:act', { eventId, action });
        setLoaded({ eventId, figures });
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

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { figures: loaded?.eventId === eventId ? loaded.figures : null, loadError, actionError, busy, act, reload };
}
