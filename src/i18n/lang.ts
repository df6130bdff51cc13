// The languages every page speaks; the bottom of i18n, imported by the number formats of stats/ too.
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
