/**
 * The home window (#/home): on a desktop that shows no tray icons (stock GNOME), starting Tend again
 * from the app grid opens this instead of Settings, with what the tray menu offers: a break now, a
 * pause for an hour, resume, Settings and quit. Main runs the same commands the tray runs.
 */
import { useEffect, useState } from 'react';
import { t } from '../../../electron/core/i18n/t.ts';
import type { HomeChoice } from '../../../electron/core/ipc-contract.ts';
import { AnnouncerProvider, useAnnouncer } from '../a11y/announcer.tsx';
import { getBridge } from '../bridge.ts';
import { FieldMessage } from '../settings/field-parts.tsx';
import { useDocumentTitle } from '../settings/use-document-title.ts';
import './home.css';

/** What the live region says once a choice that leaves the window open has been carried out. */
const doneWords: Partial<Record<HomeChoice, string>> = {
  breath: t('home.done.break'),
  tea: t('home.done.break'),
  kind: t('home.done.break'),
  'pause-1h': t('home.done.pause-1h'),
  resume: t('home.done.resume'),
};

function Home(): React.JSX.Element {
  useDocumentTitle(t('home.title'));
  const { announce } = useAnnouncer();
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (choice: HomeChoice): Promise<void> => {
    const result = await getBridge().invoke('home:run', { choice });
    setProblem(result.ok ? null : t('home.failed'));
    const done = result.ok ? doneWords[choice] : t('home.failed');
    if (done) announce(done);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      void getBridge().invoke('window:close');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const button = (choice: HomeChoice, label: string, primary = false): React.JSX.Element => (
    <button
      type="button"
      className={primary ? 'button primary' : 'button'}
      aria-describedby={problem === null ? undefined : 'home-problem'}
      onClick={() => void run(choice)}
    >
      {label}
    </button>
  );
  return (
    <main className="home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <section aria-labelledby="home-break">
        <h2 id="home-break">{t('home.break.heading')}</h2>
        <div className="row">
          {button('breath', t('home.break.breath'), true)}
          {button('tea', t('home.break.tea'))}
          {button('kind', t('home.break.kind'))}
        </div>
      </section>
      <section aria-labelledby="home-pause">
        <h2 id="home-pause">{t('home.pause.heading')}</h2>
        <div className="row">
          {button('pause-1h', t('home.pause-1h'))}
          {button('resume', t('home.resume'))}
        </div>
      </section>
      <FieldMessage id="home-problem" message={problem} />
      <div className="row home-actions">
        {button('settings', t('home.settings'))}
        <span className="spacer" />
        {button('quit', t('home.quit'))}
      </div>
    </main>
  );
}

/** The home window. */
export function HomeWindow(): React.JSX.Element {
  return (
    <AnnouncerProvider>
      <Home />
    </AnnouncerProvider>
  );
}
