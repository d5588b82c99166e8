/** The fake web contents of a window and its frames: what the page was sent, what it loaded, its origin. */
import { FakeEmitter, fakeEvent } from './emitter.ts';
import { fakeState } from './state.ts';
import type { FakeBrowserWindow } from './windows.ts';

class DestroyedError extends Error {
  constructor() {
    super('Object has been destroyed');
  }
}

/**
 * A page's origin as Chromium serialises it. A scheme registered as `standard` with
 * registerSchemesAsPrivileged has `scheme://host` origins (electron_api_protocol.cc adds it with
 * url::AddStandardScheme); any other non-special scheme is opaque, 'null' (WHATWG URL, as Node's URL says).
 */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    const scheme = parsed.protocol.slice(0, -1);
    if (fakeState.privilegedSchemes.some((s) => s.scheme === scheme && s.privileges?.['standard'] === true)) return `${scheme}://${parsed.host}`;
    return parsed.origin;
  } catch {
    return 'null';
  }
}

/** A frame (Electron's WebFrameMain): the page's top frame, or a subframe inside it. */
export class FakeWebFrameMain {
  private readonly ownUrl: string;
  constructor(
    private readonly contents: FakeWebContents,
    readonly parent: FakeWebFrameMain | null,
    url = '',
  ) {
    this.ownUrl = url;
  }
  /** The top frame shows what its web contents loaded; a subframe its own address. */
  get url(): string {
    return this.parent === null ? this.contents.url : this.ownUrl;
  }
  get top(): FakeWebFrameMain {
    return this.parent === null ? this : this.parent.top;
  }
  get origin(): string {
    return originOf(this.url);
  }
  /** Test helper: a subframe (an iframe) inside this frame, showing `url`. */
  subframe(url: string): FakeWebFrameMain {
    return new FakeWebFrameMain(this.contents, this, url);
  }
}

/** What the page's main document was served with (custom-scheme loads; file:// loads record status 200). */
export interface FakeResponse {
  status: number;
  headers: Headers;
  body: string;
}

export class FakeWebContents extends FakeEmitter {
  readonly id = fakeState.nextWebContentsId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame: FakeWebFrameMain = new FakeWebFrameMain(this, null);
  url = '';
  /** The response behind the page on show; for a non-2xx answer with a body, the page shows that body, not Tend. */
  response: FakeResponse | null = null;
  /** When (Date.now(), the test's clock) it was destroyed; null while alive. */
  destroyedAt: number | null = null;
  private crashed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;

  constructor(readonly owner: FakeBrowserWindow) {
    super();
  }
  send(channel: string, payload?: unknown): void {
    if (this.isDestroyed()) throw new DestroyedError();
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyedAt !== null;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  getURL(): string {
    return this.url;
  }
  /** Whether the page on show is the one asked for (a load that answered non-2xx with a body shows that body). */
  showsErrorPage(): boolean {
    return this.response !== null && (this.response.status < 200 || this.response.status > 299);
  }
  /** Test helper: the renderer process dies, as Electron reports it (the window itself stays). */
  crash(reason = 'crashed'): void {
    this.crashed = true;
    this.emit('render-process-gone', fakeEvent(), { reason, exitCode: 1 });
  }
  markDestroyed(): void {
    this.destroyedAt = Date.now();
    this.emit('destroyed');
  }
}

export { DestroyedError };
