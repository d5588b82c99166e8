/**
 * The timed offer as an invitation, for desktops where a window cannot appear without taking the
 * keyboard (native Wayland: showInactive, always-on-top and window positions are "not supported on
 * Wayland" in electron.d.ts; a newly mapped toplevel is given focus). When the offer falls due Tend
 * shows a quiet notification and a tray line, "A little pause is ready"; the break window opens, focused,
 * only when the user clicks either. The tray line stays while the offer stands, because a notification
 * can be dropped without a word (Notification.show() never says). The engine's ignored-offer timeout
 * still withdraws it. The README's "Platform notes" say why this and not XWayland.
 */
import { Notification } from 'electron';
import { t } from '../../core/i18n/t.ts';
import type { Logger } from '../app/logger.ts';

/** The standing invitation, at most one. */
export interface OfferInvitation {
  /** The offer fell due: notify and show the tray line. */
  extend(): void;
  /** The offer ended (chosen, not now, skipped, or ignored): the notification and the line go. */
  withdraw(): void;
  /** Whether an offer stands as an invitation now. */
  standing(): boolean;
  /** The user clicked the notification or the tray line. */
  accept(): void;
  /** Calls `listener` whenever `standing()` changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

interface OfferInvitationOptions {
  logger: Logger;
  /** Opens the offer in the break window, focused. */
  open: () => void;
}

/** An invitation that stands nowhere yet. */
export function createOfferInvitation(options: OfferInvitationOptions): OfferInvitation {
  const listeners = new Set<() => void>();
  let note: Notification | null = null;
  let standing = false;
  const changed = (): void => {
    for (const listener of [...listeners]) listener();
  };

  function notify(): void {
    try {
      if (!Notification.isSupported()) return;
      // Kept in `note` so Electron does not drop its click handler with the collected object.
      const shown = new Notification({ title: t('offer.title'), body: t('offer.invitation-body'), silent: true });
      shown.on('click', () => invitation.accept());
      shown.show();
      note = shown;
    } catch (error) {
      options.logger.warn('offer: notification failed; the tray line stands', error);
    }
  }

  const invitation: OfferInvitation = {
    extend() {
      if (standing) return;
      standing = true;
      notify();
      changed();
    },
    withdraw() {
      note?.close();
      note = null;
      if (!standing) return;
      standing = false;
      changed();
    },
    standing: () => standing,
    accept() {
      if (standing) options.open();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return invitation;
}
