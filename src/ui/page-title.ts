// The page's title in the viewer's language, on the page and in the tab (WCAG 2.4.2), unless config.json gives its own.
import { useEffect } from 'react';
import { DEFAULT_TITLE } from '../config/runtime-config';
import type { Translate } from './use-t';

export function usePageTitle(configTitle: string, t: Translate): string {
  const title = configTitle === DEFAULT_TITLE ? t('app.title') : configTitle;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return title;
}
