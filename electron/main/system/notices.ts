/**
 * Things Tend tells the user once per session (a damaged settings file, a shortcut in use…): a quiet
 * system notification where the system has them, and always a line in the tray menu until the user has
 * opened Settings, because no platform confirms that a notification was seen (Notification.show()
 * never says: Windows drops toasts without a matching AppUserModelID, docs/tutorial/notifications.md;
 * Do Not Disturb and missing notification daemons drop them silently). The settings window lists
 * everything told this session.
 */
import { Notification } from 'electron';
import { t } from '../../core/i18n/t.ts';
import type { Logger } from '../app/logger.ts';

/** The notices of this session. */
export interface Notices {
  /** Tells `message` unless a notice of this `kind` was told already this session. */
  tell(kind: string, message: string): void;
  /** Everything told this session, oldest first. */
  told(): string[];
  /** Those the user may not have seen yet (the tray shows them until Settings is opened). */
  pending(): string[];
  /** The user opened Settings, where every notice is listed: the tray lines can go. */
  acknowledge(): void;
  /** Calls `listener` after each new notice; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

interface NoticesOptions {
  logger: Logger;
  /** Clicking a notification (e.g. to open Settings). */
  onClick?: () => void;
}

/** An empty notice list. */
export function createNotices(options: NoticesOptions): Notices {
  const kinds = new Set<string>();
  const told: string[] = [];
  let pending: string[] = [];
  const listeners = new Set<() => void>();
  // Electron drops a notification's handlers when the object is collected, so keep shown ones alive.
  const alive = new Set<Notification>();

  function deliver(message: string): boolean {
    try {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title: t('notice.title'), body: message, silent: true });
      alive.add(notification);
      notification.on('click', () => options.onClick?.());
      notification.on('close', () => alive.delete(notification));
      notification.show();
      return true;
    } catch (error) {
      options.logger.warn('notice: notification failed', error);
      return false;
    }
  }

  return {
    tell(kind, message) {
      if (kinds.has(kind)) return;
      kinds.add(kind);
      told.push(message);
      options.logger.info(`notice (${kind}): ${message}`);
      pending.push(message);
      if (!deliver(message)) options.logger.info(`notice (${kind}): no notification; the tray menu shows it`);
      for (const listener of [...listeners]) listener();
    },
    told: () => [...told],
    pending: () => [...pending],
    acknowledge() {
      if (pending.length === 0) return;
      pending = [];
      for (const listener of [...listeners]) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
