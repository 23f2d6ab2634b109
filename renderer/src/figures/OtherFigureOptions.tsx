// The event's other figures as the options of a list (merge into, move to).
// An event can have a thousand: drawn once per list opened, not per render.
import { memo } from 'react';
import type { EventFigure, FigureRef } from '../../../main/core/model';

export const OtherFigureOptions = memo(function OtherFigureOptions(props: { figures: EventFigure[]; except: FigureRef }) {
  return props.figures
    .filter((f) => f.ref !== props.except)
    .map((f) => (
      <option key={f.ref} value={f.ref}>
        {f.label} ({f.members.length})
      </option>
    ));
});
