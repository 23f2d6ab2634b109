import { describe, expect, it } from 'vitest';
import { HOME, isNewStep, parseRoute, routeHash, type Route } from './route';

describe('screen addresses', () => {
  const routes: Route[] = [
    { screen: 'library', eventId: 12, versionId: null },
    { screen: 'library', eventId: 12, versionId: 345 },
    { screen: 'figures', eventId: 12, figure: null },
    { screen: 'figures', eventId: 12, figure: 'key:killed|people|at:paris' },
    { screen: 'figures', eventId: 12, figure: 'figure:3' },
    { screen: 'compare', eventId: 12, articleId: 77, pair: null },
    { screen: 'compare', eventId: 12, articleId: null, pair: { before: 345, after: 901 } },
  ];

  it('reads back every address it writes', () => {
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash(routes[3]!)).toBe('#/events/12/figures/key%3Akilled%7Cpeople%7Cat%3Aparis');
    expect(routeHash(routes[6]!)).toBe('#/events/12/compare/versions/345/901');
  });

  it('still reads the address of an article’s comparison written before versions could be named', () => {
    expect(parseRoute('#/events/12/compare/77')).toEqual({ screen: 'compare', eventId: 12, articleId: 77, pair: null });
    // half a pair names no pair: the event's library
    expect(parseRoute('#/events/12/compare/versions/345')).toEqual({ screen: 'library', eventId: 12, versionId: null });
    expect(parseRoute('#/events/12/compare/versions/345/x')).toEqual({ screen: 'library', eventId: 12, versionId: null });
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
    // other versions picked while comparing replace the entry; another article's comparison is a step
    expect(isNewStep(routes[5]!, routes[6]!)).toBe(false);
    expect(isNewStep(routes[6]!, { screen: 'compare', eventId: 12, articleId: null, pair: { before: 1, after: 2 } })).toBe(false);
    expect(isNewStep(routes[5]!, { screen: 'compare', eventId: 12, articleId: 78, pair: null })).toBe(true);
    expect(isNewStep(routes[0]!, routes[6]!)).toBe(true);
  });
});
