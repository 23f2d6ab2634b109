// extractClaims as a whole: the development corpus against its gold
// annotations, offsets on real articles, and bad input (empty, huge, odd,
// not English), where the promise is no crash, no hang and a sensible result.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../../main/core/capture/captureDocument';
import { EXTRACTOR_VERSION, extractClaims, mayHoldFigure } from '../../../main/core/extract';
import type { ExtractedClaim } from '../../../main/core/model';
import { CORPUS_FILES, corpusBytes, type CorpusFile } from '../../fixtures/corpus';
import { claimOn, claimsIn, expectSound, wordsOf } from './claims';
import { firstUnsound } from './soundness';

interface GoldClaim {
  quote: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: boolean;
  subject: string[];
  source: string[];
  required: boolean;
  vague?: boolean;
}

const GOLD_DIR = new URL('../../../../shared/corpus/dev/gold/', import.meta.url);

function gold(file: CorpusFile): GoldClaim[] {
  const name = file.endsWith('.html') ? `${file}.json` : file.replace(/\.txt$/, '.json');
  return (JSON.parse(readFileSync(new URL(name, GOLD_DIR), 'utf8')) as { claims: GoldClaim[] }).claims;
}

/** The document's text as an import stores it (the saved page reduced to its article). */
function corpusDocText(file: CorpusFile): string {
  return captureDocument(file, corpusBytes(file)).text;
}

/** The gold's matching rule (see shared/corpus/README.md): a figure inside the quote with the gold's value or lower bound. */
function matches(text: string, g: GoldClaim, c: ExtractedClaim): boolean {
  const at = text.indexOf(g.quote);
  if (c.kind !== 'figure' || c.start < at || c.end > at + g.quote.length) return false;
  if (g.vague) return c.approx;
  return c.value === g.value || (c.value === null && c.low === g.low);
}

describe('the development corpus against its gold', () => {
  for (const file of CORPUS_FILES) {
    describe(file, () => {
      const text = corpusDocText(file);
      const claims = extractClaims(text);

      it('gives sound offsets, bounds and confidence', () => {
        expectSound(text, claims);
        for (const c of claims) expect(text.slice(c.sentenceStart, c.sentenceEnd)).toContain(text.slice(c.start, c.end));
      });

      for (const g of gold(file).filter((x) => x.required)) {
        it(`finds ${JSON.stringify(g.quote)} with its value, what it counts and who says so`, () => {
          expect(text, 'the quote is in the text').toContain(g.quote);
          const found = claims.find((c) => matches(text, g, c));
          expect(found, `a claim matching ${JSON.stringify(g)}`).toBeDefined();
          const subject = (found!.subject ?? '').toLowerCase();
          expect(g.subject.some((w) => subject.includes(w.toLowerCase())), `subject "${found!.subject}" has one of ${g.subject.join(', ')}`).toBe(true);
          const source = (found!.source ?? '').toLowerCase();
          const sourceOk = g.source.some((s) => (s === 'article' ? found!.source === null || source === 'article' : source.includes(s)));
          expect(sourceOk, `source "${found!.source}" is one of ${g.source.join(', ')}`).toBe(true);
          expect(found!.approx).toBe(g.approx);
        });
      }

      it('finds no figure outside the gold’s quotes (dates, bylines, navigation, adverts)', () => {
        const quotes = gold(file).map((g) => ({ at: text.indexOf(g.quote), end: text.indexOf(g.quote) + g.quote.length }));
        const stray = claims.filter((c) => c.kind === 'figure' && !quotes.some((q) => q.at >= 0 && c.start >= q.at && c.end <= q.end));
        expect(stray.map((c) => text.slice(c.sentenceStart, c.sentenceEnd))).toEqual([]);
      });
    });
  }

  it('reads the saved page’s article and none of its navigation, cookie banner, promotion or footer (wire-bukamal.html)', () => {
    const text = corpusDocText('wire-bukamal.html');
    expect(text.startsWith('Death toll from US strikes in eastern Syria rises to 22')).toBe(true);
    const words = claimsIn(text).map((c) => c.words);
    expect(words).not.toContain('12'); // "We use 12 cookies"
    expect(words).not.toContain('3%'); // "Markets fall 3% on rate fears"
    expect(words).not.toContain('1200'); // "1200 Example Street"
    expect(words).not.toContain('4'); // "4 min read"
    expect(words.filter((w) => w === '22')).toHaveLength(2);
  });

  it('finds the "no figure" statements (cbs-bukamal-r2, monitor-bukamal, wire-bukamal)', () => {
    const kinds = (file: CorpusFile): string[] => {
      const text = corpusDocText(file);
      return claimsIn(text)
        .filter((c) => c.kind === 'no-figure')
        .map((c) => `${c.words} — ${c.source}`);
    };
    expect(kinds('cbs-bukamal-r2.txt')).toEqual(['did not name any casualties — Pentagon spokesman John Kirby']);
    expect(kinds('monitor-bukamal.txt')).toEqual(['gave no figure — Pentagon spokesman John Kirby']);
    expect(kinds('wire-bukamal.txt')).toEqual(['has not released a casualty figure — Pentagon']);
  });

  it('tells the revisions apart: 17 killed in r1, 22 in r2 (cbs-bukamal)', () => {
    const killed = (file: CorpusFile): (number | null)[] =>
      claimsIn(corpusDocText(file))
        .filter((c) => c.measure === 'killed' && c.source === 'Syrian Observatory for Human Rights')
        .map((c) => c.value);
    expect(killed('cbs-bukamal-r1.txt')).toEqual([17]);
    expect(killed('cbs-bukamal-r2.txt')).toEqual([22]);
  });

  it('stamps an extractor version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/\S/);
  });
});

describe('mayHoldFigure: the cheap test before tagging', () => {
  it('passes sentences with digits, number words, vague amounts or a casualty beside "a"', () => {
    expect(mayHoldFigure('Police said 17 people were detained.')).not.toBeNull();
    expect(mayHoldFigure('Dozens of people were injured.')).not.toBeNull();
    expect(mayHoldFigure('Gunmen killed a contractor near the base.')).not.toBeNull();
    expect(mayHoldFigure('A foreign contractor was killed.')).not.toBeNull();
    expect(mayHoldFigure('The Pentagon spokesman did not name any casualties.')).toMatchObject({ noFigure: true });
  });

  it('passes over sentences whose only digits are dates and years', () => {
    expect(mayHoldFigure('The most recent airstrike was in December 2019.')).toBeNull();
    expect(mayHoldFigure('Published Thursday 25 February, 23:40')).toBeNull();
    expect(mayHoldFigure('There was no immediate response from Iranian officials.')).toBeNull();
    // "a" and "killed" far apart: nothing there counts one
    expect(mayHoldFigure('The organization, which relies on a wide network of sources, said all those killed were fighters.')).toBeNull();
  });
});

interface WorkerSummary {
  length: number;
  claims: number;
  unsound: ExtractedClaim | null;
  last: { words: string; source: string | null } | null;
}

/** extractClaims on `paragraph` repeated to `size` characters, in a worker stopped after `limitMs`. */
function extractInWorker(paragraph: string, size: number, limitMs: number): Promise<WorkerSummary | 'did not finish'> {
  return new Promise((resolve, reject) => {
    // the worker loads TypeScript through tsx, as the CLI does; it is resolved from the project root, where tests run
    const script = new URL('./extractWorker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { paragraph, size } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('did not finish');
    }, limitMs);
    worker.once('message', (summary: WorkerSummary) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(summary);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('bad input: no crash, no hang, a sensible result', () => {
  it('gives no claims for empty or blank text', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('   \n\n\t  \n')).toEqual([]);
    expect(extractClaims('.....,,,,;;;;')).toEqual([]);
  });

  it('gives no claims for text with no figures (cbs-bukamal paragraph)', () => {
    const text =
      'In the first military strike of his presidency, Biden approved a target along the Syrian-Iraqi border that would serve as revenge for Iran endanger American personnel, but fail to escalate tension with Tehran.\n\nIran restricts UN nuclear inspectors';
    expect(extractClaims(text)).toEqual([]);
  });

  it('survives words that are also property names of a plain object', () => {
    expect(claimsIn('constructor toString hasOwnProperty __proto__ said 12 valueOf people.').map((c) => c.value)).toEqual([12]);
  });

  it('survives NUL bytes, a lone surrogate, emoji and absurdly long digit strings', () => {
    for (const text of [
      'a\u0000b 12 people\u0000 were killed \ud800.',
      '🚀🚀 Police said 12 people 👮 were detained.',
      'The number 123456789012345678901234567890 was printed on the banner.',
      'Officials said 1e400 people and 99999999999999999999999 more were there.',
    ]) {
      const claims = claimsIn(text);
      for (const c of claims) for (const n of [c.value, c.low, c.high]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    }
  });

  it('handles 100,000 numbers in one text', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => String(i + 1)).join(' ');
    const claims = extractClaims(text);
    expect(firstUnsound(text, claims)).toBeNull();
    expect(claims.length).toBeLessThanOrEqual(100_000);
  }, 120_000);

  it('handles 100,000 counted numbers in sentences', () => {
    // written with thousands separators, as news does, so that none of them reads as a year
    const text = Array.from({ length: 100_000 }, (_, i) => `Police said ${(i + 1).toLocaleString('en-US')} people were detained.`).join(' ');
    const claims = extractClaims(text);
    expect(firstUnsound(text, claims)).toBeNull();
    expect(claims.length).toBe(100_000);
    expect(claims.at(-1)).toMatchObject({ value: 100_000, source: 'Police' });
  }, 120_000);

  // Hang guards: each must finish. Extraction is synchronous, so it runs in a
  // worker that the test can stop; the limit is generous and no duration is
  // asserted beyond "it finished".
  it('handles a 50 MB text of repeated sentences and paragraphs', async () => {
    const paragraph =
      'The Syrian Observatory for Human Rights said 22 people were killed in the attacks. Officials said three trucks were hit.\n\n' +
      'Police estimated the crowd at 18,000, while the organisers said 65,000 people took part. Published Thursday 25 February, 23:40\n\n';
    const summary = await extractInWorker(paragraph, 50_000_000, 110_000);
    expect(summary).not.toBe('did not finish');
    if (summary === 'did not finish') return;
    expect(summary.length).toBeGreaterThanOrEqual(50_000_000);
    expect(summary.unsound).toBeNull();
    expect(summary.claims).toBe(4 * Math.ceil(50_000_000 / paragraph.length)); // 22, three, 18,000, 65,000
    expect(summary.last).toEqual({ words: '65,000', source: 'organisers' });
  }, 120_000);

  // Each repeat of "the organisers, a coalition of 14 unions" adds a description to the organisers, and each
  // "The war monitor" looks through the descriptions seen so far: if they pile up, time grows with the square
  // of the text and 50 MB never finishes.
  it('handles a 50 MB text whose paragraphs repeat a described source and "the war monitor"', async () => {
    const paragraph =
      'The Syrian Observatory for Human Rights said 22 people were killed in the attacks. The war monitor said three trucks were hit.\n\n' +
      'Police estimated the crowd at 18,000, while the organisers, a coalition of 14 unions, said 65,000 people took part.\n\n';
    const summary = await extractInWorker(paragraph, 50_000_000, 110_000);
    expect(summary).not.toBe('did not finish');
    if (summary === 'did not finish') return;
    expect(summary.unsound).toBeNull();
    expect(summary.last).toEqual({ words: '65,000', source: 'organisers' });
  }, 120_000);

  it('handles one huge line with no breaks', () => {
    const text = 'Police said 12 people were hurt and dozens more were arrested near five buildings '.repeat(60_000);
    const claims = extractClaims(text);
    expect(firstUnsound(text, claims)).toBeNull();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => ['12', 'dozens', 'five'].includes(text.slice(c.start, c.end)))).toBe(true);
  }, 120_000);

  it('handles one huge line with no spaces at all', () => {
    const text = '12,'.repeat(200_000) + 'x'.repeat(1_000_000);
    expect(firstUnsound(text, extractClaims(text))).toBeNull();
  }, 120_000);

  it('handles a long run of capitalised words before "said"', () => {
    const text = `${'Alpha '.repeat(200_000)}said 12 people died.`;
    const claims = claimsIn(text);
    expect(claims.map((c) => c.words)).toEqual(['12']);
    // whatever it takes for the source, it is not the whole run
    expect((claims[0]!.source ?? '').length).toBeLessThan(1000);
  }, 120_000);

  it('handles many sentences of capitalised words before "said", without figures', () => {
    const text = `${'Alpha Beta Gamma Delta '.repeat(50)}said. `.repeat(2000) + 'He said 12 people died.';
    const claims = claimsIn(text);
    expect(claims.map((c) => c.words)).toEqual(['12']);
  }, 120_000);

  it('gives sound results for German, Russian and Japanese text', () => {
    for (const text of [
      'Bei dem Angriff wurden 22 Menschen getötet, teilte die Beobachtungsstelle mit. Die Polizei sprach von 1.500 Teilnehmern.',
      'В результате удара погибли 22 человека, сообщили в обсерватории. Двадцать два человека были ранены.',
      '攻撃で22人が死亡したと監視団体が発表した。警察によると、約二千人が参加した。',
    ]) {
      const claims = claimsIn(text);
      // "22" may be read; nothing may be invented from the words around it
      for (const c of claims) expect(/\d/.test(c.words), `"${c.words}" has digits`).toBe(true);
      expect(claims.some((c) => c.value === 22)).toBe(true);
    }
  });

  it('gives sound results for text in English with stray scripts', () => {
    const claims = claimsIn('Police said 12 people were detained. ЁЁЁ 20 человек. 警察 30 人.');
    expect(claims[0]).toMatchObject({ value: 12, source: 'Police' });
  });
});

describe('vague amounts and fractions that real copy writes', () => {
  it('reads "Scores were injured" as at least a score of people wounded, but not "Test scores were published"', () => {
    const c = claimOn('Scores were injured when the stand collapsed.', 'Scores');
    expect(c).toMatchObject({ low: 40, high: null, approx: true, entity: 'people', measure: 'injured' });
    expect(wordsOf('Test scores were published on Monday.')).toEqual([]);
  });

  it('reads "half the prize" as a fraction of the prize, without "of"', () => {
    expect(claimOn('The winner took half the prize.', 'half')).toMatchObject({ value: 0.5, unit: 'fraction', entity: 'prize' });
  });
});

describe('quantities read with their value and unit as written', () => {
  it('reads below zero, rates and scales of degrees', () => {
    expect(claimOn('Temperatures fell to minus 20 degrees Celsius overnight.', 'minus 20 degrees Celsius')).toMatchObject({ value: -20, unit: 'degrees Celsius' });
    expect(claimOn('Winds of up to 120 km/h hit the coast.', 'up to 120 km/h')).toMatchObject({ low: null, high: 120, unit: 'km/h' });
    expect(claimOn('The well pumps 300 litres per day.', '300 litres per day')).toMatchObject({ value: 300, unit: 'litres per day' });
  });

  it('reads "rose $1.20 to $48.50" as a change and the level it reached, but "rose 3 to 4 percent" as a range', () => {
    expect(wordsOf('Oil rose $1.20 to $48.50 a barrel.')).toEqual(['$1.20', '$48.50']);
    expect(claimOn('Prices rose 3 to 4 percent last year.', '3 to 4 percent')).toMatchObject({ low: 3, high: 4 });
  });

  it('gives both sides of a split the unit written once: "by 52 to 48 percent"', () => {
    expect(claimOn('Voters rejected the plan by 52 to 48 percent.', '52').unit).toBe('percent');
  });

  it('reads what money is of: "The fine of €2.4bn", "cocaine worth $45 million"', () => {
    expect(claimOn('The fine of €2.4bn is the largest ever.', '€2.4bn').entity).toBe('fine');
    expect(claimOn('Police seized 1.5 tonnes of cocaine worth $45 million.', '$45 million').entity).toBe('value of cocaine');
  });

  it('does not read the span that names a term as a figure: "the 10-year yield", "a 52-week high"', () => {
    expect(wordsOf('The 10-year yield rose to 2.3 percent.')).toEqual(['2.3 percent']);
    expect(wordsOf('He was jailed for a 10-year term.')).toEqual(['10-year']);
  });
});

describe('shares written "N in M"', () => {
  it('reads "one in five voters" and "two out of three residents" as fractions, but not "three in 10 days"', () => {
    expect(claimOn('Only one in five voters backed the plan.', 'one in five')).toMatchObject({ value: 0.2, unit: 'fraction', entity: 'voters' });
    expect(claimOn('Two out of three residents left.', 'Two out of three').unit).toBe('fraction');
    expect(wordsOf('Police killed three in 10 days.')).toEqual(['three', '10 days']);
  });
});

describe('money written with its currency as a word', () => {
  it('reads "5.6 billion euros", "300 million yuan" and "2 to 3 billion euros" as money', () => {
    expect(claimOn('Revenue fell to 5.6 billion euros.', '5.6 billion euros')).toMatchObject({ value: 5.6e9, unit: 'euros' });
    expect(claimOn('The deal is worth 300 million yuan.', '300 million yuan').unit).toBe('yuan');
    expect(claimOn('Sales of 2 to 3 billion euros are expected.', '2 to 3 billion euros')).toMatchObject({ low: 2e9, high: 3e9, unit: 'euros' });
  });
});

describe('the value a figure came from', () => {
  it('reads "rose to 12 from 2", "up from 145 reported on Monday" and "up from the 4 it had reported" as earlier values', () => {
    expect(claimOn('The death toll rose to 12 from 2 on Saturday.', '2').modality).toBe('earlier');
    const text = 'The number of dead climbed to 148, up from 145 reported on Monday.';
    expect(claimOn(text, '145').modality).toBe('earlier');
    expect(claimOn(text, '148').modality).toBeNull();
    expect(claimOn('Officials said 8 guards were wounded, up from the 4 they had reported earlier.', '4').modality).toBe('earlier');
    expect(claimOn('At least 41 people were killed, up from a previous toll of 35.', '35').modality).toBe('earlier');
  });

  it('reads "the 1,373 reported suspect cases" as cases, with no one reporting them', () => {
    const c = claimOn('Doctors think that less than half of the 1,373 reported suspect cases are linked to the virus.', '1,373');
    expect(c.entity).toBe('cases');
    expect(claimOn('Doctors think that less than half of the 1,373 reported suspect cases are linked to the virus.', 'less than half').unit).toBe('fraction');
  });
});

describe('units written onto their numbers and abbreviated', () => {
  it('reads "10mg", "20,000ft", "40C", "500 sq km" and "1,000 megawatts" with their units', () => {
    expect(claimOn('The dose was 10mg a day.', '10mg')).toMatchObject({ value: 10, unit: 'mg' });
    expect(claimOn('The plane climbed to 20,000ft on Monday.', '20,000ft').unit).toBe('feet');
    expect(claimOn('Temperatures hit 40C on Tuesday.', '40C').unit).toBe('degrees Celsius');
    expect(claimOn('The fire covered an area of 500 sq km.', '500 sq km').unit).toBe('square km');
    expect(claimOn('The plant will generate 1,000 megawatts.', '1,000 megawatts').unit).toBe('MW');
    // "TB" beside a count is a disease, not terabytes
    expect(claimOn('The disease caused 1.5 million TB deaths.', '1.5 million').unit).toBeNull();
  });
});

describe('more of the ways news writes an amount and what befell it', () => {
  it('reads "a couple of hundred" as about 200, and homes that "lost power" as homes without power', () => {
    expect(claimOn('A couple of hundred protesters were arrested.', 'A couple of hundred')).toMatchObject({ value: 200, approx: true });
    expect(claimOn('About 90,000 homes in the valley lost electricity in the storm.', 'About 90,000').measure).toBe('without power');
  });
});

describe('a unit carried over from the measurement before', () => {
  it('reads "downgraded to 7.2" after "magnitude 7.4" as a magnitude, and "rose to 60" after "40 mph" in mph', () => {
    expect(claimOn('The quake, initially reported as magnitude 7.4, was later downgraded to 7.2.', '7.2').unit).toBe('magnitude');
    expect(claimOn('Winds of 40 mph rose to 60 on Sunday.', '60').unit).toBe('mph');
    // a number with a thing of its own keeps its own kind
    expect(claimOn('The quake measured 7.4 and rose to 12 deaths by nightfall.', '12').unit).toBeNull();
  });
});
