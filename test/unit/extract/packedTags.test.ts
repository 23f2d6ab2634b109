// Tagged sentences packed for another thread and unpacked one at a time: the
// tokens come back as the tagger gave them, strings and offsets alike.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { PackedWindow, packSentences, type PackedSentences } from '../../../main/core/extract/packedTags';
import { tagSentences } from '../../../main/core/extract/tokens';
import { splitParagraphs, splitSentences } from '../../../main/core/text/sentences';

/** As a worker's message arrives: a structured clone. */
const sent = (packed: PackedSentences): PackedSentences => deserialize(serialize(packed)) as PackedSentences;

describe('packed tags', () => {
  // curly quotes, a domain name, a hyphenated magnitude and a capitalised word inside a name: the tokens the tagger's
  // output is repaired for, whose text or tag is not the tagger's own
  const text = [
    'The “fishermen’s” union said 3,000 boats stayed in port, officials at example.com said.',
    'A magnitude-7.8 quake struck, the U.S. Geological Survey said. It told the Associated Press that 14 people died.',
    'Nobody was hurt.',
  ].join('\n\n');
  const sentences = splitParagraphs(text).flatMap((p) => splitSentences(p));
  const tagged = tagSentences(sentences);

  it('unpacks every sentence as the tagger gave it', () => {
    const window = new PackedWindow(sentences, sent(packSentences(tagged)));
    sentences.forEach((s, i) => expect(window.sentence(s)).toEqual(tagged[i]));
    const magnitude = window.sentence(sentences[1]!)!.tokens.map((t) => t.text);
    expect(magnitude).toEqual(expect.arrayContaining(['magnitude', '-', '7.8']));
    expect(window.sentence(sentences[0]!)!.tokens.map((t) => t.text)).toContain('example.com');
  });

  it('answers nothing for a sentence it was not packed for, even one with the same text and start', () => {
    const window = new PackedWindow(sentences.slice(0, 2), sent(packSentences(tagged.slice(0, 2))));
    expect(window.sentence(sentences[3]!)).toBeUndefined();
    expect(window.sentence({ ...sentences[0]! })).toBeUndefined();
  });

  it('refuses tags packed for a different number of sentences', () => {
    expect(() => new PackedWindow(sentences, sent(packSentences(tagged.slice(1))))).toThrow(/sentences were tagged/);
  });
});
