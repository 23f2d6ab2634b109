// How an event's texts count its places: each place by how often the texts
// name it with a capital, read in one pass per text for all places at once.
import { describe, expect, it } from 'vitest';
import { eventIncidents } from '../../../main/core/compare/incidents';

const tagged = (...places: string[]) => places.map((p) => ({ incident: [`place:${p}`] }));

describe('eventIncidents, the places the texts name', () => {
  it('counts a place by its names in the texts, not by the figures that tag it', () => {
    // the figures tag Paris twice and Nice once; the texts name Nice far more
    const texts = ['A truck hit the crowd in Nice. Nice mourns. In Nice the promenade is closed.', 'Officials in Paris met. Nice hospitals are full; Nice, France, is calm.'];
    const event = eventIncidents(tagged('paris', 'paris', 'nice', 'france'), texts);
    expect(event.centre).toBe('nice');
    expect(event.within.get('nice')).toBe('france');
  });

  it('never counts a place inside a longer word or without its capital', () => {
    const texts = ['Gazans fled. Gazans waited, Gazans wept. The nice weather held, nice and dry, nice.', 'Rafah was hit; in Rafah 40 died.'];
    // were "Gazans" Gaza, or "nice" Nice, either would outnumber Rafah
    expect(eventIncidents(tagged('gaza', 'nice', 'rafah'), texts).centre).toBe('rafah');
  });

  it('reads places in a text whose lower-case form is longer than it', () => {
    // "İ" lower-cases to two characters, so positions in the lower-case text do not line up with the text's
    const texts = ['From İstanbul: shelling in Mosul, in Mosul again, and in Mosul once more.', 'Kirkuk was quiet.'];
    const event = eventIncidents(tagged('kirkuk', 'kirkuk', 'mosul'), texts);
    expect(event.centre).toBe('mosul');
  });

  it('counts each copy of a text captured unchanged', () => {
    const copied = 'Floods in Dhaka. The river rose.';
    const texts = [copied, copied, copied, copied, copied, 'Rescuers reached Sylhet.', 'Sylhet is cut off.'];
    // Dhaka in five captures of one text against Sylhet in two texts
    expect(eventIncidents(tagged('sylhet', 'sylhet', 'sylhet', 'dhaka'), texts).centre).toBe('dhaka');
  });
});
