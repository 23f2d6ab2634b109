// The sandboxed preload: one function per contract channel and one
// subscription per push event, built from the channel list, and nothing
// else. ipcRenderer itself never reaches the page. Bundled to a single
// CommonJS file (scripts/build-electron.mjs), as sandboxed preloads must be.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, PUSH_EVENTS } from '../ipc/channels';
import type { Invokers, PreloadApi, PushEvents, Subscribers } from '../ipc/contract';
import { GRANT_PATH } from './grantPath';

const invoke = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (arg: unknown) => ipcRenderer.invoke(channel, arg)]),
) as Invokers;

const on = Object.fromEntries(
  PUSH_EVENTS.map((event) => [
    event,
    (listener: (payload: PushEvents[typeof event]) => void) => {
      const relay = (_e: Electron.IpcRendererEvent, payload: PushEvents[typeof event]): void => listener(payload);
      ipcRenderer.on(event, relay);
      return () => void ipcRenderer.removeListener(event, relay);
    },
  ]),
) as Subscribers;

const api = {
  invoke,
  on,
  // a file the page holds a path for was picked or dropped by the researcher: the main process is told, and imports only such paths
  pathForFile: (file: File) => {
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(GRANT_PATH, path);
    return path;
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('tally', api);
