/**
 * Hands text to the browser as a file to save, through a Blob URL and a link with `download`. The
 * renderer's CSP does not stand in the way: no directive governs downloads, and nothing is loaded or
 * navigated to. The URL is let go a minute later, once the download has surely read it.
 * In Electron the link starts a download, not a navigation, so the will-navigate guard does not stop it;
 * main sets no will-download handler, so Electron asks where to save with the system's own dialog
 * (Electron docs, DownloadItem.setSavePath: "If user doesn't set the save path via the API, Electron will
 * use the original routine to determine the save path; this usually prompts a save dialog").
 */

/** Offers `text` as a file named `filename`. */
export function saveTextFile(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
