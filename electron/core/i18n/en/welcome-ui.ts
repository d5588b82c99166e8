/** The first-run welcome window: where the tray icon lives, the shortcut, start at login, a first breath. */
export const welcomeUi = {
  'welcome.title': 'Welcome to Tend',
  'welcome.greeting': 'Hello. Nothing to set up: Tend is ready when you are.',
  'welcome.intro':
    'Tend keeps quiet count of your work time and now and then offers a minute of something kind: a breath, a cup of tea or a gentle phrase. Skipping is always fine.',
  'welcome.tray.heading': 'Where Tend lives',
  'welcome.tray.darwin':
    "Tend's icon sits in the menu bar at the top right of your screen. Click it for breaks, pauses and settings.",
  'welcome.tray.win32':
    "Tend's icon sits in the system tray at the bottom right of your screen. If it isn't there, it may be tucked under the ^ arrow that shows hidden icons.",
  'welcome.tray.linux':
    "Tend's icon sits in your desktop's panel, usually along the top or bottom of the screen.",
  'welcome.tray.gnome':
    'On GNOME, tray icons appear once the AppIndicator extension is on. Without it, the shortcut below still works, and “tend --settings” opens settings.',
  'welcome.tray.hidden':
    'This desktop shows no tray icons. Open Tend again from your apps to find its menu; right-click its icon there for a break, a pause or Settings.',
  'welcome.tray.other':
    "Tend's icon sits in your system tray or menu bar. Click it for breaks, pauses and settings.",
  'welcome.shortcut.heading': 'A shortcut for hard moments',
  'welcome.shortcut.text': 'Press this anywhere for a short grounding exercise:',
  'welcome.shortcut.off': 'The grounding exercise is in the tray menu, and Settings can give it a shortcut.',
  'welcome.shortcut.taken':
    'Another app is using {shortcut} right now. The grounding exercise is in the tray menu, and Settings can set a different shortcut.',
  'welcome.login': 'Start Tend when I log in',
  'welcome.login-hint': 'Off unless you turn it on. Settings can change it later.',
  'welcome.try': 'Try a one-minute breath now',
  'welcome.try-started': 'The breath opens near the tray.',
  'welcome.close': 'Close',
} as const;
