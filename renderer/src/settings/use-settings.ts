/**
 * The settings window's line to main: the snapshot (kept fresh by settings:changed), the platform for
 * shortcut labels, and changes sent one at a time, each worked out from the latest saved settings so
 * two quick edits of the same list never undo each other.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import type { SettingsSnapshot } from '../../../electron/core/ipc-contract.ts';
import type { EditableField, Settings } from '../../../electron/core/settings/settings-schema.ts';
import { getBridge } from '../bridge.ts';

/** A problem with one field of a change, ready to show beside that field. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A change as the window sends it: values are checked (and explained) by main, so any value may go. */
export type Patch = Partial<Record<EditableField, unknown>>;

/** A change, or a way to work it out from the latest settings (null: nothing to send after all). */
export type Change = Patch | ((settings: Settings) => Patch | null);

/** What the sections read and call. */
export interface SettingsConnection {
  snapshot: SettingsSnapshot;
  /** process.platform of main ('darwin', 'win32', 'linux'; 'browser' in the preview). */
  platform: string;
  /** True on a desktop that shows no tray icons (app:info). */
  trayHidden: boolean;
  /** Sends a change; resolves to its problems, empty when it was saved. */
  save: (change: Change) => Promise<FieldError[]>;
  /** Everything back to the defaults; resolves to false when main could not be reached. */
  reset: () => Promise<boolean>;
  /** Goes up with every reset, so sections drop what was typed but not saved. */
  generation: number;
}

/** Loading, ready, or unreachable. */
export type SettingsState =
  { status: 'loading' } | { status: 'problem' } | { status: 'ready'; connection: SettingsConnection };

function notSaved(patch: Patch): FieldError[] {
  return Object.keys(patch).map((field) => ({
    field,
    code: 'not-saved',
    message: t('settings-ui.not-saved'),
  }));
}

/** The settings window's connection, from the first settings:get on. */
export function useSettings(): SettingsState {
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | null>(null);
  const [platform, setPlatform] = useState('');
  const [trayHidden, setTrayHidden] = useState(false);
  const [problem, setProblem] = useState(false);
  const [generation, setGeneration] = useState(0);
  const latest = useRef<SettingsSnapshot | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const take = useCallback((next: SettingsSnapshot) => {
    latest.current = next;
    setSnapshot(next);
  }, []);

  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    void Promise.all([bridge.invoke('settings:get'), bridge.invoke('app:info')]).then(
      ([got, info]) => {
        if (!live) return;
        if (info.ok) {
          setPlatform(info.value.platform);
          setTrayHidden(info.value.trayHidden === true);
        }
        if (got.ok) take(got.value);
        else setProblem(true);
      },
      () => {
        if (live) setProblem(true);
      },
    );
    const off = bridge.on('settings:changed', take);
    return () => {
      live = false;
      off();
    };
  }, [take]);

  /** Runs `job` after every change sent before it. */
  const inTurn = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(job, job);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const save = useCallback(
    (change: Change) =>
      inTurn(async (): Promise<FieldError[]> => {
        const current = latest.current;
        if (!current) return [];
        const patch = typeof change === 'function' ? change(current.settings) : change;
        if (!patch || Object.keys(patch).length === 0) return [];
        try {
          const result = await getBridge().invoke('settings:update', patch);
          if (!result.ok) return notSaved(patch);
          take(result.value.snapshot);
          return result.value.saved ? [] : result.value.errors;
        } catch {
          return notSaved(patch);
        }
      }),
    [inTurn, take],
  );

  const reset = useCallback(
    () =>
      inTurn(async () => {
        try {
          const result = await getBridge().invoke('settings:reset');
          if (!result.ok) return false;
          take(result.value);
          setGeneration((g) => g + 1);
          return true;
        } catch {
          return false;
        }
      }),
    [inTurn, take],
  );

  return useMemo((): SettingsState => {
    if (snapshot) return { status: 'ready', connection: { snapshot, platform, trayHidden, save, reset, generation } };
    return problem ? { status: 'problem' } : { status: 'loading' };
  }, [snapshot, platform, trayHidden, save, reset, generation, problem]);
}

/** The message for `path` (a field such as "intervalMin", or anything inside it), if there is one. */
export function errorAt(errors: readonly FieldError[], path: string): string | null {
  const found = errors.find((e) => e.field === path || e.field.startsWith(`${path}.`));
  return found ? found.message : null;
}
