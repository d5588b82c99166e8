/** The user's local time for the engine, the status line and the break session: the system's zone and locale. */
import { createLocalTime, type LocalTime } from '../../core/engine/index.ts';
import type { Logger } from '../app/logger.ts';

interface LocalTimeOptions {
  /** An IANA zone; the system's by default. */
  timeZone?: string;
  /** A BCP 47 locale for clock labels ("14:30" or "2:30 PM"); the system's by default. */
  locale?: string;
  logger: Logger;
}

/** LocalTime for the system's zone and locale; an unknown zone or locale falls back to UTC and en-GB, logged. */
export function systemLocalTime(options: LocalTimeOptions): LocalTime {
  const system = Intl.DateTimeFormat().resolvedOptions();
  const timeZone = options.timeZone ?? system.timeZone;
  const locale = options.locale ?? system.locale;
  try {
    return createLocalTime(timeZone, locale);
  } catch (error) {
    options.logger.warn(`local time: cannot use ${timeZone} / ${locale}; using UTC`, error);
    return createLocalTime('UTC');
  }
}
