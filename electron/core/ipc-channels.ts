/**
 * Channel names of the IPC contract as plain runtime data, for the preload and renderer, which must
 * not bundle the schemas: the contract builds zod schemas as it loads, so no bundler can keep only its
 * keys. The type checks below fail the build if this list and ipc-contract.ts drift, so a channel added
 * to the contract is asked for here by the compiler.
 */
import type { EventChannel, EventPayloadOf, InvokeChannel, RequestOf, ResponseOf } from './ipc-contract.ts';

export const invokeChannels = [
  'app:info',
  'window:activate',
  'window:close',
  'break:current',
  'break:choose',
  'break:not-now',
  'break:skip',
  'break:done',
  'break:not-right',
  'break:another',
  'break:practice',
  'break:favourite',
  'break:hide-phrase',
  'break:fallback',
  'break:need',
  'break:end',
  'break:take-now',
  'grounding:current',
  'settings:get',
  'settings:update',
  'settings:reset',
  'busy:status',
  'history:summary',
  'history:clear',
  'history:export',
  'app:open-link',
  'home:run',
] as const satisfies readonly InvokeChannel[];
export const eventChannels = ['break:view', 'grounding:next', 'settings:changed', 'app:language'] as const satisfies readonly EventChannel[];

// Exhaustiveness: type-checking fails here if a contract channel is missing from the lists above.
type AssertNever<T extends never> = T;
export type InvokeChannelsComplete = AssertNever<Exclude<InvokeChannel, (typeof invokeChannels)[number]>>;
export type EventChannelsComplete = AssertNever<Exclude<EventChannel, (typeof eventChannels)[number]>>;

/** Why a request was not carried out, in a form the renderer can show. */
export interface IpcError {
  code: 'invalid-request' | 'forbidden' | 'failed';
  message: string;
}

/** Every invoke answers with a result, never a thrown error across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type InvokeArgs<C extends InvokeChannel> = undefined extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

/** The typed bridge the preload exposes as `window.tend`. */
export interface TendBridge {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}

/** True when `name` is one of the contract's invoke channels. */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (invokeChannels as readonly string[]).includes(name);
}

/** True when `name` is one of the contract's event channels. */
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (eventChannels as readonly string[]).includes(name);
}
