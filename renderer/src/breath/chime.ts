/**
 * A soft two-note chime made with Web Audio (no sound files): a gentle attack and a long fade, quiet
 * enough not to startle. Off unless the user turned sounds on.
 */

/** Plays the chime; the returned function silences it at once (e.g. "This doesn't feel right"). */
export function playChime(): () => void {
  const Context = (window as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return () => {};
  const audio = new Context();
  const start = audio.currentTime + 0.02;
  const master = audio.createGain();
  master.gain.setValueAtTime(0, start);
  master.gain.linearRampToValueAtTime(0.07, start + 0.05);
  master.gain.exponentialRampToValueAtTime(0.0001, start + 2.4);
  master.connect(audio.destination);
  for (const [frequency, level] of [
    [523.25, 1],
    [784, 0.3],
  ] as const) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.value = level;
    tone.connect(gain).connect(master);
    tone.start(start);
    tone.stop(start + 2.5);
  }
  const closeLater = setTimeout(() => void audio.close(), 2800);
  return () => {
    clearTimeout(closeLater);
    void audio.close();
  };
}
