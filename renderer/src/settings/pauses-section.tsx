/**
 * "Your pauses" (issue #19): this week in one kind sentence, today's minutes of care, and this week and
 * the last weeks as small charts by kind (each with its table), then the user's controls. Gentle totals
 * only: no streaks, goals or comparisons, and "Not now" and "Skip" only when the user asks to see them.
 */
import { t } from '../../../electron/core/i18n/t.ts';
import type { HistorySummary } from '../../../electron/core/ipc-contract.ts';
import { Section } from './field-parts.tsx';
import { PausesChart, PausesLegend } from './pauses-chart.tsx';
import { PausesControls } from './pauses-controls.tsx';
import type { PausesColumn } from './pauses-table.tsx';
import {
  answersLine,
  longDate,
  longDay,
  shortDate,
  shortDay,
  shortDayDate,
  thisWeek,
  todayLine,
  weekSentence,
} from './pauses-text.ts';
import { useHistorySummary } from './use-history-summary.ts';
import type { SettingsConnection } from './use-settings.ts';
import './pauses.css';

/** This week's days as chart columns. */
function dayColumns(summary: HistorySummary): PausesColumn[] {
  return thisWeek(summary).days.map((d) => ({
    key: d.date,
    label: shortDay(d.date),
    short: shortDayDate(d.date),
    name: longDay(d.date),
    byKind: d.byKind,
    breaks: d.breaks,
    seconds: d.seconds,
    current: d.date === summary.today.date,
  }));
}

/** The summary's weeks as chart columns, oldest first. */
function weekColumns(summary: HistorySummary): PausesColumn[] {
  const last = summary.weeks.length - 1;
  return summary.weeks.map((w, i) => ({
    key: w.start,
    label: shortDate(w.start),
    short: shortDate(w.start),
    name: longDate(w.start),
    byKind: w.byKind,
    breaks: w.breaks,
    seconds: w.seconds,
    current: i === last,
  }));
}

function Overview({ summary }: { summary: HistorySummary }): React.JSX.Element {
  const answers = answersLine(summary);
  const anything = summary.weeks.some((w) => w.breaks > 0);
  return (
    <>
      <div className="pauses-words">
        <p className={thisWeek(summary).breaks > 0 ? 'pauses-sentence' : 'pauses-sentence is-quiet'}>
          {weekSentence(summary)}
        </p>
        {anything && <p>{todayLine(summary)}</p>}
        {answers !== null && <p className="hint pauses-answers">{answers}</p>}
      </div>
      {anything && (
        <>
          <PausesLegend />
          <div className="pauses-charts">
            <PausesChart
              id="pauses-by-day"
              heading={t('settings-ui.pauses.by-day')}
              tableLabel={t('settings-ui.pauses.by-day.table')}
              rowHeading={t('settings-ui.pauses.column.day')}
              columns={dayColumns(summary)}
            />
            <PausesChart
              id="pauses-by-week"
              heading={t('settings-ui.pauses.by-week', { count: summary.weeks.length })}
              tableLabel={t('settings-ui.pauses.by-week.table')}
              rowHeading={t('settings-ui.pauses.column.week')}
              columns={weekColumns(summary)}
            />
          </div>
        </>
      )}
    </>
  );
}

/** The "Your pauses" section. */
export function PausesSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { keep, showSkips } = connection.snapshot.settings.history;
  const { state, replace } = useHistorySummary(`${keep ? 1 : 0}${showSkips ? 1 : 0}`);
  const cleared = (summary: HistorySummary): void => {
    replace(summary);
    // "Delete all" goes with what it deleted; the section's heading keeps the user's place.
    document.getElementById('pauses-heading')?.focus();
  };
  return (
    <Section id="pauses" heading={t('settings-ui.pauses.heading')}>
      {state.status === 'loading' && <p className="hint">{t('settings-ui.pauses.loading')}</p>}
      {state.status === 'problem' && <p className="note">{t('settings-ui.pauses.unavailable')}</p>}
      {state.status === 'ready' && <Overview summary={state.summary} />}
      <PausesControls
        connection={connection}
        held={state.status === 'ready' ? state.summary.total : 0}
        onCleared={cleared}
      />
    </Section>
  );
}
