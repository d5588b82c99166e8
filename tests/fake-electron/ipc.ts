/** The fake IPC: ipcMain handlers a test can invoke as a page would, and the preload side. */
import { FakeEmitter } from './emitter.ts';
import type { FakeWebContents, FakeWebFrameMain } from './web-contents.ts';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /**
   * Test helper: invoke a channel as a page in `sender` would through ipcRenderer.invoke; from its top
   * frame unless `frame` says otherwise (a subframe, or null: the frame has gone or navigated away).
   */
  invoke(sender: FakeWebContents, channel: string, payload?: unknown, frame: FakeWebFrameMain | null = sender.mainFrame): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const event = { sender, senderFrame: frame, processId: 1, frameId: frame === null || frame.parent === null ? 1 : 2 };
    return Promise.resolve(handler(event, payload));
  }
}

export class FakeIpcRenderer extends FakeEmitter {
  readonly invoked: { channel: string; payload: unknown }[] = [];
  invoke(channel: string, payload?: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: null });
  }
}

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed[key] = api;
  },
};
