/**
 * A number of minutes with its unit and the schema's bounds. What is typed is sent when the field is
 * left or Enter is pressed (or at once for the arrow keys), so "120" is never saved as "1" on the way;
 * a value main can't use stays in the field with its message beside it, and nothing is saved.
 */
import { useId, useRef, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { minuteBounds, type MinuteField } from '../../../electron/core/settings/settings-schema.ts';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { errorAt, type SettingsConnection } from './use-settings.ts';

/** The value to send for what was typed: a number when it reads as one, else the text for main to explain. */
function typed(text: string): number | string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : trimmed;
}

/** One minutes setting. */
export function MinutesField({
  field,
  label,
  unit,
  hint,
  value,
  save,
}: {
  field: MinuteField;
  label: string;
  unit: string;
  hint?: string;
  value: number;
  save: SettingsConnection['save'];
}): React.JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, showMessage] = useFieldMessage();
  const { min, max } = minuteBounds[field];
  // Enter and then leaving the field both commit: the text on its way to main is not sent twice.
  const sending = useRef<string | null>(null);

  const commit = async (text: string | null): Promise<void> => {
    if (text === null || text === sending.current) return;
    if (text.trim() === String(value)) {
      setDraft(null);
      showMessage(null);
      return;
    }
    sending.current = text;
    const problem = errorAt(await save({ [field]: typed(text) }), field);
    sending.current = null;
    if (problem === null) setDraft(null);
    showMessage(problem);
  };

  return (
    <div className="field minutes-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="field-row">
        <input
          id={`${id}-input`}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft ?? String(value)}
          aria-invalid={message !== null}
          aria-describedby={describedBy(`${id}-unit`, `${id}-hint`, message !== null && `${id}-error`)}
          onChange={(e) => {
            setDraft(e.target.value);
            // Arrow keys and the spin buttons step the value without an InputEvent: send those at once.
            if (!(e.nativeEvent instanceof InputEvent)) void commit(e.target.value);
          }}
          onBlur={() => void commit(draft)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit(draft);
          }}
        />
        <span id={`${id}-unit`}>{unit}</span>
      </div>
      <p id={`${id}-hint`} className="hint">
        {hint === undefined ? '' : `${hint} `}
        {t('settings-ui.range-hint', { min, max })}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}
