import { useEffect, useSyncExternalStore } from 'react';
import { resolveTheme, useLang, useTheme, type Theme, type ThemeChoice } from '../view/view-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

function onSystemChange(notify: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
}

/** The theme to draw now, following the system's setting as it changes (charts pick their colours from it). */
export function useResolvedTheme(): Theme {
  const choice = useTheme();
  const prefersDark = useSyncExternalStore(onSystemChange, systemPrefersDark, () => false);
  return resolveTheme(choice, prefersDark);
}

/** Sets data-theme on <html> before the first render, so a dark system never sees a light page flash. */
export function applyThemeNow(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice, systemPrefersDark());
}

/** Mirrors theme and language on <html>, where CSS and screen readers look for them. */
export function ThemeSync() {
  const theme = useResolvedTheme();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return null;
}
