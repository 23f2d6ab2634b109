// A <dialog> shown as a modal while `open` (the browser then keeps focus in
// it, closes it on Escape and makes the page behind it inert), and closed
// when `open` turns false. Every dialog of the app opens this one way.
import { useEffect, useRef, type RefObject } from 'react';

export function useModal(open = true): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
