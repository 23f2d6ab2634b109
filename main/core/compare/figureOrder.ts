// The order an event's figures are read in, the same in the app and the
// reports, and stable: an edit (a rename, a best value, a note) never moves a
// figure. The event's main incident first, then each other incident it
// counts (a site, another place, another year: "people killed in Paris" in a
// story about Nice); inside each, casualties in the order recorders list them
// (killed, wounded, missing, displaced, arrested), then the rest; then by when
// the figure was first reported.
import type { EventFigure } from '../model';
import { isIncidentPart } from './incidents';

/** Measures in a recorder's order; a figure whose measure is none of these comes after them. */
const KINDS: readonly RegExp[] = [
  /^(?:killed|dead|died|deaths?)$/,
  /^(?:wounded|injured|hurt|critical)$/,
  /^missing$/,
  /^(?:displaced|evacuated|homeless|fled|rescued)$/,
  /^(?:arrested|detained|charged)$/,
];

/** A figure's measure, from its first group key (`measure|thing|scope`). */
function measureOf(figure: Pick<EventFigure, 'keys'>): string {
  return figure.keys[0]?.split('|')[0] ?? '';
}

export function kindRank(figure: Pick<EventFigure, 'keys'>): number {
  const measure = measureOf(figure);
  const at = KINDS.findIndex((kind) => kind.test(measure));
  return at < 0 ? KINDS.length : at;
}

/** The incident a figure counts, as its key names it: "" for the event's main incident, else "at:paris", "year:2016" … */
export function incidentOfFigure(figure: Pick<EventFigure, 'keys'>): string {
  const scope = figure.keys[0]?.split('|').slice(2).join('|').split(',') ?? [];
  return scope.filter(isIncidentPart).join(',');
}

/** How an incident key reads as a heading: "In Paris", "In 2016", "The first", "Earlier". */
export function incidentHeading(incident: string): string {
  if (!incident) return 'The event';
  const [kind, rest = ''] = incident.split(':');
  const name = rest.replace(/\b\w/g, (c) => c.toUpperCase());
  if (kind === 'at') return `In ${name}`;
  if (kind === 'year') return `In ${rest}`;
  if (kind === 'past') return rest ? `An earlier ${rest}` : 'Earlier events';
  if (kind === 'nth') return `The ${rest}`;
  if (kind === 'cause') return `Caused by ${rest}`;
  if (kind === 'site') return `At ${name}`;
  return kind === 'war' ? 'The war' : incident;
}

function firstReported(figure: Pick<EventFigure, 'members'>): string {
  return figure.members.reduce((first, m) => (m.capturedAt < first ? m.capturedAt : first), '\uffff');
}

export interface IncidentFigures<F> {
  incident: string;
  heading: string;
  figures: F[];
}

/** The figures under their incidents, the main incident first, each in a recorder's order. */
export function orderFigures<F extends Pick<EventFigure, 'keys' | 'members' | 'autoLabel'>>(figures: readonly F[]): IncidentFigures<F>[] {
  const byIncident = new Map<string, F[]>();
  for (const f of figures) {
    const incident = incidentOfFigure(f);
    const list = byIncident.get(incident);
    if (list) list.push(f);
    else byIncident.set(incident, [f]);
  }
  const inOrder = (list: F[]): F[] =>
    list
      .map((f) => ({ f, rank: kindRank(f), first: firstReported(f) }))
      .sort((a, b) => a.rank - b.rank || a.first.localeCompare(b.first) || a.f.autoLabel.localeCompare(b.f.autoLabel) || (a.f.keys[0] ?? '').localeCompare(b.f.keys[0] ?? ''))
      .map(({ f }) => f);
  return [...byIncident.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([incident, list]) => ({ incident, heading: incidentHeading(incident), figures: inOrder(list) }));
}
