// Keeps the page's address and the screen shown in step: each change of
// screen writes its address (a new history entry, or a replacement for a
// change within the screen), and back and forward show the screen their
// address names.
import { useEffect, useRef } from 'react';
import { isNewStep, parseRoute, routeHash, type Route } from './route';

/** How long a change within a screen waits before the address follows it. */
const REPLACE_AFTER_MS = 120;

/** The route the page was opened at, read once. */
export function initialRoute(): Route {
  return parseRoute(window.location.hash);
}

export function useHashRoute(current: Route, show: (route: Route) => void): void {
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });

  useEffect(() => {
    const onPop = (): void => showRef.current(parseRoute(window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const hash = routeHash(current);
  useEffect(() => {
    if (!hash || hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    // the first address the page settles on replaces the bare one it was opened at
    if (window.location.hash && isNewStep(parseRoute(window.location.hash), parseRoute(hash))) {
      history.pushState(null, '', url);
      return;
    }
    // a change within the screen (the keys running down the figures) is written once it rests: writing the address
    // costs the browser milliseconds that a keystroke should spend drawing
    const timer = setTimeout(() => history.replaceState(null, '', url), REPLACE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [hash]);
}
