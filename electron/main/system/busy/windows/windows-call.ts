/**
 * A camera or microphone in use on Windows (issue #16), read from the registry record behind the taskbar's
 * privacy indicator: under HKCU\...\CapabilityAccessManager\ConsentStore\{webcam,microphone}, one subkey per
 * packaged app and one per desktop app under NonPackaged (its path with '\' spelled '#'), each with
 * LastUsedTimeStart / LastUsedTimeStop (REG_QWORD FILETIMEs). A Stop of 0 after a Start means "in use now".
 *
 * Not documented by Microsoft, but widely relied on: LAB02-Research/HASS.Agent#251,
 * pathartl/TeamsPresence#1, sleevezipper/hass-workstation-service#18. Known fault: an app that dies
 * mid-capture can leave Stop at 0 (hass-workstation-service#40; keydet89/RegRipper3.0#79), which reads busy
 * until that app next runs; the user can switch the signal off.
 */
import type { BusyReading, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { RunCommand } from '../run-command.ts';

const consentStore = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** The two capabilities whose use means a call (or a recording): camera and microphone. */
export const callDevices = ['webcam', 'microphone'] as const;

/** The registry key `reg query … /s` reads for `device`. */
export function consentStoreKey(device: (typeof callDevices)[number]): string {
  return `${consentStore}\\${device}`;
}

interface RegValue {
  readonly type: string;
  readonly data: string;
}

/** reg.exe's value line: four spaces, name, four spaces, REG_type, then four spaces and the data (if any). */
const valueLine = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

/**
 * Each key's values from `reg query <root> /s` text, or null when it is not exactly that: a header line per
 * key (the root or a key under it), indented value lines under it, blank lines between (CRLF or LF).
 */
export function parseRegQuery(text: string, root: string): Map<string, Map<string, RegValue>> | null {
  const keys = new Map<string, Map<string, RegValue>>();
  const rootLower = root.toLowerCase();
  let current: Map<string, RegValue> | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line === '') continue;
    const lower = line.toLowerCase();
    if (lower === rootLower || lower.startsWith(`${rootLower}\\`)) {
      current = new Map();
      keys.set(lower, current);
      continue;
    }
    const [, name, type, data = ''] = valueLine.exec(line) ?? [];
    if (name === undefined || type === undefined || !current) return null;
    current.set(name.toLowerCase(), { type, data });
  }
  // reg.exe always prints the key it was asked for first; without it this is not its answer.
  return keys.has(rootLower) ? keys : null;
}

const qword = /^0x[0-9a-f]{1,16}$/i;
const zero = /^0x0+$/i;

/** One app subkey: in use, not in use, or null when its times are not the REG_QWORDs they should be. */
function inUse(values: ReadonlyMap<string, RegValue>): boolean | null {
  const start = values.get('lastusedtimestart');
  const stop = values.get('lastusedtimestop');
  for (const time of [start, stop]) {
    if (time && (time.type !== 'REG_QWORD' || !qword.test(time.data))) return null;
  }
  return start !== undefined && stop !== undefined && !zero.test(start.data) && zero.test(stop.data);
}

/** The reading for one device's `reg query` output: busy when any app has it open now. */
export function readingOfConsentStore(printed: string | null, root: string): BusyReading {
  if (printed === null) return 'unknown';
  const keys = parseRegQuery(printed, root);
  if (!keys) return 'unknown';
  let busy = false;
  for (const values of keys.values()) {
    const used = inUse(values);
    if (used === null) return 'unknown';
    busy ||= used;
  }
  return busy ? 'busy' : 'clear';
}

/** Reads whether any app has the camera or the microphone open now, through `run` (reg.exe). */
export function windowsCallReader(run: RunCommand): ReadSignal {
  return async () => {
    try {
      const readings = await Promise.all(
        callDevices.map(async (device) => {
          const key = consentStoreKey(device);
          return readingOfConsentStore(await run('reg', ['query', key, '/s']), key);
        }),
      );
      if (readings.includes('busy')) return 'busy';
      return readings.every((reading) => reading === 'clear') ? 'clear' : 'unknown';
    } catch {
      return 'unknown';
    }
  };
}
