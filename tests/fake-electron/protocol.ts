/** The fake protocol and session: privileged schemes (before ready only), handlers, permission handlers. */
import { fakeState, type ProtocolHandler } from './state.ts';

export interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean | undefined>;
}

/** session.defaultSession before ready throws (electron_api_session.cc FromPartition). */
function requireReady(): void {
  if (!fakeState.appReady) throw new TypeError('Session can only be received when app is ready');
}

export const protocol = {
  /** "should be called before app is ready": after it, Electron throws (electron_api_protocol.cc). */
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (fakeState.appReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    fakeState.privilegedSchemes.push(...schemes.map((s) => ({ ...s })));
  },
  /** lib/browser/api/protocol.ts: goes through session.defaultSession; a second handler for a scheme throws. */
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady();
    if (fakeState.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    fakeState.protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    requireReady();
    if (!fakeState.protocolHandlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`);
  },
  isProtocolHandled(scheme: string): boolean {
    requireReady();
    return fakeState.protocolHandlers.has(scheme);
  },
};

class FakeSession {
  readonly protocol = protocol;
  readonly webRequest = { onHeadersReceived: (): void => {}, onBeforeRequest: (): void => {} };
  setPermissionRequestHandler(handler: ((...args: never[]) => unknown) | null): void {
    fakeState.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: never[]) => unknown) | null): void {
    fakeState.permissionCheckHandler = handler;
  }
  setSpellCheckerEnabled(): void {}
}

const defaultSession = new FakeSession();

export const session = {
  get defaultSession(): FakeSession {
    requireReady();
    return defaultSession;
  },
};
