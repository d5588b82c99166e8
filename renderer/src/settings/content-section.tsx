/**
 * What a break offers: which of the three kinds a timed offer shows (at least one stays on), the default
 * breath pattern from the content catalogue, whether box breathing keeps its holds, and the longer
 * pauses, opened only from here and the tray.
 */
import { useId } from 'react';
import { boxBreath, breathIds, breathItem, type BreathId } from '../../../electron/core/content/index.ts';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import type { BreakKind } from '../../../electron/core/settings/settings-schema.ts';
import { describedBy, FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import { LongerPauseField } from './longer-pause-field.tsx';
import { errorAt, type SettingsConnection } from './use-settings.ts';

const kinds: readonly { kind: BreakKind; label: PlainMessageKey }[] = [
  { kind: 'breath', label: 'offer.breath' },
  { kind: 'tea', label: 'offer.tea' },
  { kind: 'kind', label: 'offer.kind' },
];

const breathHints: Record<BreathId, PlainMessageKey> = {
  'breath.natural': 'settings-ui.breath.hint.natural',
  'breath.easy-7': 'settings-ui.breath.hint.easy-7',
  'breath.even-5-5': 'settings-ui.breath.hint.even-5-5',
  'breath.longout-4-6': 'settings-ui.breath.hint.longout-4-6',
  'breath.sigh': 'settings-ui.breath.hint.sigh',
  'breath.box-4': 'settings-ui.breath.hint.box-4',
};

function KindsField({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const offered = connection.snapshot.settings.offeredKinds;
  const toggle = async (kind: BreakKind, on: boolean): Promise<void> => {
    const problems = await connection.save((s) => ({
      // Kept in the offer's own order, whatever order they were turned on in.
      offeredKinds: kinds.map((k) => k.kind).filter((k) => (k === kind ? on : s.offeredKinds.includes(k))),
    }));
    showMessage(errorAt(problems, 'offeredKinds'));
  };
  return (
    <fieldset
      className="field"
      aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}
    >
      <legend>{t('settings-ui.kinds.legend')}</legend>
      <div className="checks-inline">
        {kinds.map(({ kind, label }) => (
          <div className="check" key={kind}>
            <input
              id={`${id}-${kind}`}
              type="checkbox"
              checked={offered.includes(kind)}
              aria-invalid={message !== null}
              onChange={(e) => void toggle(kind, e.target.checked)}
            />
            <label htmlFor={`${id}-${kind}`}>{t(label)}</label>
          </div>
        ))}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('settings-ui.kinds.hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </fieldset>
  );
}

function BreathField({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const [holdsMessage, showHoldsMessage] = useFieldMessage();
  const { defaultBreathPattern, boxHolds } = connection.snapshot.settings;
  const choose = async (pattern: BreathId): Promise<void> => {
    showMessage(errorAt(await connection.save({ defaultBreathPattern: pattern }), 'defaultBreathPattern'));
  };
  const setHolds = async (on: boolean): Promise<void> => {
    showHoldsMessage(errorAt(await connection.save({ boxHolds: on }), 'boxHolds'));
  };
  return (
    <fieldset className="field" aria-describedby={describedBy(message !== null && `${id}-error`)}>
      <legend>{t('settings-ui.breath.legend')}</legend>
      <div className="choices">
        {breathIds.map((pattern) => (
          <div className="choice-row" key={pattern}>
            <input
              id={`${id}-${pattern}`}
              type="radio"
              name={`${id}-pattern`}
              checked={defaultBreathPattern === pattern}
              aria-describedby={`${id}-${pattern}-hint`}
              onChange={() => void choose(pattern)}
            />
            <label htmlFor={`${id}-${pattern}`}>{t(breathItem(pattern).title)}</label>
            <p id={`${id}-${pattern}-hint`} className="hint">
              {t(breathHints[pattern])}
            </p>
            {pattern === boxBreath && (
              <div className="check nested">
                <input
                  id={`${id}-holds`}
                  type="checkbox"
                  checked={boxHolds}
                  aria-describedby={describedBy(
                    `${id}-holds-hint`,
                    holdsMessage !== null && `${id}-holds-error`,
                  )}
                  onChange={(e) => void setHolds(e.target.checked)}
                />
                <label htmlFor={`${id}-holds`}>{t('settings-ui.breath.holds')}</label>
                <p id={`${id}-holds-hint`} className="hint">
                  {t('settings-ui.breath.holds-hint')}
                </p>
                <FieldMessage id={`${id}-holds-error`} message={holdsMessage} />
              </div>
            )}
          </div>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} message={message} />
    </fieldset>
  );
}

/** Kinds on offer, the breath, and the longer pauses to open now. */
export function ContentSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  return (
    <Section id="content" heading={t('settings-ui.content.heading')}>
      <KindsField connection={connection} />
      <BreathField connection={connection} />
      <LongerPauseField />
    </Section>
  );
}
