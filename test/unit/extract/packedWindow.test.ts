// A planned and tagged window packed for another thread and unpacked there:
// the paragraphs, sentences and hints as planWindows read them, and each
// tagged sentence's tokens as the tagger gave them, strings and offsets alike.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packWindow, TokenPacker, unpackWindow, type PackedWindow } from '../../../main/core/extract/packedWindow';
import { planWindows, type PlannedWindow } from '../../../main/core/extract/planWindows';
import { readTokens, tagSentences } from '../../../main/core/extract/tokens';
import type { SentenceText } from '../../../main/core/text/sentences';

/** The window with `sentences` tagged, packed as the tagging worker packs it, and cloned as its message arrives. */
function sent(window: PlannedWindow, sentences: readonly SentenceText[]): PackedWindow {
  const packer = new TokenPacker(sentences.length);
  readTokens(sentences, packer.take);
  return deserialize(serialize(packWindow(window, sentences, packer))) as PackedWindow;
}

describe('a packed window', () => {
  // curly quotes, a domain name, a hyphenated magnitude and a capitalised word inside a name: the tokens the tagger's
  // output is repaired for, whose text or tag is not the tagger's own; a dateline, which the paragraph is read without
  const text = [
    'Quake strikes off Taiwan',
    'TAIPEI (Reuters) - The “fishermen’s” union said 3,000 boats stayed in port, officials at example.com said.',
    'A magnitude-7.8 quake struck, the U.S. Geological Survey said. It told the Associated Press that 14 people died.',
    'Nobody was hurt.',
  ].join('\n\n');
  const [window] = [...planWindows(text)];
  const candidates = window!.candidates;
  const tags = tagSentences(candidates);

  it('unpacks the paragraphs as they were read, and each tagged sentence as tagSentences gives it, repaired tokens and all', () => {
    const { paragraphs, tagged } = unpackWindow(text, sent(window!, candidates));
    expect(paragraphs).toEqual(window!.paragraphs);
    expect(paragraphs[1]!.paragraph.text.startsWith('The “fishermen’s”')).toBe(true);
    const unpacked = paragraphs.flatMap((p) => p.sentences.filter((_, i) => p.hints[i]));
    expect(unpacked.map(tagged)).toEqual(tags);
    expect(tagged(unpacked[1]!).tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['magnitude', '-', '7.8']));
    expect(tagged(unpacked[0]!).tokens.map((t) => t.text)).toContain('example.com');
  });

  it('refuses a sentence that was not tagged, as a fault in the plan', () => {
    const { paragraphs, tagged } = unpackWindow(text, sent(window!, candidates.slice(1)));
    const untagged = paragraphs[1]!.sentences[0]!;
    expect(() => tagged(untagged)).toThrow(/was not tagged ahead/);
    expect(() => tagged(paragraphs[3]!.sentences[0]!)).toThrow(/was not tagged ahead/);
  });

  it('refuses to pack a sentence that is not one of the window’s', () => {
    expect(() => sent(window!, [{ ...candidates[0]! }])).toThrow(/not one of the window's/);
  });
});
