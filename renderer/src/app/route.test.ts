import { describe, expect, it } from 'vitest';
import { HOME, isNewStep, parseRoute, routeHash, type Route } from './route';

describe('screen addresses', () => {
  const routes: Route[] = [
    { screen: 'library', eventId: 12, versionId: null },
    { screen: 'library', eventId: 12, versionId: 345 },
    { screen: 'figures', eventId: 12, figure: null },
    { screen: 'figures', eventId: 12, figure: 'key:killed|people|at:paris' },
    { screen: 'figures', eventId: 12, figure: 'figure:3' },
    { screen: 'compare', eventId: 12, articleId: 77 },
  ];

  it('reads back every address it writes', () => {
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash(routes[3]!)).toBe('#/events/12/figures/key%3Akilled%7Cpeople%7Cat%3Aparis');
  });

  it('reads an address that names nothing it knows as the library’s home', () => {
    for (const hash of ['', '#', '#/', '#/elsewhere', '#/events/x', '#/events/0', '#token=abc']) expect(parseRoute(hash)).toEqual(HOME);
    expect(parseRoute('#/events/12/versions/x')).toEqual({ screen: 'library', eventId: 12, versionId: null });
    expect(parseRoute('#/events/12/figures/%E0%A4%A')).toEqual({ screen: 'figures', eventId: 12, figure: null });
  });

  it('makes another screen or event a new step in the history, and a version or figure chosen a change of the same step', () => {
    expect(isNewStep(routes[0]!, routes[2]!)).toBe(true);
    expect(isNewStep(routes[0]!, { screen: 'library', eventId: 13, versionId: null })).toBe(true);
    expect(isNewStep(routes[0]!, routes[1]!)).toBe(false);
    expect(isNewStep(routes[2]!, routes[4]!)).toBe(false);
  });
});
