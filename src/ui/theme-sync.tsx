import { useEffect } from 'react';
import { useLang, useTheme } from '../view/view-store';

/** Mirrors theme and language on <html>, where CSS and screen readers look for them. */
export function ThemeSync() {
  const theme = useTheme();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return null;
}
