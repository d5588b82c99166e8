/**
 * The support links the settings window offers ("If things feel heavy"). The renderer asks for a link by
 * id over app:open-link; only main turns an id into an address and opens it, so no page can make Tend
 * open an address of its choosing. Plain data (no zod), so the renderer can show where each one leads.
 */

/** The ids, in the order the settings window lists them. */
export const supportLinkIds = ['find-a-helpline', 'self-compassion'] as const;
export type SupportLinkId = (typeof supportLinkIds)[number];

/** Every address Tend may open in the browser: https only, fixed at build time. */
export const supportLinkUrls: Readonly<Record<SupportLinkId, string>> = {
  'find-a-helpline': 'https://findahelpline.com/',
  'self-compassion': 'https://self-compassion.org/',
};

/** The address as people read it ("findahelpline.com"), for showing beside the link. */
export function supportLinkAddress(id: SupportLinkId): string {
  return new URL(supportLinkUrls[id]).host;
}
