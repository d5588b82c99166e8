/** A tiny EventEmitter with listener counts, so tests can check that nothing leaks listeners. */
type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, { fn: Listener; once: boolean }[]>();

  on(event: string, fn: Listener): this {
    this.list(event).push({ fn, once: false });
    return this;
  }

  addListener(event: string, fn: Listener): this {
    return this.on(event, fn);
  }

  once(event: string, fn: Listener): this {
    this.list(event).push({ fn, once: true });
    return this;
  }

  off(event: string, fn: Listener): this {
    const list = this.list(event);
    const i = list.findIndex((l) => l.fn === fn);
    if (i >= 0) list.splice(i, 1);
    return this;
  }

  removeListener(event: string, fn: Listener): this {
    return this.off(event, fn);
  }

  removeAllListeners(event?: string): this {
    if (event === undefined) this.listeners.clear();
    else this.listeners.delete(event);
    return this;
  }

  listenerCount(event: string): number {
    return this.list(event).length;
  }

  /** Total listeners over all events. */
  totalListenerCount(): number {
    let n = 0;
    for (const list of this.listeners.values()) n += list.length;
    return n;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = [...this.list(event)];
    for (const l of list) {
      if (l.once) this.off(event, l.fn);
      (l.fn as (...a: unknown[]) => unknown)(...args);
    }
    return list.length > 0;
  }

  private list(event: string): { fn: Listener; once: boolean }[] {
    let list = this.listeners.get(event);
    if (!list) {
      list = [];
      this.listeners.set(event, list);
    }
    return list;
  }
}

/** An event object with preventDefault, like Electron's. */
export function fakeEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
