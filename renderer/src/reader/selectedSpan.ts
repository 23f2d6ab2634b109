// Where the reader's selection stands in a version's text, as offsets: the
// text box holds the text and nothing else (text nodes and <mark>s), so the
// length of what comes before the selection is its start. Spaces at either
// end of the selection are left out.

export interface SelectedSpan {
  start: number;
  end: number;
  words: string;
}

export function selectedSpan(box: HTMLElement, selection: Selection | null): SelectedSpan | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(box, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const lead = raw.length - raw.trimStart().length;
  const words = raw.trim();
  if (!words) return null;
  const start = before.toString().length + lead;
  return { start, end: start + words.length, words };
}
