/**
 * The settings window (#/settings): every preference, each applied the moment it changes. Sections are
 * listed in a side nav that moves focus to their headings and marks the one in view (aria-current);
 * messages are said politely to screen readers.
 */
import { useRef } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import { AnnouncerProvider } from '../a11y/announcer.tsx';
import { useLook } from '../session/use-look.ts';
import { ComfortSection } from './comfort-section.tsx';
import { ContentSection } from './content-section.tsx';
import { DontInterruptSection } from './dont-interrupt-section.tsx';
import { PausesSection } from './pauses-section.tsx';
import { PhrasesSection } from './phrases-section.tsx';
import { ResetSection } from './reset-section.tsx';
import { ShortcutSection } from './shortcut-section.tsx';
import { SupportSection } from './support-section.tsx';
import { TimingSection } from './timing-section.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { useSectionInView } from './use-section-in-view.ts';
import { useSettings, type SettingsConnection } from './use-settings.ts';
import { WorkingHoursSection } from './working-hours-section.tsx';
import './settings.css';

const sections: readonly { id: string; heading: PlainMessageKey }[] = [
  { id: 'timing', heading: 'settings-ui.timing.heading' },
  { id: 'hours', heading: 'settings-ui.hours.heading' },
  { id: 'quiet', heading: 'settings-ui.quiet.heading' },
  { id: 'content', heading: 'settings-ui.content.heading' },
  { id: 'phrases', heading: 'settings-ui.phrases.heading' },
  { id: 'shortcut', heading: 'settings-ui.shortcut.heading' },
  { id: 'comfort', heading: 'settings-ui.comfort.heading' },
  { id: 'pauses', heading: 'settings-ui.pauses.heading' },
  { id: 'support', heading: 'settings-ui.support.heading' },
  { id: 'reset', heading: 'settings-ui.reset.heading' },
];
const sectionIds = sections.map((s) => s.id);

/** Moves focus to a section's heading, which scrolls it into view. */
function goTo(id: string): void {
  const heading = document.getElementById(`${id}-heading`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

function Sections({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { notices } = connection.snapshot;
  return (
    <>
      {notices.length > 0 && (
        <section className="settings-notices" aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t('settings-ui.notices')}</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </section>
      )}
      {/* A reset remounts what may hold unsaved drafts; the reset section keeps its place (and focus). */}
      <div key={connection.generation} className="settings-sections">
        <TimingSection connection={connection} />
        <WorkingHoursSection connection={connection} />
        <DontInterruptSection connection={connection} />
        <ContentSection connection={connection} />
        <PhrasesSection connection={connection} />
        <ShortcutSection connection={connection} />
        <ComfortSection connection={connection} />
        <PausesSection connection={connection} />
        <SupportSection />
      </div>
      <ResetSection reset={connection.reset} />
    </>
  );
}

/** The settings window. */
export function SettingsWindow(): React.JSX.Element {
  const state = useSettings();
  const settings = state.status === 'ready' ? state.connection.snapshot.settings : null;
  useLook(settings && { theme: settings.theme, reducedMotion: settings.reducedMotion });
  useDocumentTitle(t('settings-ui.window-title'));
  const page = useRef<HTMLElement>(null);
  const { current, choose } = useSectionInView(sectionIds, page, state.status === 'ready');
  return (
    <AnnouncerProvider>
      <div className="settings">
        <nav className="settings-nav" aria-label={t('settings-ui.sections')}>
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={s.id === current ? 'location' : undefined}
                  onClick={() => {
                    goTo(s.id);
                    choose(s.id);
                  }}
                >
                  {t(s.heading)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main ref={page} className="settings-main" aria-labelledby="settings-title">
          <h1 id="settings-title">{t('settings-ui.title')}</h1>
          <p className="hint">{t('settings-ui.intro')}</p>
          {state.status === 'loading' && <p className="hint">{t('settings-ui.loading')}</p>}
          {state.status === 'problem' && <p className="note">{t('settings-ui.unavailable')}</p>}
          {state.status === 'ready' && <Sections connection={state.connection} />}
        </main>
      </div>
    </AnnouncerProvider>
  );
}
