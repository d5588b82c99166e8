/**
 * Tend's language (issue #20): the system's, or one chosen here. Each language is listed by its own
 * name, marked with its lang so a screen reader says it in that language; the change applies at once
 * (main switches the tray and tells every window, app:language).
 */
import { useId } from 'react';
import { isLocaleCode, localeCodes, localeInfo, type LocaleCode } from '../../../electron/core/i18n/locales.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { Settings } from '../../../electron/core/settings/settings-schema.ts';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { errorAt, type SettingsConnection } from './use-settings.ts';

function isLanguageSetting(value: string): value is Settings['language'] {
  return value === 'system' || isLocaleCode(value);
}

/** The language select. */
export function LanguageField({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const set = async (value: string): Promise<void> => {
    if (!isLanguageSetting(value)) return;
    showMessage(errorAt(await connection.save({ language: value }), 'language'));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings-ui.language.label')}</label>
      <select
        id={id}
        value={connection.snapshot.settings.language}
        aria-invalid={message !== null}
        aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}
        onChange={(e) => void set(e.target.value)}
      >
        <option value="system">{t('settings-ui.language.system')}</option>
        {localeCodes.map((code: LocaleCode) => (
          <option key={code} value={code} lang={code}>
            {localeInfo[code].name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('settings-ui.language.hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}
