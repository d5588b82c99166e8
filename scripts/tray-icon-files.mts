/**
 * Which tray icon files exist, at which pixel sizes and in which colour: shared by render-icons.mts,
 * which writes them, and the tests, which check each one (issue #18, item 10). Each pixel size has its
 * own drawing, resources/tray/tray-<size>.svg. Where each OS takes its tray image from:
 *  - macOS: the 1x and @2x representations of trayTemplate.png, as the display needs.
 *  - Windows: one HICON of the notification area's size (GetSystemMetrics(SM_CXSMICON): 16, 20, 24 or
 *    32 px), which Electron reads from an .ico at that size but from a PNG's 1x bitmap alone, scaled:
 *    hence tray-<colour>.ico (Electron's native-image.md, "ICO ... 16, 20, 24, 32").
 *  - Linux: the 1x bitmap alone, sent to the StatusNotifierItem host (Chromium's StatusIconLinuxDbus),
 *    which scales it to its panel's icon size, commonly 16, 22 or 24 px: hence the -22 and -24 files, for
 *    main to load whole where a panel draws at that size.
 */

/** The glyph's colour per file-name prefix: dark for light panels, light for dark ones, black for macOS. */
export const trayColours = {
  'tray-light': '#2b2a28',
  'tray-dark': '#f4f1ec',
  trayTemplate: '#000000',
} as const;

/** A file-name prefix, which is also the glyph's style. */
export type TrayStyle = keyof typeof trayColours;

/** One tray icon file under resources/: a PNG of one size, or an .ico of several. */
export interface TrayIconFile {
  path: string;
  style: TrayStyle;
  sizes: readonly number[];
}

/** Every pixel size the glyph is drawn at. */
export const trayDrawnSizes = [16, 20, 22, 24, 32] as const;

/** Every tray icon file, in a stable order. */
export function trayIconFiles(): TrayIconFile[] {
  const panel = (style: 'tray-light' | 'tray-dark'): TrayIconFile[] => [
    { path: `tray/${style}.png`, style, sizes: [16] },
    { path: `tray/${style}@2x.png`, style, sizes: [32] },
    { path: `tray/${style}-22.png`, style, sizes: [22] },
    { path: `tray/${style}-24.png`, style, sizes: [24] },
    { path: `tray/${style}.ico`, style, sizes: [16, 20, 24, 32] },
  ];
  return [
    ...panel('tray-light'),
    ...panel('tray-dark'),
    { path: 'tray/trayTemplate.png', style: 'trayTemplate', sizes: [16] },
    { path: 'tray/trayTemplate@2x.png', style: 'trayTemplate', sizes: [32] },
  ];
}
