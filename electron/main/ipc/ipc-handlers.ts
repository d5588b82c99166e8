/**
 * Registers one ipcMain handler per contract channel. Each request is checked for a known sender and a
 * valid payload before its handler runs; every answer is an IpcResult, never a thrown error.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels, type IpcResult } from '../../core/ipc-channels.ts';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../core/ipc-contract.ts';
import { t } from '../../core/i18n/t.ts';
import { validateRequest } from '../../core/validate-request.ts';

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: RequestOf<C>, event: IpcMainInvokeEvent) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/** Registers the handlers; `isKnownSender` decides which pages may call which channel. Returns an unregister function. */
export function registerIpcHandlers(
  handlers: InvokeHandlers,
  isKnownSender: (event: IpcMainInvokeEvent, channel: InvokeChannel) => boolean,
  onError: (channel: InvokeChannel, error: unknown) => void = () => {},
): () => void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, payload: unknown) => handle(channel, event, payload));
  }

  async function handle<C extends InvokeChannel>(
    channel: C,
    event: IpcMainInvokeEvent,
    payload: unknown,
  ): Promise<IpcResult<ResponseOf<C>>> {
    if (!isKnownSender(event, channel)) {
      return { ok: false, error: { code: 'forbidden', message: t('error.forbidden') } };
    }
    const request = validateRequest(channel, payload);
    if (!request.ok) return request;
    try {
      const handler = handlers[channel];
      return { ok: true, value: await handler(request.value, event) };
    } catch (error) {
      onError(channel, error);
      return { ok: false, error: { code: 'failed', message: t('error.failed') } };
    }
  }

  return () => {
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
  };
}
