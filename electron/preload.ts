// The only bridge between the page and the main process: one frozen `api` object built from the typed
// contract. No ipcRenderer, no generic send/invoke, no Node reaches the page (sandbox + context isolation).
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient } from './shell/api-client';

const api = createApiClient(
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    // The event object (with its sender) stays here; the page gets the payload only.
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
