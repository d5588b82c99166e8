/**
 * "A longer pause" (issue #21): RAIN or a letter to yourself, opened now in the break window. The only
 * way in besides the tray: Tend never offers one at a break. Nothing written or thought there is kept
 * unless the user keeps it.
 */
import { useId } from 'react';
import { longerPracticeIds, type LongerPracticeId } from '../../../electron/core/content/content-ids.ts';
import { longerById } from '../../../electron/core/content/practices.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { getBridge } from '../bridge.ts';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';

/** The two longer practices as buttons that open them now. */
export function LongerPauseField(): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const open = async (practice: LongerPracticeId): Promise<void> => {
    const result = await getBridge().invoke('break:take-now', { kind: practice });
    showMessage(result.ok ? null : t('break.unavailable'));
    if (result.ok) announce(t('settings-ui.longer.started'));
  };
  return (
    <fieldset className="field" aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}>
      <legend>{t('settings-ui.longer.legend')}</legend>
      <div className="row">
        {longerPracticeIds.map((practice) => (
          <button key={practice} type="button" className="button" onClick={() => void open(practice)}>
            {t(longerById[practice].title)}
          </button>
        ))}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('settings-ui.longer.hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </fieldset>
  );
}
