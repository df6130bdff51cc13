// The one catalogue format and the one lookup: for each language a template per key, "{name}" placeholders filled.
// Each page asks through the `translate` of its catalogue (plain code) or `useT()` (React): the widget's catalogue
// holds only common + widget words, so its bundle never carries the dashboard's or the kiosk's.
import type { Lang } from './lang';

export type MessageParams = Record<string, string | number>;

/** One part of the catalogue: the same keys in every language. */
export type Catalogue<K extends string> = { readonly [L in Lang]: Readonly<Record<K, string>> };

export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/** The lookup of a page over the parts of the catalogue it shows. */
export function translator<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  return (lang, key, params) => fill(catalogue[lang][key], params);
}

/** A placeholder without a param stays as written; a param's own text is never read for placeholders. */
function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Parts joined into one catalogue, for a page that shows words of several. */
export function joinCatalogues<A extends string, B extends string>(a: Catalogue<A>, b: Catalogue<B>): Catalogue<A | B> {
  return { vi: { ...a.vi, ...b.vi }, en: { ...a.en, ...b.en } };
}

/**
 * A sentence around one value the page sets apart (the rate in a <strong>): the words before and after its
 * placeholder, the other placeholders filled. The template is split before filling, so no unit name can move the cut.
 */
export function translateAround<K extends string>(
  translate: Translate<K>,
  lang: Lang,
  key: K,
  params: MessageParams,
  placeholder: string,
): { before: string; after: string } {
  const template = translate(lang, key);
  const at = template.indexOf(`{${placeholder}}`);
  if (at < 0) return { before: fill(template, params), after: '' };
  return { before: fill(template.slice(0, at), params), after: fill(template.slice(at + placeholder.length + 2), params) };
}
