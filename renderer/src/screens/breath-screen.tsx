/**
 * One minute of breath. The circle grows on the in-breath, rests on holds and shrinks on the out-breath
 * through a CSS animation (transform and opacity only); the phase word changes at phase boundaries, and
 * screen readers hear only those changes. With reduced motion the circle stays still and softly changes
 * its opacity, with the word and a count.
 */
import { useEffect, useMemo } from 'react';
import {
  breathFirstUse,
  breathItem,
  breathPattern,
  breathTimeline,
  type BreathTimeline,
} from '../../../electron/core/content/index.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import type { BreathView } from '../../../electron/core/ipc-contract.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { playChime } from '../breath/chime.ts';
import { pacerAnimation } from '../breath/pacer-keyframes.ts';
import { useBreathClock } from '../breath/use-breath-clock.ts';
import { useReducedMotion } from '../session/use-look.ts';
import type { FocusOnShow, SessionActions } from '../session/use-session.ts';
import { ScreenFoot, ScreenHeading, ScreenReaderSwitch } from './screen-parts.tsx';

function Pacer({
  view,
  timeline,
  reduced,
  paused,
}: {
  view: BreathView;
  timeline: BreathTimeline;
  reduced: boolean;
  paused: boolean;
}): React.JSX.Element {
  const pattern = useMemo(
    () => breathPattern(view.patternId, { holds: view.holds }),
    [view.patternId, view.holds],
  );
  const name = useMemo(
    () =>
      timeline.paced
        ? pacerAnimation(
            `${view.patternId}-${view.holds ? 'holds' : 'no-holds'}`,
            pattern,
            reduced ? 'calm' : 'motion',
          )
        : '',
    [timeline.paced, view.patternId, view.holds, pattern, reduced],
  );
  const style: React.CSSProperties = timeline.paced
    ? {
        animationName: name,
        animationDuration: `${timeline.cycleSec}s`,
        animationIterationCount: timeline.cycles,
      }
    : {};
  return (
    <div className="pacer-area" aria-hidden="true">
      <div className="pacer-guide" />
      <div
        className={`pacer${timeline.paced ? '' : ' pacer-still'}${reduced ? ' pacer-calm' : ''}`}
        data-testid="pacer"
        data-mode={reduced ? 'calm' : 'motion'}
        data-paused={paused}
        style={style}
      />
    </div>
  );
}

/** The breath screen. */
export function BreathScreen({
  view,
  actions,
  focus,
}: {
  view: BreathView;
  actions: SessionActions;
  focus: FocusOnShow;
}): React.JSX.Element {
  const item = breathItem(view.patternId);
  const lastStep = item.steps[item.steps.length - 1];
  const timeline = useMemo(
    () => breathTimeline(breathPattern(view.patternId, { holds: view.holds })),
    [view.patternId, view.holds],
  );
  const reduced = useReducedMotion(view.look);
  const { reading, paused, setPaused } = useBreathClock(timeline, reduced);
  const { announce } = useAnnouncer();
  const phaseWord = reading.phase ? t(reading.phase.label) : '';
  const phaseKey = reading.phase ? `${reading.phase.cycle}:${reading.phase.startSec}` : '';

  useEffect(() => {
    if (phaseWord) announce(phaseWord);
  }, [phaseKey, phaseWord, announce]);

  useEffect(() => {
    if (!reading.done) return;
    if (view.chime) playChime();
    actions.done();
  }, [reading.done, view.chime, actions]);

  const breathNo = Math.min(reading.cycle + 1, Math.max(1, timeline.cycles));
  const elapsedSec = reading.phase ? Math.round(reading.phase.startSec) : Math.max(0, reading.count - 1);
  return (
    <main className={`screen breath${paused ? ' is-paused' : ''}`} aria-labelledby="breath-title">
      <div className="row head-row">
        <ScreenHeading id="breath-title" focus={focus} className="title-small">
          {t(item.title)}
        </ScreenHeading>
      </div>
      {/* The first time, the dizziness line; after that the pattern's own last line (e.g. holds are optional). */}
      {view.firstUse ? (
        <p className="note">{t(breathFirstUse)}</p>
      ) : (
        timeline.paced && lastStep && <p className="muted small">{t(lastStep.text)}</p>
      )}
      <div className="breath-stage">
        <Pacer view={view} timeline={timeline} reduced={reduced} paused={paused} />
        <div className="breath-words">
          {timeline.paced ? (
            <>
              <p className="phase-word" data-testid="phase-word">
                {paused ? t('break.breath.paused') : phaseWord}
                {reduced && !paused && reading.phase && (
                  <span className="phase-count" aria-hidden="true" data-testid="phase-count">
                    {t('break.breath.seconds', { n: reading.count })}
                  </span>
                )}
              </p>
              <p className="muted small">
                {t('break.breath.count', { n: breathNo, total: timeline.cycles })}
              </p>
            </>
          ) : (
            item.steps.map((step) => (
              <p key={step.text} className="step-text">
                {t(step.text)}
              </p>
            ))
          )}
        </div>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('break.breath.progress')}
        aria-valuemin={0}
        aria-valuemax={timeline.totalSec}
        aria-valuenow={elapsedSec}
        aria-valuetext={
          timeline.paced
            ? t('break.breath.count', { n: breathNo, total: timeline.cycles })
            : t('break.breath.unpaced-progress', { seconds: elapsedSec })
        }
      >
        <div
          className="progress-fill"
          style={{
            animationDuration: `${timeline.totalSec}s`,
            animationTimingFunction: reduced ? `steps(${Math.max(1, timeline.cycles || 12)})` : 'linear',
          }}
        />
      </div>
      <ScreenFoot onNotRight={actions.notRight}>
        <button type="button" className="button" onClick={() => setPaused(!paused)}>
          {paused ? t('break.breath.resume') : t('break.breath.pause')}
        </button>
        <button type="button" className="button" onClick={actions.done}>
          {t('break.breath.stop')}
        </button>
      </ScreenFoot>
      {timeline.paced && <ScreenReaderSwitch label={t('break.announce')} />}
    </main>
  );
}
