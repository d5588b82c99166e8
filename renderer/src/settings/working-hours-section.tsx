/**
 * Working hours: on or off, and per weekday any number of ranges (up to the schema's limit). Edits stay
 * in a draft week until they are sent: a range is sent when focus leaves it (or on Enter), adding,
 * removing and copying at once. When main can't use the week (an overlap, a range with no length), the
 * draft stays on screen with a message beside each range concerned, and nothing is saved.
 */
import { useState } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import { MAX_RANGES_PER_DAY } from '../../../electron/core/settings/working-hours-schema.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, Section } from './field-parts.tsx';
import { endsNextDay, minutesOf, timeText } from './time-text.ts';
import type { FieldError, SettingsConnection } from './use-settings.ts';
import {
  addRange,
  copyToAllDays,
  dayOrder,
  dayPath,
  rangePath,
  removeRange,
  setRangeTime,
  type Week,
} from './week-edit.ts';

const dayNames: readonly PlainMessageKey[] = [
  'settings-ui.hours.day.0',
  'settings-ui.hours.day.1',
  'settings-ui.hours.day.2',
  'settings-ui.hours.day.3',
  'settings-ui.hours.day.4',
  'settings-ui.hours.day.5',
  'settings-ui.hours.day.6',
];

/** The name of weekday `day` (0 = Sunday). */
export function dayName(day: number): string {
  return t(dayNames[day] ?? 'settings-ui.hours.day.0');
}

const same = (a: Week, b: Week): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The working hours section. */
export function WorkingHoursSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { workingHours } = connection.snapshot.settings;
  const [draft, setDraft] = useState<Week | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { announce } = useAnnouncer();
  const week = draft ?? workingHours.days;

  const submit = async (next: Week, done?: string): Promise<void> => {
    setDraft(next);
    const problems = await connection.save((s) => ({
      workingHours: { enabled: s.workingHours.enabled, days: next },
    }));
    setErrors(problems);
    const first = problems[0];
    if (first) {
      announce(first.message);
      return;
    }
    setDraft(null);
    setTexts({});
    if (done !== undefined) announce(done);
  };

  /** Sends what was typed into the ranges, if it differs from what is saved. */
  const submitTyped = (): void => {
    if (draft === null) return;
    if (same(draft, workingHours.days) && errors.length === 0) {
      setDraft(null);
      setTexts({});
      return;
    }
    void submit(draft);
  };

  const setEnabled = async (enabled: boolean): Promise<void> => {
    const problems = await connection.save((s) => ({ workingHours: { enabled, days: s.workingHours.days } }));
    setErrors(problems);
    const first = problems[0];
    if (first) announce(first.message);
  };

  const onTime = (day: number, index: number, end: 'start' | 'end', text: string): void => {
    setTexts((x) => ({ ...x, [`${rangePath(day, index)}.${end}`]: text }));
    const minutes = minutesOf(text, end);
    if (minutes !== null) setDraft((d) => setRangeTime(d ?? workingHours.days, day, index, end, minutes));
  };

  const placed = new Set<FieldError>();
  const messageAt = (path: string, exact = false): string | null => {
    const found = errors.find((e) => e.field === path || (!exact && e.field.startsWith(`${path}.`)));
    if (found) placed.add(found);
    return found ? found.message : null;
  };

  const days = dayOrder.map((day) => {
    const name = dayName(day);
    const ranges = week[day];
    const dayMessage = messageAt(dayPath(day), true);
    return (
      <fieldset
        key={day}
        className="day"
        aria-describedby={describedBy(dayMessage !== null && `hours-${day}-error`)}
      >
        <legend>{name}</legend>
        {ranges.length === 0 && <p className="hint day-off">{t('settings-ui.hours.day-off')}</p>}
        {ranges.length > 0 && (
          <ul className="ranges">
            {ranges.map((range, index) => {
              const path = rangePath(day, index);
              const n = index + 1;
              const base = `hours-${day}-${index}`;
              const message = messageAt(path);
              const nextDay = endsNextDay(range);
              const invalid = message !== null;
              return (
                <li key={index} className="range">
                  <div className="range-row">
                    {/* The two times are sent together, once focus leaves them both. */}
                    <span
                      className="range-times"
                      onBlur={(e) => {
                        if (!e.currentTarget.contains(e.relatedTarget)) submitTyped();
                      }}
                    >
                      <label htmlFor={`${base}-start`}>{t('settings-ui.hours.from')}</label>
                      <input
                        id={`${base}-start`}
                        type="time"
                        step={60}
                        value={texts[`${path}.start`] ?? timeText(range.start)}
                        aria-label={t('settings-ui.hours.start-label', { day: name, n })}
                        aria-invalid={invalid}
                        aria-describedby={describedBy(invalid && `${base}-error`)}
                        onChange={(e) => onTime(day, index, 'start', e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') submitTyped();
                        }}
                      />
                      <label htmlFor={`${base}-end`}>{t('settings-ui.hours.to')}</label>
                      <input
                        id={`${base}-end`}
                        type="time"
                        step={60}
                        value={texts[`${path}.end`] ?? timeText(range.end)}
                        aria-label={t('settings-ui.hours.end-label', { day: name, n })}
                        aria-invalid={invalid}
                        aria-describedby={describedBy(nextDay && `${base}-next`, invalid && `${base}-error`)}
                        onChange={(e) => onTime(day, index, 'end', e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') submitTyped();
                        }}
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
                      aria-label={t('settings-ui.hours.remove-label', { day: name, n })}
                      onClick={() => void submit(removeRange(week, day, index))}
                    >
                      {t('settings-ui.hours.remove')}
                    </button>
                  </div>
                  <FieldMessage id={`${base}-error`} message={message} />
                </li>
              );
            })}
          </ul>
        )}
        <div className="row day-actions">
          <button
            type="button"
            className="button small-button"
            disabled={ranges.length >= MAX_RANGES_PER_DAY}
            aria-label={t('settings-ui.hours.add-label', { day: name })}
            onClick={() => void submit(addRange(week, day))}
          >
            {t('settings-ui.hours.add')}
          </button>
          <button
            type="button"
            className="button small-button"
            aria-label={t('settings-ui.hours.copy-label', { day: name })}
            onClick={() =>
              void submit(copyToAllDays(week, day), t('settings-ui.hours.copied', { day: name }))
            }
          >
            {t('settings-ui.hours.copy')}
          </button>
        </div>
        <FieldMessage id={`hours-${day}-error`} message={dayMessage} />
      </fieldset>
    );
  });
  // Anything not placed beside a day or a range (e.g. Tend couldn't be reached) shows under the heading.
  const other = errors.find((e) => !placed.has(e))?.message ?? null;

  return (
    <Section id="hours" heading={t('settings-ui.hours.heading')}>
      <p className="hint">{t('settings-ui.hours.intro')}</p>
      <div className="check">
        <input
          id="hours-enabled"
          type="checkbox"
          checked={workingHours.enabled}
          onChange={(e) => void setEnabled(e.target.checked)}
        />
        <label htmlFor="hours-enabled">{t('settings-ui.hours.enabled')}</label>
      </div>
      {workingHours.enabled && (
        <>
          <p className="hint">{t('settings-ui.hours.midnight')}</p>
          {errors.length > 0 && (
            <p className="note" data-testid="hours-not-saved">
              {t('settings-ui.hours.not-saved')}
            </p>
          )}
          <FieldMessage id="hours-error" message={other} />
          <div className="days">{days}</div>
        </>
      )}
      {!workingHours.enabled && <FieldMessage id="hours-error" message={other} />}
    </Section>
  );
}
