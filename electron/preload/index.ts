/**
 * Builds window.tend from the IPC contract's channel names. Nothing else lives here: a sandboxed
 * preload should stay tiny, and all checks happen again in main.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel, type TendBridge } from '../core/ipc-channels.ts';

const bridge: TendBridge = {
  invoke: (channel, ...args) => {
    if (!isInvokeChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: 'Unknown request.' /* preload stays catalogue-free; main answers real requests */ } });
    }
    return ipcRenderer.invoke(channel, args[0]);
  },
  on: (channel, listener) => {
    if (!isEventChannel(channel)) return () => {};
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
      (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('tend', bridge);
