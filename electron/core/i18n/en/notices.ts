/** Things Tend tells the user once (a system notification, or a line in the tray menu), and the command line's words. */
export const notices = {
  'notice.title': 'Tend',
  'notice.settings-corrupt': "Tend couldn't make sense of your settings file, so it started with its defaults. The old file is kept beside it as {file}.",
  'notice.settings-repaired': 'Some settings ({fields}) held values Tend could not use, so those are back to their defaults. The old file is kept beside it as {file}.',
  'notice.settings-newer': 'Your settings were saved by a newer Tend. This one kept what it understands; the file is kept beside it as {file}.',
  'notice.settings-unreadable': "Tend can't open your settings file right now, so it is using its defaults. The file is left untouched, and changes you make now last until Tend closes.",
  'notice.settings-not-saved': "Tend couldn't save your settings just now. They stay in place while Tend runs, and it will try again with your next change.",
  'notice.settings-too-large':
    'Your settings file is far larger than settings ever are, so Tend left it unread and started with its defaults. The file is kept, untouched, as {file}.',
  'notice.settings-link':
    "Your settings file is a link to a file that isn't Tend's settings, so Tend leaves that file alone. Changes you make now last until Tend closes.",
  'notice.settings-not-text':
    "Part of your settings file wasn't readable text, so Tend kept what it could. The old file is kept beside it, byte for byte, as {file}.",
  'notice.history-damaged':
    "Part of your pause history couldn't be read, so Tend kept what it could. The old file is kept beside it as {file}.",
  'notice.history-unreadable':
    "Tend can't open your pause history right now, so it leaves that file as it is. Pauses you take now are kept until Tend closes.",
  'notice.history-not-saved': "Tend couldn't save your pause history just now. It keeps it while Tend runs and will try again after your next pause.",
  'notice.shortcut-taken': 'Another app is using {shortcut}, so the grounding shortcut is off for now. You can choose another in Settings.',
  'notice.shortcut-invalid': "{shortcut} can't be used as a shortcut, so the grounding shortcut is off for now. You can choose another in Settings.",
  'cli.usage':
    'Usage: tend [--pause 30m|1h|2h|tomorrow|indefinitely] [--resume] [--break breath|tea|kind] [--grounding] [--settings]',
  'cli.unknown-option': 'Tend does not know the option {option}.',
  'cli.unexpected': 'Tend did not expect “{arg}” here.',
  'cli.missing-value': '{option} needs a value: {choices}.',
  'cli.bad-value': '{option} takes {choices}, not “{value}”.',
} as const;
