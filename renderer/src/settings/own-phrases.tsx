/**
 * The user's own phrases: add one, edit or delete any, and hide or bring back one hidden from the kind
 * words screen. A phrase is checked as it would be in the break window (custom-phrase.ts) before it is
 * sent; what main says about the list shows beside the field that changed it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  checkPhraseText,
  customPhraseErrors,
  newCustomPhrase,
  type CustomPhrase,
} from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { RemoveAllPhrases } from './remove-all-phrases.tsx';
import { errorAt, type Change, type SettingsConnection } from './use-settings.ts';

/** The message for a phrase the rules turn down, or null when it can be used. */
function phraseProblem(text: string, others: readonly CustomPhrase[]): string | null {
  const checked = checkPhraseText(text, others);
  return checked.ok ? null : t(customPhraseErrors[checked.error]);
}

/** Settings without phrase `id` anywhere: the list, the hidden ones and the favourites. */
const withoutPhrase =
  (id: string): Change =>
  (s) => ({
    customPhrases: s.customPhrases.filter((p) => p.id !== id),
    hiddenPhraseIds: s.hiddenPhraseIds.filter((h) => h !== id),
    favouritePhraseIds: s.favouritePhraseIds.filter((f) => f !== id),
  });

function AddPhrase({
  connection,
  inputRef,
}: {
  connection: SettingsConnection;
  inputRef: React.RefObject<HTMLInputElement | null>;
}): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState('');
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const add = async (): Promise<void> => {
    const problem = phraseProblem(text, connection.snapshot.settings.customPhrases);
    if (problem !== null) {
      showMessage(problem);
      return;
    }
    const problems = await connection.save((s) => {
      const made = newCustomPhrase(text, s.customPhrases);
      return made.ok ? { customPhrases: [...s.customPhrases, made.phrase] } : null;
    });
    const saved = errorAt(problems, 'customPhrases');
    showMessage(saved);
    if (saved === null) {
      setText('');
      announce(t('settings-ui.phrases.added'));
    }
  };
  return (
    <form
      className="field add-phrase"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('settings-ui.phrases.new-label')}</label>
      <div className="field-row">
        <input
          id={`${id}-text`}
          ref={inputRef}
          type="text"
          className="text-input"
          value={text}
          autoComplete="off"
          aria-invalid={message !== null}
          aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}
          onChange={(e) => {
            setText(e.target.value);
            if (message !== null) showMessage(null);
          }}
        />
        <button type="submit" className="button">
          {t('settings-ui.phrases.add')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('settings-ui.phrases.new-hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </form>
  );
}

function OwnPhrase({
  phrase,
  hidden,
  connection,
  afterDelete,
}: {
  phrase: CustomPhrase;
  hidden: boolean;
  connection: SettingsConnection;
  afterDelete: () => void;
}): React.JSX.Element {
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // When the edit field goes, focus returns to the button that opened it.
    const isEditing = editing !== null;
    if (wasEditing.current && !isEditing) editButton.current?.focus();
    wasEditing.current = isEditing;
  }, [editing]);

  const stopEditing = (): void => {
    setEditing(null);
    showMessage(null);
  };
  const saveEdit = async (): Promise<void> => {
    if (editing === null) return;
    const others = connection.snapshot.settings.customPhrases.filter((p) => p.id !== phrase.id);
    const problem = phraseProblem(editing, others);
    if (problem !== null) {
      showMessage(problem);
      return;
    }
    const text = checkPhraseText(editing, others);
    if (!text.ok) return;
    const problems = await connection.save((s) => ({
      customPhrases: s.customPhrases.map((p) => (p.id === phrase.id ? { ...p, text: text.text } : p)),
    }));
    const saved = errorAt(problems, 'customPhrases');
    if (saved === null) stopEditing();
    else showMessage(saved);
  };
  const setHidden = async (hide: boolean): Promise<void> => {
    const problems = await connection.save((s) => ({
      hiddenPhraseIds: hide
        ? [...s.hiddenPhraseIds.filter((h) => h !== phrase.id), phrase.id]
        : s.hiddenPhraseIds.filter((h) => h !== phrase.id),
    }));
    showMessage(errorAt(problems, 'hiddenPhraseIds'));
  };
  const remove = async (): Promise<void> => {
    const problems = await connection.save(withoutPhrase(phrase.id));
    const saved = errorAt(problems, 'customPhrases') ?? problems[0]?.message ?? null;
    showMessage(saved);
    if (saved === null) {
      announce(t('settings-ui.phrases.deleted'));
      afterDelete();
    }
  };

  if (editing !== null) {
    return (
      <li className="phrase-item editing">
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            void saveEdit();
          }}
        >
          <label htmlFor={`${id}-edit`} className="sr-only">
            {t('settings-ui.phrases.edit-label')}
          </label>
          <input
            id={`${id}-edit`}
            type="text"
            className="text-input"
            value={editing}
            autoFocus
            aria-invalid={message !== null}
            aria-describedby={describedBy(message !== null && `${id}-error`)}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                stopEditing();
              }
            }}
          />
          <button type="submit" className="button small-button">
            {t('settings-ui.phrases.save')}
          </button>
          <button type="button" className="button small-button" onClick={stopEditing}>
            {t('settings-ui.phrases.cancel')}
          </button>
        </form>
        <FieldMessage id={`${id}-error`} message={message} />
      </li>
    );
  }
  return (
    <li className={hidden ? 'phrase-item is-hidden' : 'phrase-item'}>
      <div className="phrase-row">
        <span id={`${id}-text`} className="phrase-text">
          {phrase.text}
        </span>
        {hidden && <span className="tag">{t('settings-ui.phrases.hidden-mark')}</span>}
        <span className="phrase-actions">
          <button
            ref={editButton}
            type="button"
            className="button small-button"
            aria-describedby={`${id}-text`}
            onClick={() => setEditing(phrase.text)}
          >
            {t('settings-ui.phrases.edit')}
          </button>
          {hidden && (
            <button
              type="button"
              className="button small-button"
              aria-describedby={`${id}-text`}
              onClick={() => void setHidden(false)}
            >
              {t('settings-ui.phrases.restore')}
            </button>
          )}
          <button
            type="button"
            className="button small-button"
            aria-describedby={`${id}-text`}
            onClick={() => void remove()}
          >
            {t('settings-ui.phrases.delete')}
          </button>
        </span>
      </div>
      <FieldMessage id={`${id}-error`} message={message} />
    </li>
  );
}

/** The user's phrases and the field to add one. */
export function OwnPhrases({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { customPhrases, hiddenPhraseIds } = connection.snapshot.settings;
  const addInput = useRef<HTMLInputElement>(null);
  return (
    <div className="own-phrases">
      <h3>{t('content.phrases.custom-title')}</h3>
      {customPhrases.length === 0 ? (
        <p className="hint empty-note">{t('settings-ui.phrases.none')}</p>
      ) : (
        <ul className="phrase-list" data-testid="own-phrases">
          {customPhrases.map((phrase) => (
            <OwnPhrase
              key={phrase.id}
              phrase={phrase}
              hidden={hiddenPhraseIds.includes(phrase.id)}
              connection={connection}
              afterDelete={() => addInput.current?.focus()}
            />
          ))}
        </ul>
      )}
      <AddPhrase connection={connection} inputRef={addInput} />
      <RemoveAllPhrases connection={connection} />
    </div>
  );
}
