// Where a figure happened, as its sentence (or the sentences just before it
// in its paragraph) says: "a rocket attack in Erbil", "strikes near al
// Bukamal". Grouping uses it only to tell apart two events one article counts
// the same way (people killed in Kabul, people killed in Herat), never to
// split outlets that name one place differently.

/** A capitalised name after a preposition of place; "al"/"el" prefixes as in Arabic place names. */
const PLACE = /\b(?:in|near|outside|at|around|across)\s+(?:the\s+)?((?:(?:al|el|ad|as|ar)[- ])?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|de|del|la|le)[- ])?\p{Lu}[\p{L}'’-]+)*)/gu;

/** Capitalised words after "in" that are times or not places. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'total', 'addition', 'response', 'particular',
  'english', 'arabic', 'french', 'spanish', 'russian', 'german', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our',
]);

/** How far back in its paragraph a figure's sentence looks for a place it does not name itself. */
const LOOK_BACK = 400;

/** Place names in a stretch of text, in order, each once, in lower case. */
export function placesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PLACE)) {
    const name = m[1]!.toLowerCase().replace(/[’']s$/, '');
    if (NOT_PLACES.has(name.split(/[\s-]/)[0]!)) continue;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** The places a figure's sentence names; failing that, the last place named before it in its paragraph. */
export function placesOfSentence(text: string, sentenceStart: number, sentenceEnd: number): string[] {
  const own = placesIn(text.slice(sentenceStart, sentenceEnd));
  if (own.length > 0) return own;
  const paragraphStart = text.lastIndexOf('\n\n', sentenceStart) + 1;
  const before = placesIn(text.slice(Math.max(paragraphStart, sentenceStart - LOOK_BACK), sentenceStart));
  return before.length > 0 ? [before.at(-1)!] : [];
}
