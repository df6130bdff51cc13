import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages';
import { useLang } from '../view/view-store';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
