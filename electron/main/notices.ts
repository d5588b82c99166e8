/**
 * Things Tend tells the user once per session (a damaged settings file, a shortcut in use…): a quiet
 * system notification where the system has them; where it does not, a line in the tray menu. The
 * settings window lists everything told this session.
 */
import { Notification } from 'electron';
import { t } from '../core/i18n/t.ts';
import type { Logger } from './logger.ts';

/** The notices of this session. */
export interface Notices {
  /** Tells `message` unless a notice of this `kind` was told already this session. */
  tell(kind: string, message: string): void;
  /** Everything told this session, oldest first. */
  told(): string[];
  /** Those that could not be shown as a notification (the tray shows them). */
  undelivered(): string[];
  /** Calls `listener` after each new notice; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export interface NoticesOptions {
  logger: Logger;
  /** Clicking a notification (e.g. to open Settings). */
  onClick?: () => void;
}

/** An empty notice list. */
export function createNotices(options: NoticesOptions): Notices {
  const kinds = new Set<string>();
  const told: string[] = [];
  const undelivered: string[] = [];
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
      if (!deliver(message)) undelivered.push(message);
      for (const listener of [...listeners]) listener();
    },
    told: () => [...told],
    undelivered: () => [...undelivered],
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
