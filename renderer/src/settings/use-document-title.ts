/** The page's title, which Electron also shows as the window's title. */
import { useEffect } from 'react';

/** Sets document.title while the component is mounted. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
