/** Hash routes of the single renderer bundle. */
export const routes = ['break', 'grounding', 'settings', 'welcome', 'home'] as const;
export type Route = (typeof routes)[number];

/** The route named by a location hash such as "#/break"; unknown hashes fall back to the break route. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (routes as readonly string[]).includes(name) ? (name as Route) : 'break';
}
