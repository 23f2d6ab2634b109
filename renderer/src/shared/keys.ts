// The keyboard, once for every screen: where typed letters belong to a field
// (so a screen's single-letter keys stay out of its way), and how the keys
// that move through a list move.

/**
 * Whether a key pressed here types into a field or picks from one: text
 * inputs, text areas, selects and editable text. A checkbox, a radio or a
 * button is not such a place, so j, k or n still move from there.
 */
export function takesTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
}

/** How far each key moves through a list of rows: arrows and j/k by one, pages by ten, Home and End to the ends. */
export const LIST_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  j: 1,
  ArrowUp: -1,
  k: -1,
  PageDown: 10,
  PageUp: -10,
  Home: -Infinity,
  End: Infinity,
};

/**
 * The row a key moves to from row `at` of `length` rows (`at` < 0: none chosen
 * yet, so the first), or null for a key that does not move or a list with no
 * rows. `steps` narrows the keys (a list that leaves Home and End to its page).
 */
export function stepTo(key: string, at: number, length: number, steps: Readonly<Record<string, number>> = LIST_STEPS): number | null {
  const by = steps[key];
  if (by === undefined || length === 0) return null;
  if (at < 0) return by === Infinity ? length - 1 : 0;
  return Math.min(length - 1, Math.max(0, at + by));
}

/** Ctrl+Z, or Cmd+Z on a Mac: undo. With Shift (or Alt) it is not: Shift is the platforms' redo, left alone. */
export function isUndoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';
}
