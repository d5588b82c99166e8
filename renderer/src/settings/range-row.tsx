/**
 * One working-hours range: its two times, "ends the next day" when it runs past midnight, a Remove
 * button and the message beside it. The times are sent together, once focus leaves them both (or on
 * Enter); a message about one missing time marks only that field, any other marks both.
 */
import { t } from '../../../electron/core/i18n/t.ts';
import { describedBy, FieldMessage } from './field-parts.tsx';
import { endsNextDay, timeText } from './time-text.ts';
import type { FieldError } from './use-settings.ts';

/** The codes of the messages for a range with a time still to fill in (see unfinishedRanges). */
export const missingTimeCodes = {
  start: 'missing-start',
  end: 'missing-end',
  both: 'missing-both',
} as const;

/** A range's row in its day's list. */
export function RangeRow({
  day,
  index,
  dayName,
  range,
  typed,
  problem,
  onTime,
  onLeave,
  onRemove,
}: {
  day: number;
  index: number;
  dayName: string;
  range: { start: number; end: number };
  /** What is typed in each field while it differs from the range (e.g. "" once cleared). */
  typed: { start: string | undefined; end: string | undefined };
  problem: FieldError | null;
  onTime: (end: 'start' | 'end', text: string) => void;
  onLeave: () => void;
  onRemove: () => void;
}): React.JSX.Element {
  const n = index + 1;
  const base = `hours-${String(day)}-${String(index)}`;
  const nextDay = endsNextDay(range);
  const error = problem !== null && `${base}-error`;
  const startInvalid = problem !== null && problem.code !== missingTimeCodes.end;
  const endInvalid = problem !== null && problem.code !== missingTimeCodes.start;
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Enter') onLeave();
  };
  return (
    <li className="range">
      <div className="range-row">
        <span
          className="range-times"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) onLeave();
          }}
        >
          <label htmlFor={`${base}-start`}>{t('settings-ui.hours.from')}</label>
          <input
            id={`${base}-start`}
            type="time"
            step={60}
            value={typed.start ?? timeText(range.start)}
            aria-label={t('settings-ui.hours.start-label', { day: dayName, n })}
            aria-invalid={startInvalid}
            aria-describedby={describedBy(error)}
            onChange={(e) => onTime('start', e.target.value)}
            onKeyDown={onKeyDown}
          />
          <label htmlFor={`${base}-end`}>{t('settings-ui.hours.to')}</label>
          <input
            id={`${base}-end`}
            type="time"
            step={60}
            value={typed.end ?? timeText(range.end)}
            aria-label={t('settings-ui.hours.end-label', { day: dayName, n })}
            aria-invalid={endInvalid}
            aria-describedby={describedBy(nextDay && `${base}-next`, error)}
            onChange={(e) => onTime('end', e.target.value)}
            onKeyDown={onKeyDown}
          />
        </span>
        {nextDay && (
          <span id={`${base}-next`} className="next-day">
            {t('settings-ui.hours.next-day')}
          </span>
        )}
        <button
          type="button"
          className="button small-button"
          aria-label={t('settings-ui.hours.remove-label', { day: dayName, n })}
          onClick={onRemove}
        >
          {t('settings-ui.hours.remove')}
        </button>
      </div>
      <FieldMessage id={`${base}-error`} message={problem?.message ?? null} />
    </li>
  );
}
