/**
 * The user's say over their pause history (issue #19): whether it is kept, whether "Not now" and "Skip"
 * are noted, a copy to take away (CSV or JSON), and "Delete all" behind a confirm step that starts on
 * keeping. Each switch is saved at once, like every other setting.
 */
import { useId } from 'react';
import type { HistoryExportFormat, HistorySummary } from '../../../electron/core/ipc-contract.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { getBridge } from '../bridge.ts';
import { ConfirmStep, useConfirmStep } from './confirm-step.tsx';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { saveTextFile } from './save-text-file.ts';
import { errorAt, type SettingsConnection } from './use-settings.ts';

type HistoryChoice = 'keep' | 'showSkips';

function HistorySwitch({
  choice,
  label,
  hint,
  connection,
}: {
  choice: HistoryChoice;
  label: string;
  hint: string;
  connection: SettingsConnection;
}): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const set = async (on: boolean): Promise<void> => {
    const problems = await connection.save((s) => ({ history: { ...s.history, [choice]: on } }));
    showMessage(errorAt(problems, 'history'));
  };
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={connection.snapshot.settings.history[choice]}
          aria-invalid={message !== null}
          aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}
          onChange={(e) => void set(e.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <p id={`${id}-hint`} className="hint pauses-hint">
        {hint}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}

function ExportButtons(): React.JSX.Element {
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const save = async (format: HistoryExportFormat): Promise<void> => {
    const result = await getBridge()
      .invoke('history:export', { format })
      .catch(() => null);
    if (result === null || !result.ok) {
      showMessage(t('settings-ui.pauses.export.unavailable'));
      return;
    }
    showMessage(null);
    saveTextFile(result.value.filename, result.value.text, result.value.mimeType);
    announce(t('settings-ui.pauses.export.ready', { file: result.value.filename }));
  };
  return (
    <div
      className="field"
      role="group"
      aria-labelledby="pauses-export-label"
      aria-describedby="pauses-export-hint"
    >
      <h3 id="pauses-export-label">{t('settings-ui.pauses.export')}</h3>
      <p id="pauses-export-hint" className="hint">
        {t('settings-ui.pauses.export.hint')}
      </p>
      <div className="row">
        <button type="button" className="button" onClick={() => void save('csv')}>
          {t('settings-ui.pauses.export.csv')}
        </button>
        <button type="button" className="button" onClick={() => void save('json')}>
          {t('settings-ui.pauses.export.json')}
        </button>
      </div>
      <FieldMessage id="pauses-export-error" message={message} />
    </div>
  );
}

function DeleteAll({ onCleared }: { onCleared: (summary: HistorySummary) => void }): React.JSX.Element {
  const { asking, setAsking, keep, start } = useConfirmStep();
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const confirm = async (): Promise<void> => {
    const result = await getBridge()
      .invoke('history:clear')
      .catch(() => null);
    setAsking(false);
    if (result === null || !result.ok) {
      showMessage(t('settings-ui.pauses.delete.unavailable'));
      return;
    }
    showMessage(null);
    onCleared(result.value);
    announce(t('settings-ui.pauses.delete.done'));
  };
  return (
    <div className="field">
      {asking ? (
        <ConfirmStep
          id="pauses-delete-question"
          keep={keep}
          question={t('settings-ui.pauses.delete.confirm')}
          keepLabel={t('settings-ui.pauses.delete.no')}
          confirmLabel={t('settings-ui.pauses.delete.yes')}
          onKeep={() => setAsking(false)}
          onConfirm={() => void confirm()}
        />
      ) : (
        <div className="row">
          <button ref={start} type="button" className="button" onClick={() => setAsking(true)}>
            {t('settings-ui.pauses.delete')}
          </button>
        </div>
      )}
      <FieldMessage id="pauses-delete-error" message={message} />
    </div>
  );
}

/** The switches, and (while anything is kept) the copy and "Delete all". */
export function PausesControls({
  connection,
  held,
  onCleared,
}: {
  connection: SettingsConnection;
  /** Pauses kept in all (0 or unknown: nothing to save or delete). */
  held: number;
  onCleared: (summary: HistorySummary) => void;
}): React.JSX.Element {
  const keep = connection.snapshot.settings.history.keep;
  return (
    <div className="pauses-controls">
      <HistorySwitch
        choice="keep"
        label={t('settings-ui.pauses.keep')}
        hint={t(keep ? 'settings-ui.pauses.keep.hint' : 'settings-ui.pauses.keep.off-hint')}
        connection={connection}
      />
      <HistorySwitch
        choice="showSkips"
        label={t('settings-ui.pauses.show-skips')}
        hint={t('settings-ui.pauses.show-skips.hint')}
        connection={connection}
      />
      {held > 0 && <ExportButtons />}
      {held > 0 && <DeleteAll onCleared={onCleared} />}
    </div>
  );
}
