/** The home window: the tray menu's stand-in on a desktop that shows no tray icons (stock GNOME). */
export const homeUi = {
  'home.title': 'Tend',
  'home.intro': "This desktop shows no tray icons, so Tend's menu lives here. Open Tend from your apps to come back to it.",
  'home.break.heading': 'Take a break now',
  'home.break.breath': 'Breathe',
  'home.break.tea': 'Tea',
  'home.break.kind': 'Kind words',
  'home.pause.heading': 'Breaks',
  'home.pause-1h': 'Pause for an hour',
  'home.resume': 'Resume',
  'home.settings': 'Settings…',
  'home.quit': 'Quit Tend',
  'home.done.break': 'Your break is opening.',
  'home.done.pause-1h': 'Breaks are paused for an hour.',
  'home.done.resume': 'Breaks are back on.',
  'home.failed': "Tend couldn't do that just now. Please try again.",
} as const;
