/** Where the tray icon is on each OS, as the welcome window says it (USERS.md #7 for GNOME). */
import type { PlainMessageKey } from '../../../electron/core/i18n/t.ts';

/**
 * The paragraphs for `platform` (process.platform's names; anything else gets the general words). Where
 * the desktop shows no tray icons at all, the app grid is where Tend lives.
 */
export function trayPlaceKeys(platform: string, trayHidden = false): PlainMessageKey[] {
  if (trayHidden) return ['welcome.tray.hidden'];
  switch (platform) {
    case 'darwin':
      return ['welcome.tray.darwin'];
    case 'win32':
      return ['welcome.tray.win32'];
    case 'linux':
      // Tend can't tell from here which desktop is running; the GNOME note helps the people who need it.
      return ['welcome.tray.linux', 'welcome.tray.gnome'];
    default:
      return ['welcome.tray.other'];
  }
}
