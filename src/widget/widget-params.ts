// The widget's own URL parameters beyond the view's (unit, period, lang, theme): which embed placed it and whom to tell its height.
import { EMBED_ID, httpOrigin } from '../embed/embed-protocol';

export type EmbedParams = { embedId: string; parentOrigin: string };

/** Both or nothing: a height is only ever posted to a named, well-formed http(s) origin, never to '*'. */
export function readEmbedParams(search: string): EmbedParams | null {
  const params = new URLSearchParams(search);
  const embedId = params.get('embedId');
  const parentOrigin = httpOrigin(params.get('origin'));
  if (embedId === null || !EMBED_ID.test(embedId) || parentOrigin === null) return null;
  return { embedId, parentOrigin };
}
