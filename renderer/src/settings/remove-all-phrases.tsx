/** "Remove all my phrases", behind a confirm step that says how many go and starts on keeping them. */
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { ConfirmStep, useConfirmStep } from './confirm-step.tsx';
import { FieldMessage, useFieldMessage } from './field-parts.tsx';
import { withoutPhrases } from './phrase-import-field.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The button and its confirm step (shown only while there are phrases to remove). */
export function RemoveAllPhrases({
  connection,
}: {
  connection: SettingsConnection;
}): React.JSX.Element | null {
  const { asking, setAsking, keep, start } = useConfirmStep();
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const count = connection.snapshot.settings.customPhrases.length;

  const confirm = async (): Promise<void> => {
    const ids = new Set(connection.snapshot.settings.customPhrases.map((p) => p.id));
    const problems = await connection.save(withoutPhrases(ids));
    setAsking(false);
    const problem = problems[0]?.message ?? null;
    showMessage(problem);
    if (problem === null) announce(t('settings-ui.phrases.removed-all'));
  };

  if (count === 0 && message === null) return null;
  return (
    <div className="field remove-all">
      {asking ? (
        <ConfirmStep
          id="remove-all-question"
          keep={keep}
          question={t('settings-ui.phrases.remove-all-confirm', { count })}
          keepLabel={t('settings-ui.phrases.remove-all-no')}
          confirmLabel={t('settings-ui.phrases.remove-all-yes', { count })}
          onKeep={() => setAsking(false)}
          onConfirm={() => void confirm()}
        />
      ) : (
        count > 0 && (
          <button ref={start} type="button" className="button" onClick={() => setAsking(true)}>
            {t('settings-ui.phrases.remove-all')}
          </button>
        )
      )}
      <FieldMessage id="remove-all-error" message={message} />
    </div>
  );
}
