/**
 * An in-page implementation of the IPC contract for the browser preview: the same TendBridge the
 * preload exposes, answering from the real core instead of Electron's main process.
 */
import { isEventChannel, isInvokeChannel, type IpcResult, type TendBridge } from '../../electron/core/ipc-channels.ts';
import { t } from '../../electron/core/i18n/t.ts';
import type { EventChannel, EventPayloadOf, InvokeChannel, ResponseOf } from '../../electron/core/ipc-contract.ts';

export interface DemoLogEntry {
  channel: InvokeChannel;
  request: unknown;
}

/** A demo bridge; `log` records every request so tests can see what the UI asked for. */
export function createDemoBridge(): TendBridge & { log: DemoLogEntry[]; emit<E extends EventChannel>(e: E, p: EventPayloadOf<E>): void } {
  const log: DemoLogEntry[] = [];
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const answers: { [C in InvokeChannel]: () => ResponseOf<C> } = {
    'app:info': () => ({ name: 'Tend', version: 'preview' }),
    'break:end': () => null,
  };
  return {
    log,
    invoke(channel, ...args) {
      if (!isInvokeChannel(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: t('error.unknown-request') } });
      }
      log.push({ channel, request: args[0] });
      const value = answers[channel]();
      return Promise.resolve({ ok: true, value } as IpcResult<ResponseOf<typeof channel>>);
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) return () => {};
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => {
        set.delete(listener);
      };
    },
    emit(channel, payload) {
      for (const l of listeners.get(channel) ?? []) (l as (p: typeof payload) => void)(payload);
    },
  };
}
