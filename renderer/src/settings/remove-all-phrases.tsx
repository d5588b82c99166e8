/** "Remove all my phrases", behind a confirm step that says how many go and starts on keeping them. */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { FieldMessage, useFieldMessage } from './field-parts.tsx';
import { withoutPhrases } from './phrase-import-field.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The button and its confirm step (shown only while there are phrases to remove). */
export function RemoveAllPhrases({
  connection,
}: {
  connection: SettingsConnection;
}): React.JSX.Element | null {
  const [asking, setAsking] = useState(false);
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const count = connection.snapshot.settings.customPhrases.length;

  useEffect(() => {
    // Focus follows the step: to "Keep them" when asked, back to the button after.
    if (asking) keep.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

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
        <div
          className="confirm"
          role="group"
          aria-labelledby="remove-all-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setAsking(false);
            }
          }}
        >
          <p id="remove-all-question">{t('settings-ui.phrases.remove-all-confirm', { count })}</p>
          <div className="row">
            <button ref={keep} type="button" className="button" onClick={() => setAsking(false)}>
              {t('settings-ui.phrases.remove-all-no')}
            </button>
            <button type="button" className="button danger" onClick={() => void confirm()}>
              {t('settings-ui.phrases.remove-all-yes', { count })}
            </button>
          </div>
        </div>
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
