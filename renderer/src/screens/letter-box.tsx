/**
 * The letter's box to write in (issue #21): what is written stays in this window and goes when it
 * closes, unless the user keeps it as a file of their own (saved where they choose, never sent anywhere).
 */
import { useId } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { saveTextFile } from '../settings/save-text-file.ts';

/** A box for the letter's text, held by the screen, with a way to keep it. */
export function LetterBox({ text, onChange }: { text: string; onChange: (text: string) => void }): React.JSX.Element {
  const id = useId();
  return (
    <div className="letter-box">
      <div className="letter-head">
        <label htmlFor={id}>{t('break.letter.label')}</label>
        <button
          type="button"
          className="quiet"
          disabled={text.trim() === ''}
          onClick={() => saveTextFile(t('break.letter.filename'), text, 'text/plain')}
        >
          {t('break.letter.keep')}
        </button>
      </div>
      <textarea id={id} rows={2} value={text} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} />
      <p id={`${id}-hint`} className="muted small">
        {t('break.letter.hint')}
      </p>
    </div>
  );
}
