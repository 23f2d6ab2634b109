// Lines up every claim about the same quantity across the versions and outlets
// of an event, and says whether the sources agree, conflict, or revised their
// number. Pure: the caller gives each document's claims, its article and its
// place in time.
//
// A claim's key is what it counts and how (figureKey.ts) and which incident
// of the event it counts (incidents.ts); claims that say nothing of what
// happened join the figure about the same thing; groups split where an article
// itself tells places or days apart, and nationalities named as the people
// counted join the people (splitFigures.ts); each figure gets its verdict
// (verdicts.ts).
import type { ExtractedClaim, FigureStatus } from '../model';
import { figureKey, isKnownMeasure, keyString, type FigureKey } from './figureKey';
import { eventIncidents, incidentOf, isIncidentPart, withoutIncident } from './incidents';
import { joinNationalities, joinPlacedFigures, splitByDay, splitByPlace, splitByValue, type Group } from './splitFigures';
import { judgeFigure } from './verdicts';

export { judgeFigure, latestClaims } from './verdicts';

export interface CompareDocument {
  /** How the document is named in the result (a file name, a version label). */
  name: string;
  /** Versions of one article share this; earlier versions come first in the list. */
  article: string;
  claims: readonly ExtractedClaim[];
  /** The document's text: with it, two events one article counts alike are told apart by place. */
  text?: string;
}

export type { FigureStatus } from '../model';

export interface GroupedClaim {
  doc: string;
  article: string;
  /** The document's place in the list (time order). */
  order: number;
  claim: ExtractedClaim;
}

export interface FigureGroup {
  /** The automatic group key (measure|entity|scope): how stored curation finds this group again. */
  key: string;
  label: string;
  status: FigureStatus;
  min: number | null;
  max: number | null;
  claims: GroupedClaim[];
}

/** How an incident reads after a figure's label: "in Paris", "in 1999", "at the airport", "in crashes". */
function incidentLabel(incident: string): string {
  const [kind, value = ''] = incident.split(':') as [string, string?];
  const name = value.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  switch (kind) {
    case 'year':
      return `in ${value}`;
    case 'at':
      return `in ${name}`;
    case 'war':
      return 'in the war';
    case 'cause':
      return /ing$/.test(value) ? `while ${value}` : `in ${value}es`.replace(/ses$/, 'ses').replace(/(?<=[^s])es$/, 's');
    case 'site':
      return `at the ${value}`;
    case 'nth':
      return `(the ${value})`;
    default:
      return '(earlier)';
  }
}

export function groupFigures(docs: readonly CompareDocument[]): FigureGroup[] {
  const event = eventIncidents(docs.flatMap((d) => d.claims), docs.flatMap((d) => (d.text === undefined ? [] : [d.text])));
  const groups = new Map<string, Group>();
  const unmeasured: { key: FigureKey; grouped: GroupedClaim }[] = [];
  const add = (key: FigureKey, grouped: GroupedClaim): void => {
    const k = keyString(key);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { key: k, label: key.label, claims: [] }));
    group.claims.push(grouped);
  };
  docs.forEach((doc, order) => {
    for (const claim of doc.claims) {
      const base = figureKey(claim);
      if (!base) continue;
      const incident = incidentOf(claim, event);
      const key = incident ? { ...base, scope: [...base.scope, incident].sort(), label: `${base.label} ${incidentLabel(incident)}` } : base;
      const grouped = { doc: doc.name, article: doc.article, order, claim };
      if (!key.measure) unmeasured.push({ key, grouped });
      else add(key, grouped);
    }
  });
  // "consisted of 14 rockets" says nothing of what happened to them: it joins the largest figure about that thing and scope
  const homes = new Map<string, Group | undefined>();
  for (const { key, grouped } of unmeasured) {
    // people of whom nothing is said ("we took shelter with 200 people") are no count of the killed
    if (key.entity === 'people') {
      add(key, grouped);
      continue;
    }
    const suffix = `|${key.entity}|${key.scope.join(',')}`;
    // only a figure whose measure is one of the known kinds, of any incident ("wounded four US contractors and a service
    // member" names no place, the figure it joins does); "six more remaining" is no home for "14 rockets", and homes
    // without power are a part of some homes, never all those "there are 60 homes in the tower" counts; and only where
    // one thing is done to it: with jobs both added and cut, an amount of jobs that says neither is neither
    if (!homes.has(suffix)) {
      const known = [...groups.entries()].filter(([k]) => {
        const [measure = '', entity, scope = ''] = k.split('|');
        const own = key.scope.some(isIncidentPart) ? scope : withoutIncident(scope.split(',')).join(',');
        return entity === key.entity && own === key.scope.join(',') && isKnownMeasure(measure) && !measure.startsWith('without ');
      });
      // what is done to the thing anywhere in the event, whoever's it is ("Factories cut 5,000 jobs" is a cut too)
      const done = new Set([...groups.keys()].map((k) => k.split('|')).filter(([m = '', e]) => e === key.entity && isKnownMeasure(m) && !m.startsWith('without ')).map(([m]) => m));
      homes.set(suffix, known.length === 1 && done.size === 1 ? known[0]![1] : undefined);
    }
    const home = homes.get(suffix);
    if (home) home.claims.push(grouped);
    else add(key, grouped);
  }
  const texts = new Map(docs.map((d) => [d.name, d.text]));
  return joinPlacedFigures(joinNationalities([...groups.values()]), texts)
    .flatMap((g) => splitByPlace(g, texts))
    .flatMap(splitByDay)
    .flatMap(splitByValue)
    .map((g) => ({ ...g, ...judgeFigure(g.claims) }))
    .sort((a, b) => b.claims.length - a.claims.length);
}
