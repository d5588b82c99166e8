/**
 * The Electron and Chromium switches Tend knowingly passes over on its command line, each with why it
 * can reach Tend. Anything else that looks like a switch and is not Tend's own is explained to the user
 * (command-line.ts), so a typo such as `--pauze=30m` is never ignored in silence.
 */

/** A switch Tend leaves to Electron, Chromium or Node; `value` says whether it comes as `--name=value`. */
interface ForeignSwitch {
  readonly name: string;
  readonly value: 'none' | 'optional' | 'required';
  readonly why: string;
}

const foreignSwitchList: readonly ForeignSwitch[] = [
  {
    name: '--user-data-dir',
    value: 'required',
    why: 'Chromium: the profile folder; tests and side-by-side profiles use it',
  },
  {
    name: '--no-sandbox',
    value: 'none',
    why: 'Chromium: Linux without a usable sandbox; Playwright adds it to every start',
  },
  {
    name: '--original-process-start-time',
    value: 'required',
    why: 'Electron: added to the argv it hands a second instance',
  },
  {
    name: '--remote-debugging-port',
    value: 'required',
    why: 'Chromium: the packaged-app tests drive pages over the DevTools protocol',
  },
  {
    name: '--inspect',
    value: 'optional',
    why: "Node: Playwright's _electron starts the development build with it",
  },
  { name: '--inspect-brk', value: 'optional', why: 'Node: debugging the development build' },
  { name: '--enable-logging', value: 'optional', why: 'Chromium: its own log on stderr, for bug reports' },
  { name: '--disable-gpu', value: 'none', why: 'Chromium: a workaround for broken graphics drivers' },
  {
    name: '--disable-gpu-sandbox',
    value: 'none',
    why: 'Chromium: a workaround for some Linux graphics stacks',
  },
  { name: '--disable-dev-shm-usage', value: 'none', why: 'Chromium: containers with a small /dev/shm' },
  {
    name: '--allow-file-access-from-files',
    value: 'none',
    why: 'Chromium: added by some launchers; Tend never loads file:// pages',
  },
  {
    name: '--ozone-platform',
    value: 'required',
    why: 'Chromium: X11 or Wayland, from .desktop files and launchers',
  },
  {
    name: '--ozone-platform-hint',
    value: 'required',
    why: 'Chromium: X11 or Wayland, from .desktop files and launchers',
  },
  {
    name: '--enable-features',
    value: 'required',
    why: 'Chromium: e.g. WaylandWindowDecorations from a .desktop file',
  },
  { name: '--disable-features', value: 'required', why: 'Chromium: turning a feature off as a workaround' },
  { name: '--enable-wayland-ime', value: 'none', why: 'Chromium: input methods on Wayland' },
  {
    name: '--force-device-scale-factor',
    value: 'required',
    why: 'Chromium: a scale for displays the desktop reports wrongly',
  },
  { name: '--lang', value: 'required', why: 'Chromium: the UI language of its own dialogs' },
];

const byName: ReadonlyMap<string, ForeignSwitch> = new Map(foreignSwitchList.map((s) => [s.name, s]));

/** True for a switch on the list above (in the form it takes), or macOS's `-psn_…` process serial number. */
export function isForeignSwitch(arg: string): boolean {
  // macOS Finder adds -psn_0_12345 to apps it starts (older systems).
  if (arg.startsWith('-psn_')) return true;
  const eq = arg.indexOf('=');
  const known = byName.get(eq > 0 ? arg.slice(0, eq) : arg);
  if (known === undefined) return false;
  if (eq > 0) return known.value !== 'none';
  return known.value !== 'required';
}

