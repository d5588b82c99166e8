import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../electron/core/validate-request.ts';

describe('IPC request validation', () => {
  it('accepts a well-formed request', () => {
    expect(validateRequest('break:end', { reason: 'skip' })).toEqual({ ok: true, value: { reason: 'skip' } });
  });

  it('rejects a wrong value with a plain message and no throw', () => {
    const r = validateRequest('break:end', { reason: 'explode' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-request');
  });

  it('rejects a payload on a channel that takes none', () => {
    expect(validateRequest('app:info', { sneaky: true }).ok).toBe(false);
  });
});
