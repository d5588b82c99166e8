/**
 * Opening a support link in the user's browser (the settings window's "If things feel heavy"). The page
 * names a link by id; main turns the id into an address and opens it only if that address is on main's
 * own fixed allow-list of https addresses, so no page can make Tend open an address of its choosing.
 */
import type { Shell } from 'electron';
import { supportLinkUrls, type SupportLinkId } from '../../core/support-links.ts';
import type { Logger } from '../app/logger.ts';

/** Every address Tend may ever open, written out here on purpose (not derived from what a page can reach). */
export const allowedExternalUrls: ReadonlySet<string> = new Set(['https://findahelpline.com/', 'https://self-compassion.org/']);

/** True when `url` is an https address on the allow-list. */
export function mayOpenExternally(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:' && allowedExternalUrls.has(url);
  } catch {
    return false;
  }
}

/** Opens support links by id; refuses (throws) anything whose address is not allowed. */
export function createLinkOpener(shell: Pick<Shell, 'openExternal'>, logger: Logger): (link: SupportLinkId) => Promise<void> {
  return async (link) => {
    // The id was validated against the contract; an unknown one still reads as undefined here.
    const url = Object.hasOwn(supportLinkUrls, link) ? supportLinkUrls[link] : '';
    if (!mayOpenExternally(url)) {
      logger.warn(`open-link: refused ${link}`);
      throw new Error(`Tend does not open ${link}`);
    }
    await shell.openExternal(url);
  };
}
