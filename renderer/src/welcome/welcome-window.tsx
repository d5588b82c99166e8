/**
 * The first-run welcome window (#/welcome; main decides when to show it): Tend's mark and a short hello,
 * where the tray icon is, the grounding shortcut, start at login as an opt-in, a first one-minute breath,
 * and a way to close that marks the first run as done.
 */
import { useEffect, useId, useRef } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import type { ShortcutStatus } from '../../../electron/core/ipc-contract.ts';
import { AnnouncerProvider, useAnnouncer } from '../a11y/announcer.tsx';
import { BrandMark } from '../brand/brand-mark.tsx';
import { getBridge } from '../bridge.ts';
import { useLook } from '../session/use-look.ts';
import { describedBy, FieldMessage, useFieldMessage } from '../settings/field-parts.tsx';
import { useDocumentTitle } from '../settings/use-document-title.ts';
import { errorAt, useSettings, type SettingsConnection } from '../settings/use-settings.ts';
import { trayPlaceKeys } from './tray-place.ts';
import './welcome.css';

function ShortcutLine({ status }: { status: ShortcutStatus }): React.JSX.Element {
  if (status.state === 'registered') {
    return (
      <p>
        {t('welcome.shortcut.text')} <kbd data-testid="welcome-shortcut">{status.label}</kbd>
      </p>
    );
  }
  if (status.state === 'taken') return <p>{t('welcome.shortcut.taken', { shortcut: status.label })}</p>;
  return <p>{t('welcome.shortcut.off')}</p>;
}

function StartAtLogin({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const id = useId();
  const [message, showMessage] = useFieldMessage();
  const set = async (on: boolean): Promise<void> => {
    showMessage(errorAt(await connection.save({ startAtLogin: on }), 'startAtLogin'));
  };
  return (
    <div className="welcome-login">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={connection.snapshot.settings.startAtLogin}
          aria-invalid={message !== null}
          aria-describedby={describedBy(`${id}-hint`, message !== null && `${id}-error`)}
          onChange={(e) => void set(e.target.checked)}
        />
        <label htmlFor={id}>{t('welcome.login')}</label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('welcome.login-hint')}
      </p>
      <FieldMessage id={`${id}-error`} message={message} />
    </div>
  );
}

function Welcome(): React.JSX.Element {
  const state = useSettings();
  const connection = state.status === 'ready' ? state.connection : null;
  const settings = connection?.snapshot.settings ?? null;
  useLook(settings && { theme: settings.theme, reducedMotion: settings.reducedMotion });
  useDocumentTitle(t('welcome.title'));
  const { announce } = useAnnouncer();
  const [tryMessage, showTryMessage] = useFieldMessage();
  const closing = useRef(false);

  const close = async (): Promise<void> => {
    if (closing.current) return;
    closing.current = true;
    // Main marks the first run as done when it opens this window too; saying so here keeps that true.
    if (connection) await connection.save({ firstRunDone: true });
    await getBridge().invoke('window:close');
  };
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      void latestClose.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const tryBreath = async (): Promise<void> => {
    const result = await getBridge().invoke('break:take-now', { kind: 'breath' });
    if (result.ok) {
      showTryMessage(null);
      announce(t('welcome.try-started'));
    } else {
      showTryMessage(t('break.unavailable'));
    }
  };

  const platform = connection?.platform ?? '';
  const trayHidden = connection?.trayHidden ?? false;
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <BrandMark className="welcome-mark" />
        <div>
          <h1 id="welcome-title">{t('welcome.title')}</h1>
          <p className="welcome-greeting">{t('welcome.greeting')}</p>
        </div>
      </div>
      <p className="welcome-intro">{t('welcome.intro')}</p>
      {connection && (
        <>
          <div className="welcome-facts">
            <section className="welcome-fact" aria-labelledby="welcome-tray">
              <h2 id="welcome-tray">{t('welcome.tray.heading')}</h2>
              {trayPlaceKeys(platform, trayHidden).map((key) => (
                <p key={key}>{t(key)}</p>
              ))}
            </section>
            <section className="welcome-fact" aria-labelledby="welcome-shortcut-heading">
              <h2 id="welcome-shortcut-heading">{t('welcome.shortcut.heading')}</h2>
              <ShortcutLine status={connection.snapshot.shortcut} />
            </section>
          </div>
          <StartAtLogin connection={connection} />
        </>
      )}
      <div className="row welcome-actions">
        <button
          type="button"
          className="button"
          aria-describedby={describedBy(tryMessage !== null && 'welcome-try-error')}
          onClick={() => void tryBreath()}
        >
          {t('welcome.try')}
        </button>
        <span className="spacer" />
        <button type="button" className="button primary" onClick={() => void close()}>
          {t('welcome.close')}
        </button>
      </div>
      <FieldMessage id="welcome-try-error" message={tryMessage} />
    </main>
  );
}

/** The welcome window. */
export function WelcomeWindow(): React.JSX.Element {
  return (
    <AnnouncerProvider>
      <Welcome />
    </AnnouncerProvider>
  );
}
