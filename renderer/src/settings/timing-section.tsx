/** Timing: the break interval, "Not now", time away that counts as a break, and how long an offer stays. */
import { t } from '../../../electron/core/i18n/t.ts';
import { Section } from './field-parts.tsx';
import { MinutesField } from './minutes-field.tsx';
import type { SettingsConnection } from './use-settings.ts';

/** The four minute settings. */
export function TimingSection({ connection }: { connection: SettingsConnection }): React.JSX.Element {
  const { settings } = connection.snapshot;
  const { save } = connection;
  return (
    <Section id="timing" heading={t('settings-ui.timing.heading')}>
      <MinutesField
        field="intervalMin"
        label={t('settings-ui.interval.label')}
        unit={t('settings-ui.interval.unit')}
        value={settings.intervalMin}
        save={save}
      />
      <MinutesField
        field="snoozeMin"
        label={t('settings-ui.snooze.label')}
        unit={t('settings-ui.snooze.unit')}
        value={settings.snoozeMin}
        save={save}
      />
      <MinutesField
        field="awayResetMin"
        label={t('settings-ui.away.label')}
        unit={t('settings-ui.away.unit')}
        hint={t('settings-ui.away.hint')}
        value={settings.awayResetMin}
        save={save}
      />
      <MinutesField
        field="offerTimeoutMin"
        label={t('settings-ui.offer-timeout.label')}
        unit={t('settings-ui.offer-timeout.unit')}
        hint={t('settings-ui.offer-timeout.hint')}
        value={settings.offerTimeoutMin}
        save={save}
      />
    </Section>
  );
}
