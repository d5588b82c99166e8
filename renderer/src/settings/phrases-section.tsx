/** Kind words: the user's own phrases, importing them from a file, and Tend's phrases to hide or bring back. */
import { t } from '../../../electron/core/i18n/t.ts';
import { Section } from './field-parts.tsx';
import { LibraryPhrases } from './library-phrases.tsx';
import { OwnPhrases } from './own-phrases.tsx';
import { PhraseImportField } from './phrase-import-field.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The kind words section. */
export function PhrasesSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  return (
    <Section id="phrases" heading={t('settings-ui.phrases.heading')}>
      <p className="hint">{t('settings-ui.phrases.intro')}</p>
      <OwnPhrases connection={connection} />
      <PhraseImportField connection={connection} />
      <LibraryPhrases connection={connection} />
    </Section>
  );
}
