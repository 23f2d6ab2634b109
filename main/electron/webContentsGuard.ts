// The guard every web contents of the app gets, whatever created it (the app
// window, a printing window, anything a future feature adds): no navigation
// away from the app, no redirect, no new window, no <webview>. Applied
// app-wide on `web-contents-created`, so no window can be made without it.
import type { WebContents } from 'electron';

/** The part of WebContents the guard uses: its events and its window-open handler. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents): void {
  const prevent = (event: { preventDefault(): void }): void => event.preventDefault();
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
