/** Tend's own phrases, listed by their text, each of which can be hidden from kind words or brought back. */
import { useId } from 'react';
import { catalogue, phraseText, type PhraseItem } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { FieldMessage, useFieldMessage } from './field-parts.tsx';
import { errorAt, type SettingsConnection } from './use-settings.ts';

function LibraryPhrase({
  item,
  hidden,
  connection,
}: {
  item: PhraseItem;
  hidden: boolean;
  connection: SettingsConnection;
}): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const setHidden = async (hide: boolean): Promise<void> => {
    const problems = await connection.save((s) => {
      const others = s.hiddenPhraseIds.filter((h) => h !== item.id);
      // A hidden phrase is no longer a favourite either, as when it is hidden in the break window.
      return hide
        ? {
            hiddenPhraseIds: [...others, item.id],
            favouritePhraseIds: s.favouritePhraseIds.filter((f) => f !== item.id),
          }
        : { hiddenPhraseIds: others };
    });
    showMessage(errorAt(problems, 'hiddenPhraseIds') ?? problems[0]?.message ?? null);
  };
  return (
    <li className={hidden ? 'phrase-item is-hidden' : 'phrase-item'} data-phrase-id={item.id}>
      <div className="phrase-row">
        <span id={`${id}-text`} className="phrase-text">
          {phraseText(item)}
        </span>
        {hidden && <span className="tag">{t('settings-ui.phrases.hidden-mark')}</span>}
        <span className="phrase-actions">
          <button
            type="button"
            className="button small-button"
            aria-describedby={`${id}-text`}
            onClick={() => void setHidden(!hidden)}
          >
            {hidden ? t('settings-ui.phrases.restore') : t('settings-ui.phrases.hide')}
          </button>
        </span>
      </div>
      <FieldMessage id={`${id}-error`} message={message} />
    </li>
  );
}

/** The library's phrases in a disclosure, with how many are shown and hidden. */
export function LibraryPhrases({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const hiddenIds = new Set(connection.snapshot.settings.hiddenPhraseIds);
  const items = catalogue.phrases.items;
  const hidden = items.filter((item) => hiddenIds.has(item.id)).length;
  return (
    <details className="library">
      <summary>{t('settings-ui.phrases.library', { shown: items.length - hidden, hidden })}</summary>
      <ul className="phrase-list" data-testid="library-phrases">
        {items.map((item) => (
          <LibraryPhrase key={item.id} item={item} hidden={hiddenIds.has(item.id)} connection={connection} />
        ))}
      </ul>
    </details>
  );
}
