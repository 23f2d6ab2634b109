// Sources named where no figure stands, remembered for the figures after
// them: "Pentagon spokesman John Kirby said ..." makes a later "he" Kirby, and
// "it" in a sentence means the organisation it names before.
import { PERSON_TITLE_WORDS, type SourceRegistry } from './sourceRegistry';
import type { Token } from './tokens';

const REPORTING = /\b(?:said|says|told|according)\b/;

/**
 * Sentences that are not tagged may still name a source that a later "he" or
 * "the Observatory" points back to: "Pentagon spokesman John Kirby said ...".
 * The capitalised words just before a reporting verb (one lower-case title
 * such as "spokesman" may sit among them), or just after "according to", are
 * enough to remember it. A plain walk over words: a regular expression with
 * nested repeats here could take time out of all proportion on long runs of
 * capitalised words.
 */
const SPEAKER_VERB = /\b(?:said|says|told)\b|\baccording to\b/g;
const CAPITALISED = /^[A-Z][\w’'.-]*$/;

const TITLES = PERSON_TITLE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** "Texas Governor Greg Abbott called the shooting ...", "Journalist Damien Allemand had been watching": a titled name at the head of a sentence is its subject, whom a later "he" means. */
const TITLED_SUBJECT = new RegExp(`^(?:[A-Z][\\w’'.-]*\\s+){0,3}(?:${TITLES})\\s+(?:[A-Z][\\w’'.-]*\\s+){0,2}[A-Z][\\w’'-]*(?=\\s+[a-z])`);

/** A title in a description makes the name it describes a person's: "John Kirby, the Pentagon spokesman". */
const PERSON_DESCRIPTION = new RegExp(`\\b(?:${PERSON_TITLE_WORDS.join('|')})\\b`);

/** "U.S. officials were trying ...": a group of people heading a sentence, whom a later "the officials" means. */
const GROUP_SUBJECT = /^(?:[A-Z][\w.’'-]*\s+){1,4}(?:officials|authorities|police|investigators|prosecutors|diplomats|lawmakers|sources|officers|rescuers|doctors|experts|economists|analysts|media)\b/;

/** "John Kirby, the Pentagon spokesman, said", "The Syrian Observatory for Human Rights, a Britain-based war monitor, said". */
const NAME_WITH_DESCRIPTION = /(?:^|[.;:]\s+)((?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*),\s+((?:the|a|an)\s+[^,]{1,80}),\s+(?:said|says|told)\b/;

/** 'said Maria Lund, the flood coordinator', '," says Lund.': a capitalised name right after the verb that ends a quotation's attribution. */
const INVERTED_SPEAKER = /[,"”]\s+(?:said|says|added|adds)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?:,\s+(?:the|a|an)\s+([^,.;]{1,60}))?(?=[,.;]|$)/;

export function rememberSpeakers(sentence: string, registry: SourceRegistry): void {
  const titled = TITLED_SUBJECT.exec(sentence)?.[0] ?? GROUP_SUBJECT.exec(sentence)?.[0];
  if (titled && /^[A-Z]/.test(titled)) registry.resolve(titled);
  if (!REPORTING.test(sentence) || sentence.length > 2000) return;
  const described = sentence.includes(', ') ? NAME_WITH_DESCRIPTION.exec(sentence) : null;
  if (described) {
    const [, name, description] = described as unknown as [string, string, string];
    // a person's title in the description makes the name a person's: "John Kirby, the Pentagon spokesman" → "Pentagon spokesman John Kirby"
    const title = description.replace(/^(?:the|a|an)\s+/, '');
    const person = PERSON_DESCRIPTION.test(title) && !/^The\s/.test(name);
    registry.resolve(person ? `${title} ${name}` : name, person ? null : description);
  }
  // '"We lost everything," said Maria Lund, the flood coordinator': a speaker named after the verb, with what she is
  const inverted = INVERTED_SPEAKER.exec(sentence);
  if (inverted) {
    const [, name, description] = inverted as unknown as [string, string, string | undefined];
    registry.resolve(name, description ? `the ${description}` : null);
  }
  SPEAKER_VERB.lastIndex = 0;
  for (let m = SPEAKER_VERB.exec(sentence); m; m = SPEAKER_VERB.exec(sentence)) {
    const after = m[0] === 'according to';
    const words = after
      ? sentence.slice(m.index + m[0].length, m.index + m[0].length + 80).trim().split(/\s+/)
      : sentence.slice(Math.max(0, m.index - 80), m.index).trim().split(/\s+/).reverse();
    const name: string[] = [];
    let titles = 0;
    for (const raw of words) {
      const w = raw.replace(/[,;:“”"]+$/, '').replace(/^[“"]+/, '');
      if (after && name.length === 0 && w === 'the') continue;
      if (CAPITALISED.test(w) && w === raw) name.push(w);
      // "The Belga agency said": a common noun heading a name
      else if (!after && name.length === 0 && /^[a-z]+$/.test(w) && ORGANISATION_NOUNS.has(w) && CAPITALISED.test(words[1] ?? '')) name.push(w);
      else if (/^[a-z]+$/.test(w) && titles === 0 && name.length > 0 && !after) {
        titles++;
        name.push(w);
      } else break;
    }
    while (name.length && !CAPITALISED.test(name.at(-1)!)) name.pop();
    const ordered = after ? name : name.reverse();
    while (ordered.length && /^(?:The|A|An|But|And|In|On|At|Last|This|That|They|He|She|It|We|I|You|There)$/.test(ordered[0]!)) ordered.shift();
    if (ordered.length >= 2 || (ordered.length === 1 && /^[A-Z][a-z]{2,}$/.test(ordered[0]!))) registry.resolve(ordered.join(' '));
  }
}


/** Nouns that name an organisation, which a later "it" in the same sentence most likely means. */
const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'group', 'ministry', 'agency', 'government', 'military', 'army', 'bank', 'organisation', 'organization',
  'council', 'court', 'party', 'police', 'committee', 'union', 'network', 'hospital', 'authority', 'department', 'institute',
  'observatory', 'monitor', 'coalition', 'commission', 'office', 'service', 'board', 'university', 'airline', 'regulator',
]);

/**
 * "it" means the organisation named earlier in its own sentence if there is
 * one ("Shares in the company jumped after it reported ..."), else the last
 * organisation the text named (sourceRegistry.ts).
 */
export function resolvePronounIn(tokens: readonly Token[], at: number, pronoun: string, registry: SourceRegistry): string | null {
  if (pronoun === 'it') {
    for (let k = at - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.pos === 'NOUN' && ORGANISATION_NOUNS.has(t.lower)) {
        let first = k;
        while (first > 0 && (tokens[first - 1]!.pos === 'ADJ' || tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'PROPN')) first--;
        return registry.resolve(tokens.slice(first, k + 1).map((x) => x.text).join(' '));
      }
    }
  }
  return registry.resolvePronoun(pronoun);
}

