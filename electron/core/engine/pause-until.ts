/** When a pause the user chose (tray or command line) ends. */
import type { PauseChoice } from '../tend-command.ts';
import type { LocalTime } from './local-time.ts';
import { MINUTE_MS } from './wall-clock.ts';

const minutes: Record<Exclude<PauseChoice, 'tomorrow' | 'indefinitely'>, number> = { '30m': 30, '1h': 60, '2h': 120 };

/** The end of a pause chosen at `now`: an instant, or null for "until I resume". */
export function pauseUntil(choice: PauseChoice, now: number, localTime: LocalTime): number | null {
  if (choice === 'indefinitely') return null;
  if (choice === 'tomorrow') return localTime.startOfNextLocalDay(now);
  return now + minutes[choice] * MINUTE_MS;
}
