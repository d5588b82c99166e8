/**
 * Whether something records from a microphone on Linux (issue #16), from the sound server's capture
 * streams as `pactl` lists them. pactl speaks the PulseAudio protocol, which PipeWire's pipewire-pulse
 * serves too, so the same text comes from either server. pactl's labels are translated, so it runs with
 * LC_ALL=C (gettext ignores LANGUAGE in the C locale).
 *
 * A stream counts when it records, uncorked, from a real source. Not counted:
 * - a source whose name ends in ".monitor": the loopback of an output (screen recorders, visualisers);
 * - pavucontrol's level meters, which record every source while its window is open (pavucontrol
 *   src/mainwindow.cc names each stream "Peak detect"; src/pavucontrol.cc sets application.id
 *   "org.PulseAudio.pavucontrol", the one of the two that translation leaves alone);
 * - a corked (paused) stream, which takes no sound.
 */
import type { RunCommand } from '../run-command.ts';

/** One capture stream from `pactl list source-outputs`. */
export interface SourceOutput {
  readonly source: number;
  readonly corked: boolean;
  readonly properties: ReadonlyMap<string, string>;
}

const header = /^Source Output #\d+$/;
const sourceLine = /^\tSource: (\d+)$/;
const corkedLine = /^\tCorked: (yes|no)$/;
const propertyLine = /^\t\t([\w.-]+) = "(.*)"$/;
const shortSourceLine = /^(\d+)\t([^\t]+)\t/;

/** Source index → name from `pactl list short sources`; null when the text is not that list. */
export function parseShortSources(text: string): Map<number, string> | null {
  const sources = new Map<number, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const match = shortSourceLine.exec(line);
    if (!match?.[1] || !match[2]) return null;
    sources.set(Number(match[1]), match[2]);
  }
  return sources;
}

/** The streams in `pactl list source-outputs` text; null when it is not that text. */
export function parseSourceOutputs(text: string): SourceOutput[] | null {
  const blocks: { source: number | null; corked: boolean | null; properties: Map<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (header.test(line)) {
      blocks.push({ source: null, corked: null, properties: new Map() });
      continue;
    }
    const block = blocks.at(-1);
    if (!block) {
      if (line.trim() !== '') return null;
      continue;
    }
    const source = sourceLine.exec(line);
    if (source) block.source = Number(source[1]);
    const corked = corkedLine.exec(line);
    if (corked) block.corked = corked[1] === 'yes';
    const property = propertyLine.exec(line);
    if (property?.[1]) block.properties.set(property[1], property[2] ?? '');
  }
  const streams: SourceOutput[] = [];
  for (const { source, corked, properties } of blocks) {
    if (source === null || corked === null) return null;
    streams.push({ source, corked, properties });
  }
  return streams;
}

function isLevelMeter(stream: SourceOutput): boolean {
  return (
    stream.properties.get('media.name') === 'Peak detect' ||
    stream.properties.get('application.id') === 'org.PulseAudio.pavucontrol'
  );
}

/** The streams that take sound from a microphone (see above). */
export function recordingStreams(streams: readonly SourceOutput[], sources: ReadonlyMap<number, string>): SourceOutput[] {
  return streams.filter((stream) => {
    const name = sources.get(stream.source);
    return name !== undefined && !name.endsWith('.monitor') && !stream.corked && !isLevelMeter(stream);
  });
}

/** True when something records from a microphone, false when nothing does, null when pactl cannot say. */
export async function microphoneInUse(run: RunCommand, env: Record<string, string | undefined>): Promise<boolean | null> {
  const options = { env: { ...env, LC_ALL: 'C' } };
  const [outputsText, sourcesText] = await Promise.all([
    run('pactl', ['list', 'source-outputs'], options),
    run('pactl', ['list', 'short', 'sources'], options),
  ]);
  if (outputsText === null || sourcesText === null) return null;
  const streams = parseSourceOutputs(outputsText);
  const sources = parseShortSources(sourcesText);
  if (streams === null || sources === null) return null;
  return recordingStreams(streams, sources).length > 0;
}
