/**
 * Where Tend's own command-line arguments are found: after the executable (and, when started as
 * `electron <app>`, after the app path), or, for a second instance, in the data it hands over through
 * the single-instance lock (Electron may reorder and extend the argv it passes along; additionalData
 * arrives as it was sent).
 */
import { z } from 'zod';

/** What a second instance hands to the running one. */
const handoverSchema = z.object({ tendArgs: z.array(z.string().max(500)).max(32) });
export type Handover = z.infer<typeof handoverSchema>;

/**
 * The user's arguments in `argv` (process.argv or a second instance's argv). Started as
 * `electron [switches] <app> [args]` (development, Playwright), they follow the app path, which is the
 * first argument that is not a switch; packaged, they follow the executable.
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  if (!defaultApp) return argv.slice(1);
  const appPath = argv.findIndex((arg, i) => i > 0 && !arg.startsWith('-'));
  return appPath === -1 ? [] : argv.slice(appPath + 1);
}

/** The arguments a second instance was started with: its handover data when valid, else its argv. */
export function secondInstanceArgs(argv: readonly string[], additionalData: unknown, defaultApp: boolean): string[] {
  const handover = handoverSchema.safeParse(additionalData);
  return handover.success ? handover.data.tendArgs : userArgs(argv, defaultApp);
}
