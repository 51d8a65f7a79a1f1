import { useEffect } from 'react';
import type { Theme } from '../api/view-types';

/** The stylesheet does the rest: data-theme="system" follows prefers-color-scheme. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
