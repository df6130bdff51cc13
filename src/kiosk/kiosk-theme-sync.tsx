import { useEffect } from 'react';
import { useLang, useTheme } from '../view/view-store';

/** Theme and language on <html>. A wall screen has no page behind it, so "transparent" is shown dark. */
export function KioskThemeSync() {
  const theme = useTheme();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return null;
}
