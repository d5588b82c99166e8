/**
 * Adding phrases from a text file, one per line, read in the renderer as bytes. The file must be text
 * (phrase-import.ts in core says so, with the same phrase rules main applies); what was left out comes
 * back as a few summary lines by reason, the last import can be undone in one step, and only the free
 * places in the list are ever worked through. The native file control is hidden from sight but stays the
 * one focusable control (its focus ring shows on the styled button that stands for it, a label for it).
 */
import { useId, useState } from 'react';
import {
  importPhrases,
  maxImportBytes,
  maxImportLines,
  readPhraseFile,
  type PhraseImport,
  type SkipGroup,
} from '../../../electron/core/content/phrase-import.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { listLimits } from '../../../electron/core/settings/settings-schema.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, useFieldMessage } from './field-parts.tsx';
import { errorAt, type Change, type SettingsConnection } from './use-settings.ts';

/** The file's bytes (FileReader, which every engine Tend runs in has). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // Not `instanceof ArrayBuffer`: the buffer may come from another realm (a test's jsdom).
      const result = reader.result;
      resolve(result === null || typeof result === 'string' ? new Uint8Array() : new Uint8Array(result));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('unreadable'));
    };
    reader.readAsArrayBuffer(file);
  });
}

/** "Line 3", "Lines 3, 7, 9", or "Lines 3, 7, 9 and 120 more". */
function linesText({ count, lines }: SkipGroup): string {
  if (count === 1) return t('settings-ui.phrases.lines-one', { line: lines[0] ?? 0 });
  const named = lines.join(', ');
  if (count === lines.length) return t('settings-ui.phrases.lines-some', { lines: named });
  return t('settings-ui.phrases.lines-more', { lines: named, more: count - lines.length });
}

function skippedText(group: SkipGroup): string {
  const lines = linesText(group);
  switch (group.reason) {
    case 'too-long':
      return t('settings-ui.phrases.skip.too-long', { lines });
    case 'duplicate':
      return t('settings-ui.phrases.skip.duplicate', { lines });
    case 'empty':
      return t('settings-ui.phrases.skip.empty', { lines });
    case 'unsafe':
      return t('settings-ui.phrases.skip.unsafe', { lines });
    case 'full':
      return t('settings-ui.phrases.skip.full', { lines, max: listLimits.customPhrases });
    case 'not-read':
      return t('settings-ui.phrases.skip.not-read', { lines, max: maxImportLines });
  }
}

function summary(result: PhraseImport, file: string): string {
  if (result.added === 0) return t('settings-ui.phrases.import-none', { file });
  return t('settings-ui.phrases.import-added', { count: result.added, file });
}

/** Settings without the phrases `ids` anywhere: the list, the hidden ones and the favourites. */
export const withoutPhrases =
  (ids: ReadonlySet<string>): Change =>
  (s) => ({
    customPhrases: s.customPhrases.filter((p) => !ids.has(p.id)),
    hiddenPhraseIds: s.hiddenPhraseIds.filter((h) => !ids.has(h)),
    favouritePhraseIds: s.favouritePhraseIds.filter((f) => !ids.has(f)),
  });

/** The file picker, what the last import did, and its undo. */
export function PhraseImportField({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [done, setDone] = useState<{ text: string; skipped: string[]; file: string; ids: string[] } | null>(
    null,
  );
  const [message, showMessage] = useFieldMessage();
  const [status, setStatus] = useState<string>(t('settings-ui.phrases.import-no-file'));
  const { announce } = useAnnouncer();

  const readAndAdd = async (file: File): Promise<void> => {
    if (file.size > maxImportBytes) {
      showMessage(t('settings-ui.phrases.import-too-big'));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch {
      showMessage(t('settings-ui.phrases.import-unreadable'));
      return;
    }
    const read = readPhraseFile(bytes);
    if (!read.ok) {
      showMessage(t('settings-ui.phrases.import-not-text', { file: file.name }));
      return;
    }
    let result: PhraseImport | null = null;
    const problems = await connection.save((s) => {
      result = importPhrases(read.text, s.customPhrases);
      return result.added > 0 ? { customPhrases: result.phrases } : null;
    });
    const problem = errorAt(problems, 'customPhrases') ?? problems[0]?.message ?? null;
    showMessage(problem);
    const imported = result as PhraseImport | null;
    if (problem !== null || imported === null) return;
    const said = summary(imported, file.name);
    const skipped = imported.skipped.map(skippedText);
    const ids = imported.phrases.slice(imported.phrases.length - imported.added).map((p) => p.id);
    setDone({ text: said, skipped, file: file.name, ids });
    announce(
      skipped.length > 0
        ? `${said} ${t('settings-ui.phrases.import-left-out')} ${skipped.join('; ')}.`
        : said,
    );
  };

  const importFile = async (file: File): Promise<void> => {
    setDone(null);
    setStatus(t('settings-ui.phrases.import-reading', { file: file.name }));
    try {
      await readAndAdd(file);
    } finally {
      setStatus(t('settings-ui.phrases.import-chosen', { file: file.name }));
    }
  };

  const undo = async (): Promise<void> => {
    if (done === null) return;
    const problems = await connection.save(withoutPhrases(new Set(done.ids)));
    const problem = problems[0]?.message ?? null;
    showMessage(problem);
    if (problem !== null) return;
    setDone(null);
    announce(t('settings-ui.phrases.import-undone', { file: done.file }));
  };

  return (
    <div className="field import">
      <label htmlFor={`${id}-file`}>{t('settings-ui.phrases.import-label')}</label>
      <div className="field-row">
        <input
          id={`${id}-file`}
          type="file"
          className="sr-only file-input"
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
        {/* A second label: clicking it opens the file chooser, as the native button would. */}
        <label htmlFor={`${id}-file`} className="button file-button">
          {t('settings-ui.phrases.import-button')}
        </label>
        <span className="file-status" data-testid="import-status">
          {status}
        </span>
      </div>
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
          {done.ids.length > 0 && (
            <button type="button" className="button small-button" onClick={() => void undo()}>
              {t('settings-ui.phrases.import-undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
