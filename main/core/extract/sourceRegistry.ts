// The sources a document has named so far, so that a later "the Observatory",
// "Kirby", "it" or "the war monitor" resolves to the fullest name the text
// gave ("Syrian Observatory for Human Rights", "Pentagon spokesman John Kirby").

/** Titles and roles that mark a source as a person, for "he" and "she": "Journalist Damien Allemand", "Army Captain Marco Borja". */
export const PERSON_TITLE_WORDS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'president', 'official', 'officer', 'director',
  'chief', 'general', 'commander', 'mayor', 'governor', 'senator', 'leader', 'ambassador', 'envoy', 'chairman',
  'chairwoman', 'prime', 'colonel', 'captain', 'lieutenant', 'sergeant', 'sheriff', 'chancellor', 'journalist', 'reporter',
  'correspondent', 'witness', 'eyewitness', 'bystander', 'resident', 'doctor', 'nurse', 'surgeon', 'professor', 'analyst',
  'economist', 'lawmaker', 'aide', 'strategist', 'adviser', 'advisor', 'meteorologist', 'scientist', 'researcher',
  'neurologist', 'pediatrician', 'representative', 'congressman', 'congresswoman', 'commissioner', 'coordinator',
  'inspector', 'prosecutor', 'judge', 'executive', 'founder', 'candidate',
];
const PERSON_TITLES = new Set([...PERSON_TITLE_WORDS, 'gen.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'col.', 'capt.', 'lt.', 'sgt.']);

/** Descriptions that stand for an organisation named before: "the group", "the war monitor", "the company". */
const GENERIC_ORGANISATIONS = new Set([
  'organization', 'organisation', 'group', 'monitor', 'watchdog', 'body', 'company', 'firm', 'maker', 'manufacturer',
  'carrier', 'airline', 'operator', 'utility', 'agency', 'lender', 'insurer', 'retailer', 'chipmaker', 'automaker', 'carmaker',
]);
/** Words that may describe such an organisation without naming another one: "the war monitor", "the rights group". */
const DESCRIPTIVE = new Set(['war', 'monitoring', 'rights', 'human', 'militant', 'armed', 'rebel', 'activist', 'campaign', 'aid']);

const DETERMINERS = /^(?:the|a|an|its|their|his|her)\s+/i;
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'by', 'on', 's', 'and']);

export interface KnownSource {
  name: string;
  words: Set<string>;
  person: boolean;
  /** The words of descriptions seen beside the name ("a Britain-based war monitor"); a set, so repeats cost nothing. */
  descriptions: Set<string>;
  /** The sentence it was last named in (see `nextSentence`). */
  seen: number;
}

/** "he", "it" and "they" reach back this many sentences at most; further back they more likely mean something else. */
const PRONOUN_REACH = 3;

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((w) => w && !STOP.has(w));
}

/** The name inside a subject phrase: "the UK-based monitoring group the Syrian Observatory for Human Rights" → the last named part. */
export function cleanName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  // a description followed by the name it describes: "... group the Syrian Observatory ..."
  const inner = /\s(?:the|a|an)\s+(?=[A-Z])/g;
  let last = -1;
  for (let m = inner.exec(s); m; m = inner.exec(s)) last = m.index + m[0].length;
  if (last > 0) s = s.slice(last);
  // "a poll published on Friday by the Carrow Institute", "a second survey by Nordpol"
  const by = /\bby (?:the )?([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|and))*)$/.exec(s);
  if (by) s = by[1]!;
  s = s.replace(DETERMINERS, '').replace(/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many)\s+/i, '');
  s = s.replace(/^(?:the|a|an)\s+/i, '');
  return s.replace(/[\s,.;:]+$/, '');
}

/** Words that make a capitalised name an organisation's or a place's, never a person's. */
const INSTITUTION_WORDS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'plc', 'llc', 'group', 'ministry', 'agency', 'party', 'council', 'department',
  'office', 'bank', 'university', 'institute', 'organization', 'organisation', 'service', 'survey', 'press', 'news', 'times',
  'post', 'observatory', 'center', 'centre', 'committee', 'commission', 'association', 'union', 'court', 'police', 'army',
  'force', 'forces', 'guard', 'media', 'reuters', 'journal', 'herald', 'tribune', 'network', 'foundation', 'fund', 'house',
  'department', 'administration', 'government', 'state', 'states', 'city', 'county', 'republic', 'kingdom', 'nations', 'airport',
  'hospital', 'school', 'church', 'politics', 'poll', 'tracker', 'count', 'exchange', 'board', 'authority', 'airlines', 'lines',
]);

/** A title among its words ("Pentagon spokesman John Kirby"), or a plain personal name: two or three capitalised words, none an institution's. */
function looksLikePerson(name: string): boolean {
  const words = name.split(' ');
  const caps = words.filter((w) => /^[A-Z][a-z]/.test(w));
  if (words.some((w) => PERSON_TITLES.has(w.toLowerCase())) && /^[A-Z][a-z]/.test(words.at(-1) ?? '') && caps.length >= 1 && words.length >= 2) return true;
  return words.length >= 2 && words.length <= 3 && caps.length === words.length && !words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()));
}

interface ParsedName {
  name: string;
  words: string[];
  person: boolean;
}

/**
 * Parsing a name is a pure function of its text, and the same few names come
 * back in sentence after sentence and article after article; a bounded memo
 * saves redoing it.
 */
const parsed = new Map<string, ParsedName>();

function parseName(raw: string): ParsedName {
  let p = parsed.get(raw);
  if (!p) {
    const name = cleanName(raw);
    p = { name, words: contentWords(name), person: looksLikePerson(name) };
    if (parsed.size >= 5000) parsed.clear();
    parsed.set(raw, p);
  }
  return p;
}

export class SourceRegistry {
  private readonly known: KnownSource[] = [];
  /** Each word of a known name, with the indexes in `known` of the names it is in, in order: a name is looked up in every sentence that names one. */
  private readonly byWord = new Map<string, number[]>();
  private lastPerson: KnownSource | null = null;
  private lastOrganisation: KnownSource | null = null;
  private lastAny: KnownSource | null = null;
  private sentence = 0;

  /** Called once per sentence, in reading order. */
  nextSentence(): void {
    this.sentence++;
  }

  /** The fullest name for a source as a sentence names it; remembers new names. */
  resolve(raw: string, apposition: string | null = null): string {
    const { name, words, person } = parseName(raw);
    if (!words.length) return name;
    let found = this.match(words);
    if (!found) {
      const head = words.at(-1)!;
      const generic = GENERIC_ORGANISATIONS.has(head) && !/^[A-Z]/.test(name) && words.slice(0, -1).every((w) => DESCRIPTIVE.has(w));
      if (generic) found = this.known.findLast((k) => k.descriptions.has(head)) ?? this.lastOrganisation;
    }
    if (!found) {
      // "Maria Lund, the flood coordinator": a title in the description makes the name a person's
      const titled = apposition !== null && contentWords(apposition).some((w) => PERSON_TITLES.has(w));
      found = { name, words: new Set(words), person: person || titled, descriptions: new Set(), seen: this.sentence };
      if (this.known.length < 500) {
        for (const w of found.words) {
          const at = this.byWord.get(w);
          if (at) at.push(this.known.length);
          else this.byWord.set(w, [this.known.length]);
        }
        this.known.push(found);
      }
    }
    if (apposition && found.descriptions.size < 200) for (const w of contentWords(apposition)) found.descriptions.add(w);
    this.remember(found);
    return found.name;
  }

  /** "he", "she" → the last person; "it" → the last organisation; "they" → the last source. */
  resolvePronoun(pronoun: string): string | null {
    const found = pronoun === 'he' || pronoun === 'she' ? this.lastPerson : pronoun === 'it' ? this.lastOrganisation : pronoun === 'they' ? this.lastAny : null;
    if (!found || this.sentence - found.seen > PRONOUN_REACH) return null;
    this.remember(found);
    return found.name;
  }

  /** The name last known that has every one of the words; only names with the first of them are looked at. */
  private match(words: string[]): KnownSource | null {
    const at = this.byWord.get(words[0]!);
    if (!at) return null;
    for (let i = at.length - 1; i >= 0; i--) {
      const k = this.known[at[i]!]!;
      let all = true;
      for (let w = 1; w < words.length && all; w++) all = k.words.has(words[w]!);
      if (all) return k;
    }
    return null;
  }

  private remember(k: KnownSource): void {
    k.seen = this.sentence;
    this.lastAny = k;
    if (k.person) this.lastPerson = k;
    else this.lastOrganisation = k;
  }
}
