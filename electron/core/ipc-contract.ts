/**
 * The one IPC contract: every channel between renderer and main, with the runtime schemas of its
 * request and response. Main validates every request against these schemas; the preload and the
 * renderer use only the types (and the channel names in ipc-channels.ts), so zod stays out of them.
 */
import { z } from 'zod';

/** The prompt kinds a timed offer presents. */
export const offerKindSchema = z.enum(['breath', 'tea', 'kind']);

/** What the renderer needs to know to draw the app's identity. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
});

/** How a break ended, as the user said it. */
export const breakEndSchema = z.object({
  reason: z.enum(['done', 'not-now', 'skip']),
});

/** Invoke channels (renderer → main): request and response schemas. */
export const invokeContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'break:end': { request: breakEndSchema, response: z.null() },
} as const;

/** Event channels (main → renderer): payload schemas. */
export const eventContract = {
  'break:show': z.object({ kind: offerKindSchema.or(z.literal('offer')).or(z.literal('grounding')) }),
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<EventContract[E]>;
export type OfferKind = z.infer<typeof offerKindSchema>;
