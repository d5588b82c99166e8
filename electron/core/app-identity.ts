/**
 * Who Tend is to the operating system, written once. check:package compares these with
 * electron-builder.yml (appId) and package.json (desktopName), so the installed app, its notifications,
 * its .desktop file and its autostart entry all carry the same name.
 */

/**
 * The application id: macOS bundle id, Windows AppUserModelID (toasts need it to match the Start-menu
 * shortcut electron-builder makes: docs/tutorial/notifications.md), and the base of the Linux desktop id.
 * Reverse-DNS, as Linux portals ask (electron.d.ts `app.setDesktopName`).
 */
export const APP_ID = 'app.tend.Tend';

/**
 * The installed .desktop file's name on Linux: Wayland's app_id and the id xdg-desktop-portal sends for
 * the global shortcut (electron.d.ts `app.setDesktopName`: GNOME 50 rejects binds for an id that matches
 * no .desktop file, electron/electron#52218). Also the name of Tend's XDG autostart entry.
 */
export const DESKTOP_FILE_NAME = `${APP_ID}.desktop`;

/**
 * Tend's own privileged scheme: every page is `tend://app/index.html#/<route>`, served from the renderer
 * folder by main (Electron security checklist: "Use a custom protocol instead of file://").
 */
export const RENDERER_SCHEME = 'tend';
/** The one host of the scheme; pages of any other host get 404. */
export const RENDERER_HOST = 'app';
/** The origin of every Tend page: the IPC sender check and the navigation guards accept exactly this. */
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`;
