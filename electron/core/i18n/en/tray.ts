/** The tray icon's tooltip and menu. */
export const tray = {
  'tray.tooltip': 'Tend',
  'tray.take-break-now': 'Take a break now',
  'tray.settings': 'Settings…',
  'tray.quit': 'Quit',
} as const;
