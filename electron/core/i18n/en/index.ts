/**
 * The English message catalogue: every string a user reads, in one place, assembled from one section
 * per area so that areas can grow independently. Keys are unique across sections (checked by tests).
 */
import { breakUi } from './break-ui.ts';
import { contentBreath } from './content-breath.ts';
import { contentCare } from './content-care.ts';
import { contentFallback } from './content-fallback.ts';
import { contentGrounding } from './content-grounding.ts';
import { contentPhrases } from './content-phrases.ts';
import { contentPractices } from './content-practices.ts';
import { contentTea } from './content-tea.ts';
import { errors } from './errors.ts';
import { groundingUi } from './grounding-ui.ts';
import { homeUi } from './home-ui.ts';
import { notices } from './notices.ts';
import { offer } from './offer.ts';
import { settingsErrors } from './settings-errors.ts';
import { settingsUi } from './settings-ui.ts';
import { status } from './status.ts';
import { tray } from './tray.ts';
import { welcomeUi } from './welcome-ui.ts';

export const en = {
  ...offer,
  ...breakUi,
  ...groundingUi,
  ...tray,
  ...errors,
  ...settingsErrors,
  ...settingsUi,
  ...welcomeUi,
  ...homeUi,
  ...notices,
  ...status,
  ...contentBreath,
  ...contentTea,
  ...contentPhrases,
  ...contentPractices,
  ...contentGrounding,
  ...contentCare,
  ...contentFallback,
} as const;

/** The sections, by name, for the duplicate-key check. */
export const enSections: Record<string, Record<string, string>> = {
  offer,
  breakUi,
  groundingUi,
  tray,
  errors,
  settingsErrors,
  settingsUi,
  welcomeUi,
  homeUi,
  notices,
  status,
  contentBreath,
  contentTea,
  contentPhrases,
  contentPractices,
  contentGrounding,
  contentCare,
  contentFallback,
};
