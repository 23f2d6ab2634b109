// Figures are read in a recorder's order, under their incidents, and an edit
// never moves one.
import { describe, expect, it } from 'vitest';
import { incidentHeading, orderFigures } from '../../../main/core/compare/figureOrder';

const figure = (key: string, autoLabel: string, capturedAt = '2016-07-15T08:00:00Z') => ({ keys: [key], autoLabel, label: autoLabel, members: [{ capturedAt }] as never[] });

describe('the order of an event’s figures', () => {
  it('puts the main incident first, casualties in a recorder’s order, then the rest by when first reported', () => {
    const figures = [
      figure('|distance|in meters', 'distance (meters)', '2016-07-15T07:00:00Z'),
      figure('arrested|people|', 'people arrested'),
      figure('killed|people|at:paris', 'people killed in Paris'),
      figure('wounded|people|', 'people wounded'),
      figure('killed|people|', 'people killed', '2016-07-15T09:00:00Z'),
      figure('killed|people|year:2016', 'people killed in 2016'),
      figure('missing|people|', 'people missing'),
    ];
    const ordered = orderFigures(figures);
    expect(ordered.map((g) => g.heading)).toEqual(['The event', 'In Paris', 'In 2016']);
    expect(ordered[0]!.figures.map((f) => f.autoLabel)).toEqual(['people killed', 'people wounded', 'people missing', 'people arrested', 'distance (meters)']);
  });

  it('keeps a figure in its place when the researcher renames it', () => {
    const a = figure('killed|people|', 'people killed');
    const b = figure('wounded|people|', 'people wounded');
    const before = orderFigures([b, a])[0]!.figures;
    const renamed = { ...a, label: 'Zeta: deaths at the promenade' };
    expect(orderFigures([b, renamed])[0]!.figures.map((f) => f.keys[0])).toEqual(before.map((f) => f.keys[0]));
  });

  it('names incidents as headings', () => {
    expect(incidentHeading('site:airport')).toBe('At Airport');
    expect(incidentHeading('past:attack')).toBe('An earlier attack');
    expect(incidentHeading('nth:first')).toBe('The first');
  });
});
