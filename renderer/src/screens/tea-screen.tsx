/** A tea prompt: the steps, an optional gentle three-minute timer, and "I'm back". */
import { useEffect, useState } from 'react';
import { itemById } from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { TeaView } from '../../../electron/core/ipc-contract.ts';
import { playChime } from '../breath/chime.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { PromptFoot, PromptSteps, ScreenHeading } from './screen-parts.tsx';

const timerMinutes = 3;

/** The optional tea timer: off, or minutes gone, moving once a minute (no ticking seconds). */
function useTeaTimer(chime: boolean): {
  on: boolean;
  minutesLeft: number;
  done: boolean;
  toggle: () => void;
} {
  const [gone, setGone] = useState<number | null>(null);
  useEffect(() => {
    if (gone === null || gone >= timerMinutes) return;
    const timer = setTimeout(() => setGone((g) => (g === null ? null : g + 1)), 60_000);
    return () => clearTimeout(timer);
  }, [gone]);
  const done = gone !== null && gone >= timerMinutes;
  useEffect(() => {
    if (!done || !chime) return;
    return playChime();
  }, [done, chime]);
  return {
    on: gone !== null,
    minutesLeft: timerMinutes - (gone ?? 0),
    done,
    toggle: () => setGone((g) => (g === null ? 0 : null)),
  };
}

/** The tea screen. */
export function TeaScreen({
  view,
  actions,
  focus,
}: {
  view: TeaView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element | null {
  const item = itemById(view.itemId);
  const timer = useTeaTimer(view.chime);
  if (item?.kind !== 'tea') return null;
  const timerText = timer.done
    ? t('break.tea.timer-done')
    : timer.minutesLeft > 1
      ? t('break.tea.timer-left', { minutes: timer.minutesLeft })
      : t('break.tea.timer-last-minute');
  return (
    <main className="screen prompt tea" aria-labelledby="tea-title">
      <ScreenHeading id="tea-title" focus={focus}>
        {t(item.title)}
      </ScreenHeading>
      <PromptSteps steps={item.steps} />
      <div className="row timer-row">
        <button type="button" className="button" onClick={timer.toggle}>
          {timer.on ? t('break.tea.timer-stop') : t('break.tea.timer-start')}
        </button>
        {timer.on && (
          <span className="muted small" data-testid="tea-timer">
            {timerText}
          </span>
        )}
      </div>
      <PromptFoot onNotRight={actions.notRight} onDone={actions.done} doneLabel={t('break.tea.back')} />
    </main>
  );
}
