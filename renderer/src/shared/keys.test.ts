import { describe, expect, it } from 'vitest';
import { isUndoKey, stepTo } from './keys';

describe('moving through a list with the keys', () => {
  it('moves by one, by ten, and to the ends, never past them', () => {
    expect(stepTo('ArrowDown', 3, 20)).toBe(4);
    expect(stepTo('k', 3, 20)).toBe(2);
    expect(stepTo('PageDown', 15, 20)).toBe(19);
    expect(stepTo('PageUp', 4, 20)).toBe(0);
    expect(stepTo('Home', 12, 20)).toBe(0);
    expect(stepTo('End', 2, 20)).toBe(19);
    expect(stepTo('ArrowUp', 0, 20)).toBe(0);
  });

  it('starts at the first row when none is chosen, or the last for End', () => {
    expect(stepTo('ArrowDown', -1, 5)).toBe(0);
    expect(stepTo('ArrowUp', -1, 5)).toBe(0);
    expect(stepTo('End', -1, 5)).toBe(4);
  });

  it('does not move for other keys, nor in an empty list', () => {
    expect(stepTo('x', 2, 5)).toBeNull();
    expect(stepTo('ArrowDown', -1, 0)).toBeNull();
  });

  it('keeps to the keys a list names', () => {
    const arrows = { ArrowDown: 1, ArrowUp: -1 };
    expect(stepTo('j', 1, 5, arrows)).toBeNull();
    expect(stepTo('ArrowUp', 1, 5, arrows)).toBe(0);
  });
});

describe('the undo key', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('is Ctrl+Z or Cmd+Z, in either letter case, and never with Shift or Alt', () => {
    expect(isUndoKey(key('z', { ctrlKey: true }))).toBe(true);
    expect(isUndoKey(key('Z', { metaKey: true }))).toBe(true);
    expect(isUndoKey(key('z'))).toBe(false);
    expect(isUndoKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndoKey(key('z', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isUndoKey(key('y', { ctrlKey: true }))).toBe(false);
  });
});
