/** Reset to defaults, with a confirm step that says what goes (own phrases too) and defaults to keeping. */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The reset section. */
export function ResetSection({ reset }: { reset: SettingsConnection['reset'] }): React.JSX.Element {
  const [asking, setAsking] = useState(false);
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    // Focus follows the step: to "Keep my settings" when asked, back to the first button after.
    if (asking) keep.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async (): Promise<void> => {
    const done = await reset();
    setAsking(false);
    if (done) {
      showMessage(null);
      announce(t('settings-ui.reset.done'));
    } else {
      showMessage(t('settings-ui.not-saved'));
    }
  };

  return (
    <Section id="reset" heading={t('settings-ui.reset.heading')}>
      {asking ? (
        <div
          className="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setAsking(false);
            }
          }}
        >
          <p id="reset-question">{t('settings-ui.reset.confirm')}</p>
          <div className="row">
            <button ref={keep} type="button" className="button" onClick={() => setAsking(false)}>
              {t('settings-ui.reset.no')}
            </button>
            <button type="button" className="button danger" onClick={() => void confirm()}>
              {t('settings-ui.reset.yes')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button ref={start} type="button" className="button" onClick={() => setAsking(true)}>
            {t('settings-ui.reset.button')}
          </button>
        </div>
      )}
      <FieldMessage id="reset-error" message={message} />
    </Section>
  );
}
