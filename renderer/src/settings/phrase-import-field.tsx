/**
 * Adding phrases from a text file, one per line, read in the renderer (FileReader): it says how many
 * were added and which lines were left out and why (too long, already there, empty, the list full).
 */
import { useId, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import { listLimits } from '../../../electron/core/settings/settings-schema.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { importPhrases, maxImportBytes, type PhraseImport, type SkippedLine } from './phrase-import.ts';
import { errorAt, type SettingsConnection } from './use-settings.ts';

/** The file's text, as the browser decodes it (UTF-8 unless the file says otherwise). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'));
    };
    reader.readAsText(file);
  });
}

function skippedText({ line, reason }: SkippedLine): string {
  switch (reason) {
    case 'too-long':
      return t('settings-ui.phrases.skip.too-long', { line });
    case 'duplicate':
      return t('settings-ui.phrases.skip.duplicate', { line });
    case 'empty':
      return t('settings-ui.phrases.skip.empty', { line });
    case 'full':
      return t('settings-ui.phrases.skip.full', { line, max: listLimits.customPhrases });
  }
}

function summary(result: PhraseImport, file: string): string {
  if (result.added === 0) return t('settings-ui.phrases.import-none', { file });
  if (result.added === 1) return t('settings-ui.phrases.import-added-one', { file });
  return t('settings-ui.phrases.import-added', { count: result.added, file });
}

/** The file picker and what the last import did. */
export function PhraseImportField({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [done, setDone] = useState<{ text: string; skipped: string[] } | null>(null);
  const [message, showMessage] = useFieldMessage();
  const { announce } = useAnnouncer();

  const importFile = async (file: File): Promise<void> => {
    setDone(null);
    if (file.size > maxImportBytes) {
      showMessage(t('settings-ui.phrases.import-too-big'));
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      showMessage(t('settings-ui.phrases.import-unreadable'));
      return;
    }
    let result: PhraseImport | null = null;
    const problems = await connection.save((s) => {
      result = importPhrases(text, s.customPhrases);
      return result.added > 0 ? { customPhrases: result.phrases } : null;
    });
    const problem = errorAt(problems, 'customPhrases') ?? problems[0]?.message ?? null;
    showMessage(problem);
    const imported = result as PhraseImport | null;
    if (problem !== null || imported === null) return;
    const said = summary(imported, file.name);
    const skipped = imported.skipped.map(skippedText);
    setDone({ text: said, skipped });
    announce(
      skipped.length > 0
        ? `${said} ${t('settings-ui.phrases.import-left-out')} ${skipped.join('; ')}.`
        : said,
    );
  };

  return (
    <div className="field import">
      <label htmlFor={`${id}-file`}>{t('settings-ui.phrases.import-label')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,text/plain"
        aria-invalid={message !== null}
        aria-describedby={describedBy(
          `${id}-hint`,
          message !== null && `${id}-error`,
          done !== null && `${id}-result`,
        )}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after editing it) reads it again.
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('settings-ui.phrases.import-hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
      {done !== null && (
        <div id={`${id}-result`} className="import-result" data-testid="import-result">
          <p>{done.text}</p>
          {done.skipped.length > 0 && (
            <>
              <p>{t('settings-ui.phrases.import-left-out')}</p>
              <ul>
                {done.skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
