// A PDF's runs of text to lines and paragraphs, on pages written by hand in
// the shapes real PDFs have: Chromium's (runs split at ligatures, an empty
// run marking a line's end), a word processor's (indented paragraphs, no
// space between them), a running header and page numbers.
import { describe, expect, it } from 'vitest';
import { layoutPdf, pageLines } from '../../../main/core/capture/pdfLayout';
import { lines, page, run } from '../../fixtures/pdfRuns';

const texts = (pages: Parameters<typeof layoutPdf>[0]): string[] => layoutPdf(pages).map((p) => p.text);

describe('lines', () => {
  it('joins the runs of a line, with a space only where the runs stand apart', () => {
    // Chromium draws "five-year-old conflict" as "…in the", " ", "fi", "ve-year-old con", "fl", "ict": the pieces touch
    const line = [
      run('escaped the worst of the violence in the', 72, 100, { width: 240, eol: false }),
      run(' ', 312, 100, { width: 6, eol: false }),
      run('fi', 318, 100, { width: 9, eol: false }),
      run('ve-year-old con', 327, 100, { width: 90, eol: false }),
      run('fl', 417, 100, { width: 9, eol: false }),
      run('ict,', 426, 100, { width: 20, eol: false }),
      run('saying', 452, 100, { width: 36 }),
    ];
    expect(pageLines(page(line)).map((l) => l.text)).toEqual(['escaped the worst of the violence in the five-year-old conflict, saying']);
  });

  it('ends a line at the end-of-line mark, and where the baseline moves without one', () => {
    const runs = [
      run('Bomb blasts killed scores of people', 72, 100, { eol: false }),
      run('', 72, 114), // pdf.js's mark, placed where the next line starts
      run('in Jableh and Tartous on Monday', 72, 114, { eol: false }),
      run('and wounded many others', 72, 128, { eol: false }),
    ];
    expect(pageLines(page(runs)).map((l) => l.text)).toEqual(['Bomb blasts killed scores of people', 'in Jableh and Tartous on Monday', 'and wounded many others']);
  });

  it('keeps a raised footnote mark on its line', () => {
    const runs = [run('killed 145 people', 72, 100, { eol: false, width: 100 }), run('1', 174, 96, { size: 7, width: 4 })];
    expect(pageLines(page(runs)).map((l) => l.text)).toEqual(['killed 145 people 1']);
  });
});

describe('paragraphs', () => {
  it('opens a paragraph at a gap wider than the lines’ spacing, and at a change of type size', () => {
    const pages = [
      page([
        ...lines(['Bombs kill more than 140 in Syrian', 'government-held cities: monitor'], 60, { size: 24, spacing: 28 }),
        ...lines(['BEIRUT Bomb blasts killed scores of people in Jableh and Tartous on', 'Syria’s Mediterranean coast on Monday, monitors and state media said.'], 130),
        ...lines(['Islamic State claimed responsibility for the attacks in the cities that', 'have up to now escaped the worst of the violence.'], 180),
      ]),
    ];
    expect(texts(pages)).toEqual([
      'Bombs kill more than 140 in Syrian government-held cities: monitor',
      'BEIRUT Bomb blasts killed scores of people in Jableh and Tartous on Syria’s Mediterranean coast on Monday, monitors and state media said.',
      'Islamic State claimed responsibility for the attacks in the cities that have up to now escaped the worst of the violence.',
    ]);
    expect(layoutPdf(pages).map((p) => p.size)).toEqual([24, 12, 12]);
  });

  it('opens a paragraph at an indented first line, and after a short line that ends a sentence, with no gap between', () => {
    const body = [
      run('The ministry said 12 people were killed and 40 wounded in the blast at the', 72, 100),
      run('market on Monday.', 72, 114),
      run('Officials said the toll could rise as rescuers searched the rubble of two', 72, 128),
      run('buildings near the square where the market is held every week.', 72, 142),
      run('A curfew was ordered in the town from nine in the evening until six in the', 90, 156),
      run('morning, the governor said in a statement read out on state television.', 72, 170),
    ];
    expect(texts([page(body)])).toEqual([
      'The ministry said 12 people were killed and 40 wounded in the blast at the market on Monday.',
      'Officials said the toll could rise as rescuers searched the rubble of two buildings near the square where the market is held every week.',
      'A curfew was ordered in the town from nine in the evening until six in the morning, the governor said in a statement read out on state television.',
    ]);
  });

  it('reads pages in order, and runs a paragraph on over a page break that falls inside a sentence', () => {
    const first = page(lines(['Rescuers pulled 14 people from the rubble of the collapsed apartment block', 'overnight, and officials said 26 people were still missing in the'], 700));
    const second = page([
      ...lines(['debris of the building in the southern city of Tainan.'], 60),
      ...lines(['The mayor said the search would go on through the night with heavy cranes', 'brought in from the north.'], 100),
    ]);
    expect(texts([first, second])).toEqual([
      'Rescuers pulled 14 people from the rubble of the collapsed apartment block overnight, and officials said 26 people were still missing in the debris of the building in the southern city of Tainan.',
      'The mayor said the search would go on through the night with heavy cranes brought in from the north.',
    ]);
  });

  it('takes a page that ends a sentence on a full line and a page that starts another as two paragraphs', () => {
    const first = page(lines(['Insurgents have also launched major attacks in that area, officials said.'], 780));
    const second = page(lines(['The only road into rebel-held areas of Aleppo city has suffered a week.'], 60));
    expect(texts([first, second])).toHaveLength(2);
  });

  it('drops a running header and the page numbers that stand on every page, wherever the page draws them', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        // Chromium draws its header and footer after the page's text
        ...lines([`Paragraph ${n}: the ministry said ${n * 10} people were evacuated from the`, 'embassy compound on Sunday.'], 100),
        run('Ministry of Foreign Affairs — Press release', 72, 40),
        run(`Page ${n} of 3`, 280, 810),
      ]),
    );
    expect(texts(pages)).toEqual([1, 2, 3].map((n) => `Paragraph ${n}: the ministry said ${n * 10} people were evacuated from the embassy compound on Sunday.`));
  });

  it('keeps a line that stands at the top of one page only', () => {
    const pages = [page([run('STATEMENT', 72, 40), ...lines(['The council met on Friday.'], 100)]), page(lines(['It will meet again in May.'], 100))];
    expect(texts(pages)).toEqual(['STATEMENT', 'The council met on Friday.', 'It will meet again in May.']);
  });
});

describe('a hyphen at a line’s end', () => {
  const joined = (first: string, second: string, elsewhere = 'The statement was read out on Monday.'): string =>
    texts([page([...lines([first, second], 100), ...lines([elsewhere], 140)])])[0]!;

  it('stays where it joins a compound ("government-" / "held", "twenty-" / "two", "mid-" / "2016")', () => {
    expect(joined('Bombs hit two Syrian government-', 'held cities.')).toBe('Bombs hit two Syrian government-held cities.');
    expect(joined('The toll rose to twenty-', 'two on Friday.')).toBe('The toll rose to twenty-two on Friday.');
    expect(joined('The talks are due to end by mid-', '2016, officials said.')).toBe('The talks are due to end by mid-2016, officials said.');
  });

  it('goes where the document writes the word whole elsewhere, or where it is a soft hyphen', () => {
    expect(joined('The govern-', 'ment said 30 people were hurt.', 'The government later raised the toll.')).toBe('The government said 30 people were hurt.');
    expect(joined('Rescuers searched the neigh\u00ad', 'bourhood all night.')).toBe('Rescuers searched the neighbourhood all night.');
  });

  it('keeps a dash and its space as written', () => {
    expect(joined('The attack — the worst in a decade —', 'killed 40 people.')).toBe('The attack — the worst in a decade — killed 40 people.');
    expect(joined('The attack—the worst in a decade—', 'killed 40 people.')).toBe('The attack—the worst in a decade—killed 40 people.');
  });
});
