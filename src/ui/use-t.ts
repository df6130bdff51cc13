// The one way a React page asks for a word: `const t = useT(); t('table.title')`, in the viewer's language.
import { useCallback } from 'react';
import { translate, type MessageKey } from '../i18n/messages';
import type { MessageParams } from '../i18n/translate';
import { useLang } from '../view/view-store';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
