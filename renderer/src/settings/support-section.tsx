/**
 * "If things feel heavy": a few plain words and support links. A link is opened by main from its id
 * (app:open-link, support-links.ts); the page never hands over an address. Each shows where it leads.
 */
import { useState } from 'react';
import { t, type PlainMessageKey } from '../../../electron/core/i18n/t.ts';
import {
  supportLinkAddress,
  supportLinkIds,
  type SupportLinkId,
} from '../../../electron/core/support-links.ts';
import { getBridge } from '../bridge.ts';
import { describedBy, FieldMessage, Section } from './field-parts.tsx';

const linkText: Record<SupportLinkId, { label: PlainMessageKey; hint: PlainMessageKey }> = {
  'find-a-helpline': {
    label: 'settings-ui.support.find-a-helpline',
    hint: 'settings-ui.support.find-a-helpline-hint',
  },
  'self-compassion': {
    label: 'settings-ui.support.self-compassion',
    hint: 'settings-ui.support.self-compassion-hint',
  },
};

function SupportLink({ link }: { link: SupportLinkId }): React.JSX.Element {
  const [unavailable, setUnavailable] = useState(false);
  const address = supportLinkAddress(link);
  const base = `support-${link}`;
  const open = async (): Promise<void> => {
    const result = await getBridge()
      .invoke('app:open-link', { link })
      .catch(() => null);
    setUnavailable(result === null || !result.ok);
  };
  return (
    <li>
      <button
        type="button"
        className="link"
        aria-describedby={describedBy(`${base}-hint`, unavailable && `${base}-error`)}
        onClick={() => void open()}
      >
        {t(linkText[link].label)}
      </button>
      <p id={`${base}-hint`} className="hint">
        {t(linkText[link].hint)} {t('settings-ui.support.opens', { address })}
      </p>
      <FieldMessage
        id={`${base}-error`}
        message={unavailable ? t('settings-ui.support.unavailable', { address }) : null}
      />
    </li>
  );
}

/** The support section. */
export function SupportSection(): React.JSX.Element {
  return (
    <Section id="support" heading={t('settings-ui.support.heading')}>
      <p>{t('settings-ui.support.intro')}</p>
      <ul className="support-links">
        {supportLinkIds.map((link) => (
          <SupportLink key={link} link={link} />
        ))}
      </ul>
      <p className="hint">{t('settings-ui.support.danger')}</p>
    </Section>
  );
}
