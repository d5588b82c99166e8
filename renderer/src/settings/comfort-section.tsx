/** Comfort: the language, start at login, sounds, the theme (system, light, dark) and reduced motion (system, always). */
import { useId } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { EditableField, Settings } from '../../../electron/core/settings/settings-schema.ts';
import { describedBy, FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import { LanguageField } from './language-field.tsx';
import { errorAt, type SettingsConnection } from './use-settings.ts';

type SwitchField = 'startAtLogin' | 'sounds';

function Check({
  field,
  label,
  hint,
  connection,
}: {
  field: SwitchField;
  label: string;
  hint?: string;
  connection: SettingsConnection;
}): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const set = async (on: boolean): Promise<void> => {
    showMessage(errorAt(await connection.save({ [field]: on }), field));
  };
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={connection.snapshot.settings[field]}
          aria-invalid={message !== null}
          aria-describedby={describedBy(
            hint !== undefined && `${id}-hint`,
            message !== null && `${id}-error`,
          )}
          onChange={(e) => void set(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}

function Choice<F extends Extract<EditableField, 'theme' | 'reducedMotion'>>({
  field,
  legend,
  options,
  hint,
  connection,
}: {
  field: F;
  legend: string;
  options: readonly { value: Settings[F]; label: PlainMessageKey }[];
  hint?: string;
  connection: SettingsConnection;
}): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const value = connection.snapshot.settings[field];
  const set = async (next: Settings[F]): Promise<void> => {
    showMessage(errorAt(await connection.save({ [field]: next }), field));
  };
  return (
    <fieldset
      className="field"
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, message !== null && `${id}-error`)}
    >
      <legend>{legend}</legend>
      <div className="checks-inline">
        {options.map((option) => (
          <div className="check" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              checked={value === option.value}
              onChange={() => void set(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{t(option.label)}</label>
          </div>
        ))}
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={message} />
    </fieldset>
  );
}

/** The comfort section. */
export function ComfortSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  return (
    <Section id="comfort" heading={t('settings-ui.comfort.heading')}>
      <LanguageField connection={connection} />
      <Check field="startAtLogin" label={t('settings-ui.start-at-login')} connection={connection} />
      <Check
        field="sounds"
        label={t('settings-ui.sounds')}
        hint={t('settings-ui.sounds-hint')}
        connection={connection}
      />
      <Choice
        field="theme"
        legend={t('settings-ui.theme.legend')}
        options={[
          { value: 'system', label: 'settings-ui.theme.system' },
          { value: 'light', label: 'settings-ui.theme.light' },
          { value: 'dark', label: 'settings-ui.theme.dark' },
        ]}
        connection={connection}
      />
      <Choice
        field="reducedMotion"
        legend={t('settings-ui.motion.legend')}
        options={[
          { value: 'system', label: 'settings-ui.motion.system' },
          { value: 'on', label: 'settings-ui.motion.on' },
        ]}
        hint={t('settings-ui.motion-hint')}
        connection={connection}
      />
    </Section>
  );
}
