/** Runtime validation of IPC requests against the contract (used by main only). */
import { invokeContract, type InvokeChannel, type RequestOf } from './ipc-contract.ts';
import type { IpcResult } from './ipc-channels.ts';
import { t } from './i18n/t.ts';

/** Checks `payload` against the request schema of `channel`; never throws. */
export function validateRequest<C extends InvokeChannel>(channel: C, payload: unknown): IpcResult<RequestOf<C>> {
  const schema = invokeContract[channel].request;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as RequestOf<C> };
  const first = parsed.error.issues[0];
  // The path is the contract's own (not words), so it reads the same in every language.
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return { ok: false, error: { code: 'invalid-request', message: t('error.invalid-request', { where }) } };
}
