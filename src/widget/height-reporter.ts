// Tells the host page (through embed.js) how tall the widget's content is, so the iframe never scrolls or leaves a gap.
import { HEIGHT_MESSAGE, isMeasureRequest, type HeightMessage } from '../embed/embed-protocol';
import type { EmbedParams } from './widget-params';

type Host = {
  /** The window whose messages we listen to (the widget's own). */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The embedding page; compared by identity with each message's source. */
  parent: MessageEventSource & Pick<Window, 'postMessage'>;
};

/**
 * Posts `{type, id, height}` to the parent's origin, never '*', whenever the content's height
 * changes, and again when the parent (from that origin only) asks. Returns the stop function.
 */
export function reportHeight(content: HTMLElement, params: EmbedParams, host: Host = { self: window, parent: window.parent }): () => void {
  let last = -1;
  const send = (force: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, id: params.embedId, height };
    host.parent.postMessage(message, params.parentOrigin);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== params.parentOrigin || event.source !== host.parent) return;
    if (isMeasureRequest(event.data, params.embedId)) send(true);
  };
  host.self.addEventListener('message', onMessage);
  // Without ResizeObserver (very old browsers) the parent's measure request on load still sizes the frame once.
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => send(false));
  observer?.observe(content);
  send(true);
  return () => {
    observer?.disconnect();
    host.self.removeEventListener('message', onMessage);
  };
}
