/** The status model in words, from the message catalogue. */
import { t } from '../i18n/t.ts';
import type { EngineStatus } from './engine-types.ts';
import type { LocalTime } from './local-time.ts';

const weekdayKeys = [
  'status.sunday',
  'status.monday',
  'status.tuesday',
  'status.wednesday',
  'status.thursday',
  'status.friday',
  'status.saturday',
] as const;

/** The tray's status line for a status model, with times in the user's zone. */
export function statusText(status: EngineStatus, localTime: LocalTime): string {
  switch (status.kind) {
    case 'next-break':
      return t('status.next-break', { minutes: Math.max(1, status.minutes) });
    case 'break-soon':
      return t('status.break-soon');
    case 'offer-showing':
      return t('status.offer-showing');
    case 'on-break':
      return t('status.on-break');
    case 'paused':
      return localTime.weekdayAndMinute(status.until).minute === 0
        ? t('status.paused-until-midnight')
        : t('status.paused-until', { time: localTime.clockLabel(status.until) });
    case 'paused-until-resumed':
      return t('status.paused-until-resumed');
    case 'outside-hours': {
      if (status.startsAt === null) return t('status.outside-hours');
      const day = t(weekdayKeys[localTime.weekdayAndMinute(status.startsAt).weekday]);
      return t('status.outside-hours-until', { day, time: localTime.clockLabel(status.startsAt) });
    }
    case 'away':
      return t('status.away');
  }
}
