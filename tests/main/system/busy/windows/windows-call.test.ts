/**
 * A call on Windows: reg.exe's ConsentStore listing, written here in reg's own shape (a leading blank
 * line, a header per key, four-space-separated value lines, CRLF, NonPackaged paths with '#' for '\'),
 * read strictly; an app whose LastUsedTimeStop is 0 after a start means the camera or microphone is on.
 */
import { describe, expect, it } from 'vitest';
import type { BusyReading } from '../../../../../electron/core/busy/busy-signal.ts';
import { runCommand, type RunCommand } from '../../../../../electron/main/system/busy/run-command.ts';
import {
  consentStoreKey,
  parseRegQuery,
  readingOfConsentStore,
  windowsCallReader,
} from '../../../../../electron/main/system/busy/windows/windows-call.ts';

const webcam = consentStoreKey('webcam');
const microphone = consentStoreKey('microphone');

/** One key block as reg.exe prints it. */
const key = (path: string, ...values: string[]) => [path, ...values.map((v) => `    ${v}`), ''];
const allow = 'Value    REG_SZ    Allow';
const times = (start: string, stop: string) => [`LastUsedTimeStart    REG_QWORD    ${start}`, `LastUsedTimeStop    REG_QWORD    ${stop}`];
const listing = (...blocks: string[][]) => ['', ...blocks.flat()].join('\r\n');

const endedLongAgo = times('0x1da5c3b2e8f1a20', '0x1da5c3c9d04b6e0');
const openNow = times('0x1dc1e3f4a2b3c4d', '0x0');

/** A camera record where the Camera app and Zoom both used the camera and stopped. */
function webcamListing(zoom: string[] = endedLongAgo): string {
  return listing(
    key(webcam, allow),
    key(`${webcam}\\Microsoft.WindowsCamera_8wekyb3d8bbwe`, allow, 'LastSetTime    REG_QWORD    0x1da5c3b2e8f0000', ...endedLongAgo),
    key(`${webcam}\\NonPackaged`, allow),
    key(`${webcam}\\NonPackaged\\C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe`, ...zoom),
  );
}

/** A microphone record where Teams (packaged) and Chrome (NonPackaged) used it. */
function microphoneListing(teams: string[] = endedLongAgo, chrome: string[] = endedLongAgo): string {
  return listing(
    key(microphone, allow),
    key(`${microphone}\\MSTeams_8wekyb3d8bbwe`, allow, ...teams),
    key(`${microphone}\\NonPackaged`, allow),
    key(`${microphone}\\NonPackaged\\C:#Program Files#Google#Chrome#Application#chrome.exe`, ...chrome),
    key(`${microphone}\\NonPackaged\\C:#Program Files (x86)#Never Started#app.exe`),
  );
}

describe("parsing reg.exe's listing", () => {
  it('gives every key under the root with its values, whatever the case of the path', () => {
    const keys = parseRegQuery(webcamListing().toUpperCase(), webcam);
    expect(keys && [...keys.keys()]).toEqual([
      webcam.toLowerCase(),
      `${webcam}\\Microsoft.WindowsCamera_8wekyb3d8bbwe`.toLowerCase(),
      `${webcam}\\NonPackaged`.toLowerCase(),
      `${webcam}\\NonPackaged\\C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe`.toLowerCase(),
    ]);
  });

  it('keeps value names with spaces and empty data', () => {
    const text = listing(key(webcam, '(Default)    REG_SZ', 'Last Used By    REG_SZ    Some App'));
    const values = parseRegQuery(text, webcam)?.get(webcam.toLowerCase());
    expect(values && Object.fromEntries(values)).toEqual({
      '(default)': { type: 'REG_SZ', data: '' },
      'last used by': { type: 'REG_SZ', data: 'Some App' },
    });
  });
});

describe('reading one device from its listing', () => {
  it.each<[string, string, BusyReading]>([
    ['every app stopped (CRLF)', webcamListing(), 'clear'],
    ['every app stopped (LF)', webcamListing().replace(/\r\n/g, '\n'), 'clear'],
    ['Zoom, a desktop app, has the camera now', webcamListing(openNow), 'busy'],
    ['Zoom holds a zero stop but never started', webcamListing(times('0x0', '0x0')), 'clear'],
    ['Zoom has a start but no stop yet recorded', webcamListing(['LastUsedTimeStart    REG_QWORD    0x1dc1e3f4a2b3c4d']), 'clear'],
    ['only the root key, nothing ever used it', listing(key(webcam, allow)), 'clear'],
  ])('%s: %s', (_, text, reading) => {
    expect(readingOfConsentStore(text, webcam)).toBe(reading);
  });

  it.each<[string, string | null]>([
    ['reg could not run or failed', null],
    ['nothing at all', ''],
    ['blank lines only', '\r\n\r\n'],
    ['garbage', '\u0000\u0001PK\u0003\u0004 binary'],
    ['a localized error on stdout', 'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.'],
    ['output cut off mid-line', webcamListing(openNow).slice(0, webcamListing(openNow).indexOf('REG_QWORD    0x0') + 7)],
    ['a value before any key', ['', `    ${allow}`, webcam, ''].join('\r\n')],
    ['another key than the one asked for', listing(key(microphone, allow))],
    ['keys under the root but not the root itself', listing(key(`${webcam}\\NonPackaged`, allow))],
    ['a time stored as REG_BINARY', webcamListing(['LastUsedTimeStart    REG_BINARY    a273b6f07104d601', 'LastUsedTimeStop    REG_QWORD    0x0'])],
    ['a time that is not hexadecimal', webcamListing(times('0x1dc1e3f4a2b3c4d', 'zero'))],
    ['tabs where reg puts four spaces', webcamListing(openNow).replace(/ {4}/g, '\t')],
  ])('reads unknown for %s', (_, text) => {
    expect(readingOfConsentStore(text, webcam)).toBe('unknown');
  });
});

/** Stands in for reg.exe: real node processes printing each device's listing (or failing). */
function regInstead(scripts: { webcam: string; microphone: string }, timeoutMs?: number) {
  const calls: { file: string; args: readonly string[] }[] = [];
  const run: RunCommand = (file, args, options) => {
    calls.push({ file, args });
    const script = args[1] === webcam ? scripts.webcam : scripts.microphone;
    return runCommand(process.execPath, ['-e', script], { ...options, ...(timeoutMs ? { timeoutMs } : {}) });
  };
  return { run, calls };
}

const printing = (text: string) => `process.stdout.write(${JSON.stringify(text)})`;
const failing = 'process.stderr.write("ERROR: The system was unable to find the specified registry key or value.\\r\\n"); process.exit(1)';

describe('reading a call through real processes', { timeout: 20_000 }, () => {
  it('queries both devices, subkeys included, with reg', async () => {
    const { run, calls } = regInstead({ webcam: printing(webcamListing()), microphone: printing(microphoneListing()) });
    await windowsCallReader(run)();
    expect(calls).toEqual(
      expect.arrayContaining([
        { file: 'reg', args: ['query', webcam, '/s'] },
        { file: 'reg', args: ['query', microphone, '/s'] },
      ]),
    );
    expect(calls).toHaveLength(2);
  });

  it.each<[string, { webcam: string; microphone: string }, BusyReading]>([
    ['both read and nothing in use', { webcam: printing(webcamListing()), microphone: printing(microphoneListing()) }, 'clear'],
    ['Teams has the microphone', { webcam: printing(webcamListing()), microphone: printing(microphoneListing(openNow)) }, 'busy'],
    ['Chrome has the microphone', { webcam: printing(webcamListing()), microphone: printing(microphoneListing(endedLongAgo, openNow)) }, 'busy'],
    ['Zoom has the camera', { webcam: printing(webcamListing(openNow)), microphone: printing(microphoneListing()) }, 'busy'],
    ['the microphone key is missing and the camera is clear', { webcam: printing(webcamListing()), microphone: failing }, 'unknown'],
    ['the microphone key is missing but the camera is on', { webcam: printing(webcamListing(openNow)), microphone: failing }, 'busy'],
    ['the camera listing is garbage', { webcam: printing('garbage\r\n'), microphone: printing(microphoneListing()) }, 'unknown'],
    ['both print nothing', { webcam: printing(''), microphone: printing('') }, 'unknown'],
  ])('%s: %s', async (_, scripts, reading) => {
    expect(await windowsCallReader(regInstead(scripts).run)()).toBe(reading);
  });

  it('reads unknown when reg runs past its deadline', async () => {
    const sleeping = 'setTimeout(() => {}, 10_000)';
    const { run } = regInstead({ webcam: sleeping, microphone: printing(microphoneListing()) }, 300);
    expect(await windowsCallReader(run)()).toBe('unknown');
  });

  it('reads unknown, without rejecting, when running reg itself throws', async () => {
    const throwing: RunCommand = () => {
      throw new Error('spawn EPERM');
    };
    expect(await windowsCallReader(throwing)()).toBe('unknown');
  });
});
