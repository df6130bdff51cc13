import { useEffect } from 'react';
import { useLang } from '../view/view-store';
import { useResolvedTheme } from '../ui/theme-sync';

/** Theme and language on <html>. A wall screen has no page behind it, so "transparent" is shown dark. */
export function KioskThemeSync() {
  const theme = kioskTheme(useResolvedTheme());
  const lang = useLang();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return null;
}

export function kioskTheme(theme: ReturnType<typeof useResolvedTheme>): 'light' | 'dark' {
  return theme === 'light' ? 'light' : 'dark';
}
