// Each screen's address, as the hash of the page's URL: back and forward move
// between screens, and a figure, a version or a comparison can be linked and
// opened again after a reload. Pure: the app reads and writes location.hash.
//
//   #/events/12                          the library, on an event
//   #/events/12/versions/345             … reading one of its versions
//   #/events/12/figures                  the event's figures
//   #/events/12/figures/figure%3A3       … with one figure chosen
//   #/events/12/compare/77               an article's latest two versions compared
//   #/events/12/compare/versions/345/346 two versions compared, of one article or of two

export type Route =
  | { screen: 'library'; eventId: number | null; versionId: number | null }
  | { screen: 'figures'; eventId: number; figure: string | null }
  | { screen: 'compare'; eventId: number; articleId: number | null; pair: VersionPair | null };

/** Two versions compared, the earlier first, by id. */
export interface VersionPair {
  before: number;
  after: number;
}

export const HOME: Route = { screen: 'library', eventId: null, versionId: null };

const id = (part: string | undefined): number | null => (part !== undefined && /^[1-9]\d{0,15}$/.test(part) ? Number(part) : null);

/** The route an address names; an address that names none is the library's home. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'events') return HOME;
  const eventId = id(parts[1]);
  if (eventId === null) return HOME;
  if (parts[2] === 'figures') {
    let figure: string | null = null;
    try {
      figure = parts[3] ? decodeURIComponent(parts.slice(3).join('/')) : null;
    } catch {
      // a mangled figure name: the figures, none chosen
    }
    return { screen: 'figures', eventId, figure };
  }
  if (parts[2] === 'compare' && parts[3] === 'versions') {
    const before = id(parts[4]);
    const after = id(parts[5]);
    if (before !== null && after !== null) return { screen: 'compare', eventId, articleId: null, pair: { before, after } };
  }
  // the address before two versions could be named: an article, its latest two versions
  if (parts[2] === 'compare' && id(parts[3]) !== null) return { screen: 'compare', eventId, articleId: id(parts[3])!, pair: null };
  return { screen: 'library', eventId, versionId: parts[2] === 'versions' ? id(parts[3]) : null };
}

export function routeHash(route: Route): string {
  if (route.eventId === null) return '';
  const event = `#/events/${route.eventId}`;
  if (route.screen === 'figures') return `${event}/figures${route.figure ? `/${encodeURIComponent(route.figure)}` : ''}`;
  if (route.screen === 'compare') {
    if (route.pair) return `${event}/compare/versions/${route.pair.before}/${route.pair.after}`;
    return route.articleId !== null ? `${event}/compare/${route.articleId}` : event;
  }
  return `${event}${route.versionId !== null ? `/versions/${route.versionId}` : ''}`;
}

/**
 * Whether going from one route to the next is a new step in the browser's
 * history (another screen, another event) or a change within the screen (a
 * version read, a figure chosen) that replaces the current entry: stepping
 * through a hundred versions with the keys does not make Back a hundred steps.
 */
export function isNewStep(from: Route, to: Route): boolean {
  if (from.screen !== to.screen || from.eventId !== to.eventId) return true;
  // another article's versions is a new step; two other versions picked on the screen are not
  return from.screen === 'compare' && to.screen === 'compare' && to.pair === null && from.articleId !== to.articleId;
}
