/** Reset to defaults, with a confirm step that says what goes (own phrases too) and defaults to keeping. */
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { ConfirmStep, useConfirmStep } from './confirm-step.tsx';
import { FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The reset section. */
export function ResetSection({ reset }: { reset: SettingsConnection['reset'] }): React.JSX.Element {
  const { asking, setAsking, keep, start } = useConfirmStep();
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();

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
        <ConfirmStep
          id="reset-question"
          keep={keep}
          question={t('settings-ui.reset.confirm')}
          keepLabel={t('settings-ui.reset.no')}
          confirmLabel={t('settings-ui.reset.yes')}
          onKeep={() => setAsking(false)}
          onConfirm={() => void confirm()}
        />
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
