// One source, however each document names it. Within a document the
// extractor already resolves "the Observatory" and "he" to the fullest name
// given; across documents the same source still arrives as "Syrian Observatory
// for Human Rights", "SOHR", "the Observatory" or "the monitor". The
// researcher's directory (names, aliases) decides first; then general rules:
// same words in another case, an acronym, one proper name inside a fuller one,
// a spokesman speaking for a named body, and a description the texts
// themselves give ("the Syrian Observatory for Human Rights, a UK-based war
// monitor" makes "the war monitor" that source).
import { PERSON_TITLE_WORDS } from '../extract/sourceRegistry';
import type { SourceGrade } from '../model';

export interface DirectorySource {
  name: string;
  aliases: readonly string[];
  grade: SourceGrade | null;
}

/** How a name compares: letter case, a leading "the", spacing and the apostrophe's shape ("city’s", "city's") do not matter. */
export function sourceKey(name: string): string {
  return name
    .trim()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const FUNCTION_WORDS = new Set(['for', 'of', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);
/** Someone speaking for a body: "Pentagon spokesman John Kirby" speaks for the Pentagon. */
const SPEAKER_ROLE = /^(?:spokes(?:man|woman|person)|officials?|press secretary|chief|director|head|commander)\b/i;

function words(name: string): string[] {
  return name.split(/[\s-]+/).filter(Boolean);
}

/** "Syrian Observatory for Human Rights" → SOHR; with the small words too → SOFHR. */
function acronyms(name: string): string[] {
  const ws = words(name).filter((w) => /^\p{L}/u.test(w));
  if (ws.length < 2) return [];
  const content = ws.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return [content, ws].map((list) => list.map((w) => w[0]!.toUpperCase()).join(''));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Descriptions the texts attach to a name: "X, a UK-based war monitor," and "the war monitor X". */
function descriptionsOf(name: string, texts: readonly string[]): string[] {
  const n = escape(name);
  const after = new RegExp(`${n},\\s+(?:a|an|the)\\s+([^,.;:()"“”]{3,60}?)(?=[,.;:)]|\\s+(?:that|which|who|based)\\b)`, 'g');
  // "The war monitor X" opens a sentence as often as "the war monitor X" follows a verb
  const before = new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+([a-z][a-z -]{2,40}?)\\s+${n}\\b`, 'g');
  const found: string[] = [];
  for (const text of texts) {
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(after)) found.push(m[1]!);
    for (const m of text.matchAll(before)) found.push(m[1]!);
  }
  return found.map((d) => d.toLowerCase());
}

const TITLES = new Set(PERSON_TITLE_WORDS);

/**
 * The person a titled name names: "Interior Minister Bernard Cazeneuve" and
 * "French Minister of Interior Bernard Cazeneuve" both name Bernard
 * Cazeneuve. Two capitalised words that end the name, after a title word.
 */
function personOf(name: string): string | null {
  const ws = words(name.trim());
  if (ws.length < 3) return null;
  const person = ws.slice(-2);
  if (!person.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w) && !TITLES.has(w.toLowerCase()))) return null;
  return ws.slice(0, -2).some((w) => TITLES.has(w.toLowerCase())) ? person.join(' ').toLowerCase() : null;
}

function endsWithWords(text: string, tail: string): boolean {
  return text === tail || text.endsWith(` ${tail}`);
}

/**
 * Each name as written → the name it stands for. Names resolve to a
 * directory source when the directory knows them, else to the fullest name in
 * the event that the rules tie them to, else to themselves. A short name with
 * two candidates (two bodies called "ministry") stays as it is.
 */
export function resolveSourceNames(asWritten: readonly string[], directory: readonly DirectorySource[], texts: readonly string[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const s of directory) {
    known.set(sourceKey(s.name), s.name);
    for (const a of s.aliases) known.set(sourceKey(a), s.name);
  }
  const distinct = [...new Set(asWritten.map((n) => n.trim()).filter(Boolean))];
  // one spelling per key: the first capitalised form ("Police" over "police")
  const spelling = new Map<string, string>();
  for (const n of distinct) {
    const k = sourceKey(n);
    const had = spelling.get(k);
    if (!had || (/^\p{Ll}/u.test(had) && /^\p{Lu}/u.test(n))) spelling.set(k, n);
  }
  const names = [...new Set([...spelling.keys(), ...known.keys()])];
  const fullNames = [...new Set([...spelling.values(), ...directory.map((s) => s.name)])];
  const descriptionCache = new Map<string, string[]>();
  const descriptions = (full: string) => {
    let d = descriptionCache.get(full);
    if (!d) descriptionCache.set(full, (d = descriptionsOf(full, texts)));
    return d;
  };

  const linkOf = (key: string, written: string): string | null => {
    const direct = known.get(key);
    if (direct) return direct;
    // a spokesman for a body named on its own elsewhere
    const speaker = names
      .filter((other) => other !== key && key.startsWith(`${other} `) && SPEAKER_ROLE.test(key.slice(other.length + 1)))
      .sort((a, b) => b.length - a.length)[0];
    if (speaker) return known.get(speaker) ?? spelling.get(speaker)!;
    // one person under two titles: the fullest naming of them
    const person = personOf(written);
    if (person) {
      const fuller = fullNames.filter((f) => f.length > written.length && personOf(f) === person).sort((a, b) => b.length - a.length)[0];
      if (fuller) return fuller;
    }
    const candidates = new Set<string>();
    const isProper = /^\p{Lu}/u.test(written.replace(/^the\s+/i, ''));
    for (const full of fullNames) {
      const fullKey = sourceKey(full);
      if (fullKey === key) continue;
      // a spokesman for this body is not a fuller name of it: "Pentagon" is not "Pentagon spokesman John Kirby"
      if (fullKey.startsWith(`${key} `) && SPEAKER_ROLE.test(fullKey.slice(key.length + 1))) continue;
      if (/^\p{Lu}{2,8}$/u.test(written) && acronyms(full).includes(written)) candidates.add(full);
      // "the Observatory", "Kirby": a proper name that is a proper name inside the fuller one too
      else if (isProper && !key.includes(' ') && words(full).some((w) => w.toLowerCase() === key && /^\p{Lu}/u.test(w))) candidates.add(full);
      // a description ties a name however short the source's own name ("AFP, the French news agency")
      else if (descriptions(full).some((d) => endsWithWords(d, key))) candidates.add(full);
    }
    if (candidates.size === 1) return [...candidates][0]!;
    // "Cazeneuve", found in two namings of the same person: the fullest
    const people = new Set([...candidates].map(personOf));
    return candidates.size > 1 && people.size === 1 && !people.has(null) ? [...candidates].sort((a, b) => b.length - a.length)[0]! : null;
  };

  const result = new Map<string, string>();
  for (const written of asWritten) {
    const trimmed = written.trim();
    if (!trimmed || result.has(written)) continue;
    // follow links to the end: "Kirby" → "Pentagon spokesman John Kirby" → "Pentagon"
    let name = spelling.get(sourceKey(trimmed)) ?? trimmed;
    const seen = new Set<string>();
    for (;;) {
      const key = sourceKey(name);
      if (seen.has(key)) break;
      seen.add(key);
      const next = linkOf(key, name);
      if (!next || sourceKey(next) === key) {
        name = known.get(key) ?? name;
        break;
      }
      name = next;
    }
    result.set(written, name);
  }
  return result;
}
