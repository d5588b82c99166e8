/** The kinds of window Tend opens (one renderer bundle, one route each); the IPC contract names them per channel. */
export const windowRoles = ['break', 'grounding', 'settings', 'welcome', 'home'] as const;

/** One kind of Tend window. */
export type WindowRole = (typeof windowRoles)[number];
