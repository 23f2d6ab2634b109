// Paragraphs, sentences and tagged tokens, with offsets into the whole text.
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences, type Paragraph } from '../../../main/core/text/sentences';
import { tagSentence, tagSentences } from '../../../main/core/extract/tokens';
import { claimOn, claimsIn } from './claims';

const sentences = (text: string, start = 0): string[] => splitSentences({ text, start }).map((s) => s.text);

/** Every paragraph and sentence must be the text found at its offset. */
function expectAtOffsets(text: string, paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    for (const s of splitSentences(p)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  }
}

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps each paragraph’s offset (wire-bukamal)', () => {
    const text = 'Death toll from US strikes in eastern Syria rises to 22, monitor says\n\nBEIRUT, Feb 26 - The number of fighters killed has risen to 22.\n\n\nThe Pentagon has not released a casualty figure.\n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Death toll from US strikes in eastern Syria rises to 22, monitor says',
      'BEIRUT, Feb 26 - The number of fighters killed has risen to 22.',
      'The Pentagon has not released a casualty figure.',
    ]);
    expectAtOffsets(text, paragraphs);
  });

  it('treats a line of spaces between paragraphs as blank, and CRLF line ends too', () => {
    const text = 'First paragraph.\r\n   \r\nSecond paragraph.';
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });

  it('cuts one huge paragraph into bounded pieces that still sit at their offsets', () => {
    const text = 'Police said 17 people were detained. '.repeat(3000).trim();
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(Math.max(...paragraphs.map((p) => p.text.length))).toBeLessThanOrEqual(20_000);
    expectAtOffsets(text, paragraphs);
    expect(paragraphs.map((p) => p.text).join(' ')).toBe(text);
  });
});

describe('splitSentences', () => {
  it('keeps titles with the name after them: "Mr. Smith", "Gen. Jones"', () => {
    expect(sentences('Mr. Smith said 40 people were hurt. Gen. Jones said 12 soldiers died.')).toEqual([
      'Mr. Smith said 40 people were hurt.',
      'Gen. Jones said 12 soldiers died.',
    ]);
  });

  it('keeps "U.S. troops" whole', () => {
    expect(sentences('U.S. troops killed 12 militants. The Pentagon confirmed it.')).toEqual(['U.S. troops killed 12 militants.', 'The Pentagon confirmed it.']);
    expect(sentences('The U.S. said 12 were killed. Officials agreed.')).toEqual(['The U.S. said 12 were killed.', 'Officials agreed.']);
  });

  it('keeps "Dr." and initials inside the sentence', () => {
    expect(sentences('"Three people were killed," said Dr. Ahmed Hassan. He added that J. R. Smith had left.')).toEqual([
      '"Three people were killed," said Dr. Ahmed Hassan.',
      'He added that J. R. Smith had left.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(sentences('"We counted 40 bodies." The doctor said more were missing.')).toEqual(['"We counted 40 bodies."', 'The doctor said more were missing.']);
    expect(sentences('“Three people were killed,” he said. “Another two are missing.”')).toEqual(['“Three people were killed,” he said.', '“Another two are missing.”']);
  });

  it('does not end a sentence at a comma inside a quotation', () => {
    expect(sentences('"We counted 40 bodies," the doctor said.')).toEqual(['"We counted 40 bodies," the doctor said.']);
  });

  it('ends at "?" and "!"', () => {
    expect(sentences('Is it over? Talks resume on Monday! Nobody knows.')).toEqual(['Is it over?', 'Talks resume on Monday!', 'Nobody knows.']);
  });

  it('ends at a line break inside a paragraph, so a heading does not run into the next line (cbs-bukamal)', () => {
    expect(sentences('Iran restricts UN nuclear inspectors\nAn administration official confirmed it.')).toEqual([
      'Iran restricts UN nuclear inspectors',
      'An administration official confirmed it.',
    ]);
  });

  it('keeps a decimal point and a thousands separator inside the sentence', () => {
    expect(sentences('The storm left 1.5 million homes without power. About 1,200 were restored.')).toEqual([
      'The storm left 1.5 million homes without power.',
      'About 1,200 were restored.',
    ]);
  });

  it('gives offsets into the whole text', () => {
    const text = 'Carrow pension protest draws crowd of 20,000, police say\n\nCARROW, March 15 - About 20,000 people marched. Police said 17 were detained.';
    expectAtOffsets(text, splitParagraphs(text));
    const second = splitParagraphs(text)[1]!;
    expect(splitSentences(second).map((s) => s.start)).toEqual([text.indexOf('CARROW'), text.indexOf('Police said')]);
  });
});

describe('tagSentence', () => {
  it('keeps "1,500", "54-46" and "U.S." as single tokens at their offsets', () => {
    const text = 'Senators voted 54-46 after U.S. officials said 1,500 troops would go.';
    const { tokens, start, end } = tagSentence({ text, start: 0 });
    expect([start, end]).toEqual([0, text.length]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = tokens.map((t) => t.text);
    expect(words).toContain('54-46');
    expect(words).toContain('1,500');
    expect(words).toContain('U.S.');
  });

  it('shifts offsets by the sentence’s start in the text', () => {
    const text = 'Headline\n\nPolice said 17 people were detained.';
    const start = text.indexOf('Police');
    const { tokens } = tagSentence({ text: text.slice(start), start });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === '17')?.pos).toBe('NUM');
  });

  it('tags the number NUM and the full stop PUNCT, with lower-case forms', () => {
    const { tokens } = tagSentence({ text: 'Police detained 17 protesters.', start: 0 });
    expect(tokens.map((t) => t.lower)).toEqual(['police', 'detained', '17', 'protesters', '.']);
    expect(tokens[2]!.pos).toBe('NUM');
    expect(tokens[4]!.pos).toBe('PUNCT');
  });
});

describe('tagSentences', () => {
  const text =
    'Rescuers said 14 people died.\n\nThe “fishermen’s” union said 3,000 boats stayed in port.\n\nIt said 14 had died, not 41. Officials gave no figure. A third boat sank.';
  const found = splitParagraphs(text).flatMap((p) => splitSentences(p));

  it('tags many sentences in one call exactly as it tags each alone, offsets and curly quotes included', () => {
    const together = tagSentences(found);
    expect(together).toHaveLength(found.length);
    together.forEach((s, i) => {
      expect(s).toEqual(tagSentence(found[i]!));
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
    expect(together[1]!.tokens.map((t) => t.text)).toContain('“');
  });

  it('gives a sentence with no tokens an empty list, and keeps the ones after it in place', () => {
    const withBlank = [found[0]!, { text: ' ', start: 0 }, found[2]!];
    const together = tagSentences(withBlank);
    expect(together[1]!.tokens).toEqual([]);
    expect(together[2]).toEqual(tagSentence(found[2]!));
  });
});

describe('paragraphs and sentences in extraction', () => {
  it('a heading without a full stop does not merge with the sentence after it (cbs-bukamal)', () => {
    const text =
      'Iran restricts UN nuclear inspectors\n\n\nAn administration official confirmed that Biden’s team had selected the targets as part of a calibrated response aimed at accomplishing three things.';
    const c = claimOn(text, 'three');
    expect(c.sentence.startsWith('An administration official')).toBe(true);
    expect(c.source).toContain('administration official');
  });

  it('a teaser line with no stop stays apart from the paragraph after it (cbs-bukamal-r2)', () => {
    const text = 'Sullivan: Biden is ready for talks with Iran, promises to re …\n\n\nLast week, a rocket attack in Erbil killed a contractor and wounded four US contractors.';
    const four = claimOn(text, 'four');
    expect(four.sentence.startsWith('Last week')).toBe(true);
  });

  it('every claim sits inside its sentence, and its sentence inside the text (whole corpus article)', () => {
    const text = [
      'Tens of thousands march in Carrow against pension reform',
      'Published Saturday 14 March, 19:05',
      "Tens of thousands of people marched through central Carrow on Saturday against the government's plan to raise the pension age, in the largest demonstration the city has seen in a decade.",
      'Police estimated the crowd at 18,000, while the organisers, a coalition of 14 unions, said 65,000 people took part.',
      'Officers made 12 arrests after a group of about 200 masked protesters broke away from the march and smashed shop windows near the central station, a police spokeswoman said. Three officers were slightly injured.',
    ].join('\n\n');
    const claims = claimsIn(text);
    expect(claims.length).toBeGreaterThanOrEqual(7);
    for (const c of claims) {
      expect(c.sentence).toContain(c.words);
      expect(c.sentence).not.toMatch(/\n/);
    }
    expect(claims.find((c) => c.words === 'Three')?.sentence).toBe('Three officers were slightly injured.');
  });
});
