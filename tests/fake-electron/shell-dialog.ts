/** The fake shell and dialog: what Tend opened or said, recorded. */
import { fakeState } from './state.ts';

export const shell = {
  openExternal(url: string): Promise<void> {
    fakeState.openedExternal.push(url);
    return Promise.resolve();
  },
  openPath(): Promise<string> {
    return Promise.resolve('');
  },
  showItemInFolder(): void {},
};

type MessageBoxOptions = { type?: string; message: string; detail?: string };

export const dialog = {
  shown: [] as { type: string; message: string; detail?: string }[],
  showMessageBox(win: unknown, options?: MessageBoxOptions): Promise<{ response: number }> {
    const o = options ?? (win as MessageBoxOptions);
    dialog.shown.push({ type: o.type ?? 'none', message: o.message, ...(o.detail ? { detail: o.detail } : {}) });
    return Promise.resolve({ response: 0 });
  },
  showErrorBox(title: string, content: string): void {
    dialog.shown.push({ type: 'error', message: title, detail: content });
  },
};
