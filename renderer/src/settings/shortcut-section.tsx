/**
 * The grounding shortcut: what it is (in the OS's own words), a recorder (press the keys; Esc cancels),
 * and what main reports: a combination it can't use, one another app has, or no shortcut at all.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import type { ShortcutStatus } from '../../../electron/core/ipc-contract.ts';
import { acceleratorLabel, parseAccelerator } from '../../../electron/core/settings/accelerator.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import { recordKey } from './key-accelerator.ts';
import { errorAt, type SettingsConnection } from './use-settings.ts';

const defaultShortcut = defaultSettings().shortcut;

/** What main says about the shortcut in place, when it isn't simply working. */
function stateText(status: ShortcutStatus): string | null {
  switch (status.state) {
    case 'registered':
      return null;
    case 'off':
      return t('settings-ui.shortcut.state-off');
    case 'taken':
      return t('settings-ui.shortcut.state-taken', { shortcut: status.label });
    case 'invalid':
      return t('settings-ui.shortcut.state-invalid', { shortcut: status.label });
  }
}

/** Why a recorded combination can't be used, in the catalogue's words. */
function comboProblem(accelerator: string): string | null {
  const parsed = parseAccelerator(accelerator);
  if (parsed.ok) return null;
  // The same list main checks (system-shortcuts.ts), so the page never offers what main refuses.
  if (parsed.problem === 'system') return t('settings-error.shortcut-system');
  return parsed.problem === 'needs-modifier'
    ? t('settings-error.shortcut-needs-modifier')
    : t('settings-error.shortcut-invalid');
}

/** "Ctrl+Alt+" while only modifiers are held (the label of a made-up key, without the key). */
function heldLabel(modifiers: readonly string[], platform: string): string {
  if (modifiers.length === 0) return '';
  return `${acceleratorLabel([...modifiers, 'F1'].join('+'), platform).slice(0, -2)}…`;
}

/** The shortcut section. */
export function ShortcutSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const { snapshot, platform, save } = connection;
  const status = snapshot.shortcut;
  const [recording, setRecording] = useState(false);
  const [held, setHeld] = useState('');
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const recorder = useRef<HTMLInputElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (recording) recorder.current?.focus();
    else if (returnFocus.current) recordButton.current?.focus();
    returnFocus.current = false;
  }, [recording]);

  // Whatever the recorder said was about the keys pressed in it, so it goes with the recorder.
  const stop = (focusButton: boolean): void => {
    returnFocus.current = focusButton;
    setRecording(false);
    setHeld('');
    showMessage(null);
  };

  const apply = async (accelerator: string): Promise<void> => {
    const problem = errorAt(await save({ shortcut: accelerator }), 'shortcut');
    showMessage(problem);
    if (problem !== null) return;
    announce(
      accelerator === ''
        ? t('settings-ui.shortcut.turned-off')
        : t('settings-ui.shortcut.saved', { shortcut: acceleratorLabel(accelerator, platform) }),
    );
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    // Plain Tab still moves on (leaving the recorder cancels it), so the keyboard is never trapped.
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    const recorded = recordKey(e, platform);
    switch (recorded.kind) {
      case 'cancel':
        stop(true);
        return;
      case 'modifiers':
        setHeld(heldLabel(recorded.modifiers, platform));
        return;
      case 'unknown':
        setHeld('');
        showMessage(t('settings-error.shortcut-invalid'));
        return;
      case 'combination': {
        setHeld('');
        const problem = comboProblem(recorded.accelerator);
        if (problem !== null) {
          showMessage(problem);
          return;
        }
        stop(true);
        void apply(recorded.accelerator);
      }
    }
  };

  const state = message === null && !recording ? stateText(status) : null;
  const current = status.accelerator === '' ? t('settings-ui.shortcut.none') : status.label;
  return (
    <Section id="shortcut" heading={t('settings-ui.shortcut.heading')}>
      <p className="hint">{t('settings-ui.shortcut.intro')}</p>
      <p className="current-shortcut">
        <span>{t('settings-ui.shortcut.current')}</span> <kbd data-testid="current-shortcut">{current}</kbd>
      </p>
      {recording ? (
        <div className="field recorder">
          <label htmlFor={`${id}-recorder`}>{t('settings-ui.shortcut.recorder')}</label>
          <div className="field-row">
            <input
              id={`${id}-recorder`}
              ref={recorder}
              type="text"
              readOnly
              className="text-input recorder-input"
              value={held}
              placeholder={t('settings-ui.shortcut.waiting')}
              aria-invalid={message !== null}
              aria-describedby={describedBy(message !== null && `${id}-error`)}
              onKeyDown={onKeyDown}
              onKeyUp={(e) => {
                if (!e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey) setHeld('');
              }}
              onBlur={() => stop(false)}
            />
            <button
              type="button"
              className="button small-button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => stop(true)}
            >
              {t('settings-ui.shortcut.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button
            ref={recordButton}
            type="button"
            className="button"
            aria-describedby={describedBy(message !== null && `${id}-error`, state !== null && `${id}-state`)}
            onClick={() => {
              showMessage(null);
              setRecording(true);
            }}
          >
            {t('settings-ui.shortcut.record')}
          </button>
          {status.accelerator !== defaultShortcut && (
            <button type="button" className="button" onClick={() => void apply(defaultShortcut)}>
              {t('settings-ui.shortcut.use-default', {
                shortcut: acceleratorLabel(defaultShortcut, platform),
              })}
            </button>
          )}
          {status.accelerator !== '' && (
            <button type="button" className="link" onClick={() => void apply('')}>
              {t('settings-ui.shortcut.turn-off')}
            </button>
          )}
        </div>
      )}
      <FieldMessage id={`${id}-error`} message={message} />
      {state !== null && (
        <p id={`${id}-state`} className="note" data-testid="shortcut-state">
          {state}
        </p>
      )}
    </Section>
  );
}
