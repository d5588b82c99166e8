/**
 * Hands text to the browser as a file to save, through a Blob URL and a link with `download`. The
 * renderer's CSP does not stand in the way: no directive governs downloads, and nothing is loaded or
 * navigated to. The URL is let go a minute later, once the download has surely read it.
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
