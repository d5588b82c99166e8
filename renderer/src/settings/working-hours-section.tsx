/**
 * Working hours: on or off, and per weekday any number of ranges (up to the schema's limit). Edits stay
 * in a draft week until they are sent: a range is sent when focus leaves it (or on Enter), adding,
 * removing and copying at once. When a time is cleared, or main can't use the week (an overlap, a range
 * with no length), the draft stays on screen with a message beside each range concerned, and nothing is
 * saved until it fits.
 */
import { useState } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import { weekdayName } from '../../../electron/core/i18n/dates.ts';
import { MAX_RANGES_PER_DAY } from '../../../electron/core/settings/working-hours-schema.ts';
import { useAnnouncer } from '../a11y/announcer.tsx';
import { describedBy, FieldMessage, Section } from './field-parts.tsx';
import { missingTimeCodes, RangeRow } from './range-row.tsx';
import { minutesOf } from './time-text.ts';
import type { FieldError, SettingsConnection } from './use-settings.ts';
import {
  addRange,
  copyToAllDays,
  dayOrder,
  dayPath,
  rangePath,
  removeRange,
  setRangeTime,
  timePath,
  typedAfterRemove,
  unfinishedRanges,
  type Week,
} from './week-edit.ts';

/** The name of weekday `day` (0 = Sunday), in the active language. */
export function dayName(day: number): string {
  return weekdayName(day);
}

const same = (a: Week, b: Week): boolean => JSON.stringify(a) === JSON.stringify(b);

const missingText: Record<keyof typeof missingTimeCodes, PlainMessageKey> = {
  start: 'settings-ui.hours.missing-start',
  end: 'settings-ui.hours.missing-end',
  both: 'settings-ui.hours.missing-both',
};

/** A message beside each range with a time still to fill in; none when every typed time is whole. */
function unfinishedErrors(typed: Readonly<Record<string, string>>): FieldError[] {
  return unfinishedRanges(typed).map(({ day, index, missing }) => ({
    field: rangePath(day, index),
    code: missingTimeCodes[missing],
    message: t(missingText[missing]),
  }));
}

const isUnfinished = (e: FieldError): boolean =>
  (Object.values(missingTimeCodes) as string[]).includes(e.code);

/** The working hours section. */
export function WorkingHoursSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { workingHours } = connection.snapshot.settings;
  const [draft, setDraft] = useState<Week | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { announce } = useAnnouncer();
  const week = draft ?? workingHours.days;

  /** Shows `problems` beside their ranges (none clears them) and says the first; true when there are some. */
  const show = (problems: FieldError[]): boolean => {
    setErrors(problems);
    const first = problems[0];
    if (first) announce(first.message);
    return first !== undefined;
  };

  const submit = async (next: Week, done?: string, typed = texts): Promise<void> => {
    setDraft(next);
    setTexts(typed);
    // A cleared time has nothing to send: the whole week waits, on screen, until it is filled in.
    const unfinished = unfinishedErrors(typed);
    if (unfinished.length > 0) {
      show(unfinished);
      return;
    }
    const problems = await connection.save((s) => ({
      workingHours: { enabled: s.workingHours.enabled, days: next },
    }));
    if (show(problems)) return;
    setDraft(null);
    setTexts({});
    if (done !== undefined) announce(done);
  };

  /** Sends what was typed into the ranges, if it differs from what is saved. */
  const submitTyped = (): void => {
    const unfinished = unfinishedErrors(texts);
    if (unfinished.length > 0) {
      show(unfinished);
      return;
    }
    if (draft === null) return;
    if (same(draft, workingHours.days) && errors.every(isUnfinished)) {
      setDraft(null);
      setTexts({});
      setErrors([]);
      return;
    }
    void submit(draft);
  };

  const setEnabled = async (enabled: boolean): Promise<void> => {
    show(await connection.save((s) => ({ workingHours: { enabled, days: s.workingHours.days } })));
  };

  const onTime = (day: number, index: number, end: 'start' | 'end', text: string): void => {
    setTexts((x) => ({ ...x, [timePath(day, index, end)]: text }));
    const minutes = minutesOf(text, end);
    if (minutes !== null) setDraft((d) => setRangeTime(d ?? workingHours.days, day, index, end, minutes));
  };

  const placed = new Set<FieldError>();
  const problemAt = (path: string, exact = false): FieldError | null => {
    const found = errors.find((e) => e.field === path || (!exact && e.field.startsWith(`${path}.`)));
    if (found) placed.add(found);
    return found ?? null;
  };

  const days = dayOrder.map((day) => {
    const name = dayName(day);
    const ranges = week[day];
    const dayMessage = problemAt(dayPath(day), true)?.message ?? null;
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
            {ranges.map((range, index) => (
              <RangeRow
                key={index}
                day={day}
                index={index}
                dayName={name}
                range={range}
                typed={{
                  start: texts[timePath(day, index, 'start')],
                  end: texts[timePath(day, index, 'end')],
                }}
                problem={problemAt(rangePath(day, index))}
                onTime={(end, text) => onTime(day, index, end, text)}
                onLeave={submitTyped}
                onRemove={() =>
                  void submit(removeRange(week, day, index), undefined, typedAfterRemove(texts, day, index))
                }
              />
            ))}
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
