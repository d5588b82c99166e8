/**
 * Quiet moments (issue #16): which signals let a timed break wait (Do Not Disturb, full screen, a call),
 * each saved at once, what Tend can tell about each on this computer, and "Why no break?".
 */
import { useEffect, useId, useRef } from 'react';
import { busySignals, type BusySignal } from '../../../electron/core/busy/busy-signal.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { signalLabels, signalLine, whyLine } from './busy-status-text.ts';
import { describedBy, FieldMessage, Section, useFieldMessage } from './field-parts.tsx';
import { useBusyStatus } from './use-busy-status.ts';
import { errorAt, type SettingsConnection } from './use-settings.ts';

type Choices = SettingsConnection['snapshot']['settings']['dontInterrupt'];

/** The choices as one short key ("101"), which the status is asked again for whenever it changes. */
const keyOf = (choices: Choices): string => busySignals.map((s) => (choices[s] ? 1 : 0)).join('');

function SignalRow({
  signal,
  line,
  connection,
  onTurningOn,
}: {
  signal: BusySignal;
  line: string | null;
  connection: SettingsConnection;
  onTurningOn: (pending: { signal: BusySignal; choices: string } | null) => void;
}): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const set = async (on: boolean): Promise<void> => {
    if (on)
      onTurningOn({
        signal,
        choices: keyOf({ ...connection.snapshot.settings.dontInterrupt, [signal]: on }),
      });
    const problems = await connection.save((s) => ({ dontInterrupt: { ...s.dontInterrupt, [signal]: on } }));
    const problem = errorAt(problems, 'dontInterrupt');
    showMessage(problem);
    if (problem !== null) onTurningOn(null);
  };
  return (
    <div className="choice-row">
      <input
        id={id}
        type="checkbox"
        checked={connection.snapshot.settings.dontInterrupt[signal]}
        aria-invalid={message !== null}
        aria-describedby={describedBy(line !== null && `${id}-state`, message !== null && `${id}-error`)}
        onChange={(e) => void set(e.target.checked)}
      />
      <label htmlFor={id}>{t(signalLabels[signal])}</label>
      <div className="nested">
        {line !== null && (
          <p id={`${id}-state`} className="hint">
            {line}
          </p>
        )}
        <FieldMessage id={`${id}-error`} message={message} />
      </div>
    </div>
  );
}

/** The quiet-moments section. */
export function DontInterruptSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const choices = connection.snapshot.settings.dontInterrupt;
  const state = useBusyStatus(keyOf(choices));
  const { announce } = useAnnouncer();
  // A signal just turned on: once Tend has looked with it on, its new line is said, so the choice has an answer.
  const turningOn = useRef<{ signal: BusySignal; choices: string } | null>(null);
  useEffect(() => {
    const pending = turningOn.current;
    if (pending === null || state.status === 'checking' || state.choices !== pending.choices) return;
    turningOn.current = null;
    const line = signalLine(pending.signal, true, state) ?? whyLine(state);
    announce(`${t(signalLabels[pending.signal])}: ${line}`);
  }, [state, announce]);
  return (
    <Section id="quiet" heading={t('settings-ui.quiet.heading')}>
      <p id={`${id}-intro`} className="hint">
        {t('settings-ui.quiet.intro')}
      </p>
      <fieldset className="field" aria-describedby={`${id}-intro`}>
        <legend>{t('settings-ui.quiet.legend')}</legend>
        <div className="choices">
          {busySignals.map((signal) => (
            <SignalRow
              key={signal}
              signal={signal}
              line={signalLine(signal, choices[signal], state)}
              connection={connection}
              onTurningOn={(pending) => (turningOn.current = pending)}
            />
          ))}
        </div>
      </fieldset>
      <div className="field">
        <h3>{t('settings-ui.quiet.why')}</h3>
        <p>{whyLine(state)}</p>
      </div>
    </Section>
  );
}
