// What embed.js does on a host page: an iframe of widget.html right after each of its script tags, sized by the widget's messages.
import { EMBED_ID, HEIGHT_MESSAGE, MEASURE_MESSAGE, isHeightMessage } from './embed-protocol';

/** Set on a script once its widget is placed, so a second copy of embed.js on the page skips it. */
export const PLACED_ATTRIBUTE = 'data-tthc-placed';

/** The data-* attributes a webmaster may set, passed on as the widget's URL parameters. */
const VIEW_PARAMS = ['unit', 'field', 'period', 'lang', 'theme'] as const;

/** Height before the widget has said its own: about one narrow box, so the page barely shifts. */
const INITIAL_HEIGHT = 190;

const TITLES = { vi: 'Tình hình giải quyết hồ sơ thủ tục hành chính', en: 'Administrative procedure dossiers' };

function withoutQuery(src: string): string {
  return src.replace(/[?#].*$/, '');
}

/**
 * The scripts this copy of embed.js serves: those loading the same file as the running one, or, when
 * the browser does not say which is running, any `…/embed.js` not yet placed.
 */
export function scriptsToPlace(doc: Document, current: HTMLScriptElement | null): HTMLScriptElement[] {
  const own = current?.src ? withoutQuery(current.src) : null;
  return Array.from(doc.querySelectorAll<HTMLScriptElement>('script[src*="embed.js"]')).filter(
    (script) =>
      !script.hasAttribute(PLACED_ATTRIBUTE) &&
      (own === null ? /\/embed\.js$/.test(withoutQuery(script.src)) : withoutQuery(script.src) === own),
  );
}

export function widgetUrl(script: HTMLScriptElement, embedId: string, hostOrigin: string): string {
  const url = new URL('widget.html', script.src);
  for (const name of VIEW_PARAMS) {
    const value = script.getAttribute(`data-${name}`);
    if (value) url.searchParams.set(name, value);
  }
  url.searchParams.set('embedId', embedId);
  // A file:// or sandboxed host has the origin "null": no one to answer, so the frame keeps its first height.
  if (/^https?:\/\//.test(hostOrigin)) url.searchParams.set('origin', hostOrigin);
  return url.href;
}

function newEmbedId(): string {
  const id = `w${Math.random().toString(36).slice(2, 10)}`;
  return EMBED_ID.test(id) ? id : `w${Date.now()}`;
}

/** Places every widget this script serves and starts following their heights. Returns the frames placed. */
export function placeWidgets(doc: Document, current: HTMLScriptElement | null, win: Window = window): HTMLIFrameElement[] {
  const frames: Array<{ iframe: HTMLIFrameElement; id: string; origin: string }> = [];
  for (const script of scriptsToPlace(doc, current)) {
    script.setAttribute(PLACED_ATTRIBUTE, '');
    const id = newEmbedId();
    const src = widgetUrl(script, id, win.location.origin);
    const iframe = doc.createElement('iframe');
    iframe.src = src;
    iframe.title = script.getAttribute('data-lang') === 'en' ? TITLES.en : TITLES.vi;
    iframe.setAttribute('loading', 'lazy');
    // The frame's colour scheme must match the widget's, or Chromium paints an opaque backdrop behind a transparent theme.
    iframe.style.cssText = `display:block;width:100%;height:${INITIAL_HEIGHT}px;border:0;color-scheme:${script.getAttribute('data-theme') === 'dark' ? 'dark' : 'light'}`;
    const origin = new URL(src).origin;
    // Asks once more when the frame has loaded, in case its first word came before we listened (a reinserted frame).
    iframe.addEventListener('load', () => iframe.contentWindow?.postMessage({ type: MEASURE_MESSAGE, id }, origin));
    script.parentNode?.insertBefore(iframe, script.nextSibling);
    frames.push({ iframe, id, origin });
  }
  if (frames.length > 0) {
    win.addEventListener('message', (event: MessageEvent) => {
      const data: unknown = event.data;
      if ((data as { type?: unknown } | null)?.type !== HEIGHT_MESSAGE) return;
      for (const frame of frames) {
        // The widget's origin, this very frame, this embed's id: any other message is ignored.
        if (event.origin === frame.origin && event.source === frame.iframe.contentWindow && isHeightMessage(data, frame.id)) {
          frame.iframe.style.height = `${Math.ceil(data.height)}px`;
        }
      }
    });
  }
  return frames.map((frame) => frame.iframe);
}
