/**
 * A microphone in use on Linux, from `pactl list source-outputs` and `pactl list short sources` as
 * captured in fixtures/ (tab-indented fields, `\t\tkey = "value"` properties): which capture streams
 * count as recording (not a .monitor loopback, not pavucontrol's level meters, not a corked stream),
 * how strictly the text is read, and that pactl runs in the C locale and reads null when it cannot answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  microphoneInUse,
  parseShortSources,
  parseSourceOutputs,
  recordingStreams,
} from '../../../../../electron/main/system/busy/linux/microphone-in-use.ts';
import { prints, scriptedCommands, type Behaviour } from './scripted-commands.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const SOURCES = fixture('pactl-short-sources.txt');
const OUTPUTS_CALL = fixture('pactl-source-outputs-call.txt');
const OUTPUTS_NO_CALL = fixture('pactl-source-outputs-no-call.txt');
const MONITOR = 0;
const MICROPHONE = 1;

/** One `Source Output` block shaped as pactl prints it. */
function sourceOutput(
  index: number,
  source: number,
  corked: boolean,
  properties: Record<string, string>,
): string {
  return [
    `Source Output #${String(index)}`,
    '\tDriver: protocol-native.c',
    `\tSource: ${String(source)}`,
    '\tSample Specification: s16le 2ch 44100Hz',
    `\tCorked: ${corked ? 'yes' : 'no'}`,
    '\tMute: no',
    '\tProperties:',
    ...Object.entries(properties).map(([key, value]) => `\t\t${key} = "${value}"`),
    '',
  ].join('\n');
}

describe('reading pactl list short sources', () => {
  it('maps each source index to its name', () => {
    expect(parseShortSources(SOURCES)).toEqual(
      new Map([
        [MONITOR, 'alsa_output.pci-0000_00_1f.3.analog-stereo.monitor'],
        [MICROPHONE, 'alsa_input.pci-0000_00_1f.3.analog-stereo'],
      ]),
    );
  });

  it('reads no sources from empty text', () => {
    expect(parseShortSources('')).toEqual(new Map());
  });

  it.each([
    ['a message', 'Failure: Connection refused\n'],
    ['the long listing', 'Source #0\n\tState: IDLE\n'],
  ])('is null for %s', (_, text) => {
    expect(parseShortSources(text)).toBeNull();
  });
});

describe('reading pactl list source-outputs', () => {
  it('reads each stream with its source, corked state and properties', () => {
    const streams = parseSourceOutputs(OUTPUTS_CALL);
    expect(streams?.map((stream) => [stream.source, stream.corked])).toEqual([
      [MONITOR, false],
      [MICROPHONE, false],
      [MONITOR, false],
      [MICROPHONE, false],
    ]);
    expect(streams?.[1]?.properties.get('application.id')).toBe('org.PulseAudio.pavucontrol');
    expect(streams?.[3]?.properties.get('application.name')).toBe('Firefox');
  });

  it('reads a corked stream as corked', () => {
    expect(parseSourceOutputs(sourceOutput(7, MICROPHONE, true, {}))?.[0]?.corked).toBe(true);
  });

  it('reads no streams from empty text (nothing records)', () => {
    expect(parseSourceOutputs('')).toEqual([]);
  });

  it.each([
    ['text before the first stream', `Connection failure\n${sourceOutput(0, MICROPHONE, false, {})}`],
    ['a stream without its source', sourceOutput(0, MICROPHONE, false, {}).replace('\tSource: 1\n', '')],
    [
      'a stream without its corked state',
      sourceOutput(0, MICROPHONE, false, {}).replace('\tCorked: no\n', ''),
    ],
    ['translated labels', sourceOutput(0, MICROPHONE, false, {}).replace('\tSource:', '\tQuelle:')],
  ])('is null for %s', (_, text) => {
    expect(parseSourceOutputs(text)).toBeNull();
  });
});

describe('which streams record from a microphone', () => {
  const sources = parseShortSources(SOURCES) ?? new Map<number, string>();
  const firefox = { 'application.name': 'Firefox', 'media.name': 'AudioCallbackDriver' };

  it.each<[string, string, boolean]>([
    ['an uncorked stream from the microphone', sourceOutput(0, MICROPHONE, false, firefox), true],
    ["a stream from an output's .monitor", sourceOutput(0, MONITOR, false, firefox), false],
    ['a corked stream from the microphone', sourceOutput(0, MICROPHONE, true, firefox), false],
    ['a stream from a source not listed', sourceOutput(0, 9, false, firefox), false],
    ["pavucontrol's level meter", sourceOutput(0, MICROPHONE, false, { 'media.name': 'Peak detect' }), false],
    [
      "pavucontrol's level meter with its name translated",
      sourceOutput(0, MICROPHONE, false, {
        'media.name': 'Spitzenwerterkennung',
        'application.id': 'org.PulseAudio.pavucontrol',
      }),
      false,
    ],
  ])('%s counts: %s', (_, text, counts) => {
    expect(recordingStreams(parseSourceOutputs(text) ?? [], sources)).toHaveLength(counts ? 1 : 0);
  });
});

describe('asking pactl whether a microphone is in use', { timeout: 20_000 }, () => {
  function pactl(outputs: Behaviour, sources: Behaviour = prints(SOURCES)) {
    return scriptedCommands((_file, args) => (args.includes('short') ? sources : outputs));
  }

  it.each<[string, boolean | null, Behaviour, Behaviour]>([
    [
      'Firefox recording beside pavucontrol and a screen recorder',
      true,
      prints(OUTPUTS_CALL),
      prints(SOURCES),
    ],
    ['only pavucontrol and a screen recorder', false, prints(OUTPUTS_NO_CALL), prints(SOURCES)],
    ['no capture streams at all', false, prints(''), prints(SOURCES)],
    ['no sound server (pactl exits 1)', null, prints('', 1), prints('', 1)],
    ['sources that cannot be listed', null, prints(OUTPUTS_CALL), prints('', 1)],
    ['streams in a shape not known', null, prints('Quelle: 1\n'), prints(SOURCES)],
    ['sources in a shape not known', null, prints(OUTPUTS_CALL), prints('Failure: nope\n')],
    ['pactl not installed', null, 'missing', 'missing'],
  ])('%s reads %s', async (_, expected, outputs, sources) => {
    expect(await microphoneInUse(pactl(outputs, sources).run, {})).toBe(expected);
  });

  it("runs both listings in the C locale, keeping the rest of the session's environment", async () => {
    const env = { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', XDG_RUNTIME_DIR: '/run/user/1000' };
    const commands = pactl(prints(OUTPUTS_NO_CALL));
    await microphoneInUse(commands.run, env);
    const expectedEnv = { LANG: 'de_DE.UTF-8', LC_ALL: 'C', XDG_RUNTIME_DIR: '/run/user/1000' };
    expect(commands.calls).toEqual([
      { file: 'pactl', args: ['list', 'source-outputs'], options: { env: expectedEnv } },
      { file: 'pactl', args: ['list', 'short', 'sources'], options: { env: expectedEnv } },
    ]);
    expect(env.LC_ALL).toBe('de_DE.UTF-8');
  });
});
