/** The status model in words, from the message catalogue. */
import { dayMonthName, weekdayName } from '../i18n/dates.ts';
import { t } from '../i18n/t.ts';
import type { EngineStatus } from './engine-types.ts';
import type { LocalTime } from './local-time.ts';


/** A timed pause: the time alone today, "midnight" or "tomorrow" next, then the weekday, then the date. */
function pausedText(until: number, daysAhead: number, localTime: LocalTime): string {
  const time = localTime.clockLabel(until);
  if (daysAhead <= 0) return t('status.paused-until', { time });
  if (daysAhead === 1) {
    return localTime.weekdayAndMinute(until).minute === 0 ? t('status.paused-until-midnight') : t('status.paused-until-tomorrow', { time });
  }
  const day = daysAhead < 7 ? weekdayName(localTime.weekdayAndMinute(until).weekday) : dayMonthName(localTime.localDateKey(until));
  return t('status.paused-until-day', { day, time });
}

/** The tray's status line for a status model, with times in the user's zone. */
export function statusText(status: EngineStatus, localTime: LocalTime): string {
  switch (status.kind) {
    case 'next-break':
      return t('status.next-break', { minutes: Math.max(1, status.minutes) });
    case 'break-soon':
      return t('status.break-soon');
    case 'held':
      return t('status.held');
    case 'offer-showing':
      return t('status.offer-showing');
    case 'on-break':
      return t('status.on-break');
    case 'paused':
      return pausedText(status.until, status.daysAhead, localTime);
    case 'paused-until-resumed':
      return t('status.paused-until-resumed');
    case 'outside-hours': {
      if (status.startsAt === null) return t('status.outside-hours');
      const day = weekdayName(localTime.weekdayAndMinute(status.startsAt).weekday);
      return t('status.outside-hours-until', { day, time: localTime.clockLabel(status.startsAt) });
    }
    case 'away':
      return t('status.away');
  }
}
