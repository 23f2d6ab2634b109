// The guard every web contents of the app gets, whatever created it (the app
// window, a printing window, anything a future feature adds): no navigation
// away from the app, no redirect, no new window, no <webview>. Applied
// app-wide on `web-contents-created`, so no window can be made without it.
//
// One navigation becomes a download instead: a `blob:` address of the page's
// own origin, which only the page itself can have made (a comparison saved as
// HTML or Markdown). Electron may treat a click on an <a download> as a
// navigation (electron/electron#44375); refused, the researcher's "Save as…"
// would do nothing, so it is handed to the download manager, which asks where.
import type { WebContents } from 'electron';

/** The part of WebContents the guard uses: its events, its window-open handler, its address and its downloads. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL' | 'downloadURL'>;

/** "scheme://host[:port]" of an address, or null: read by hand, since Node's URL gives no origin for the app's own scheme. */
function originOf(url: string): string | null {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+/i.exec(url)?.[0].toLowerCase() ?? null;
}

/** Whether `url` is a blob the page at `pageUrl` made: `blob:` followed by the page's own origin, then the blob's id. */
export function isOwnBlob(url: string, pageUrl: string): boolean {
  const own = originOf(pageUrl);
  return own !== null && url.startsWith('blob:') && originOf(url.slice('blob:'.length)) === own && url.charAt('blob:'.length + own.length) === '/';
}

export function guardWebContents(contents: GuardedContents): void {
  const prevent = (event: { preventDefault(): void }): void => event.preventDefault();
  contents.on('will-navigate', (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    if (isOwnBlob(url, contents.getURL())) contents.downloadURL(url);
  });
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
