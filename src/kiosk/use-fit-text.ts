// A unit's name that is wider than its column is set smaller (down to a limit) rather than cut off:
// on a wall nobody can hover to read the rest. An ellipsis remains only beyond that limit.
import { useLayoutEffect, type RefObject } from 'react';

/** Smallest scale a name is set at: half its row's type, still some 2 cm high on a wall; below, an ellipsis. */
export const MIN_FIT_SCALE = 0.5;

/** The scale that makes content `needed` px wide fit `available` px: 1 when it fits, never below `min`. */
export function fitScale(needed: number, available: number, min = MIN_FIT_SCALE): number {
  if (available <= 0 || needed <= available) return 1;
  return Math.max(min, Math.floor((available / needed) * 100) / 100);
}

/** The height of the element's text as the font draws it (ascent to descent), which may exceed its line box. */
export function inkHeight(element: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  let top = Infinity;
  let bottom = -Infinity;
  for (const rect of range.getClientRects()) {
    top = Math.min(top, rect.top);
    bottom = Math.max(bottom, rect.bottom);
  }
  return bottom > top ? bottom - top : 0;
}

/** Calls `fit` whenever a font face finishes loading (the text's widths change); returns the clean-up. */
function whenFontsLoad(fit: () => void): () => void {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return () => undefined;
  fonts.addEventListener('loadingdone', fit);
  return () => fonts.removeEventListener('loadingdone', fit);
}

/** Fits every element matching `selector` under `container` to its own width; redone when `deps` change. */
export function useFitText(container: RefObject<HTMLElement | null>, selector: string, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const fit = () => {
      const elements = [...root.querySelectorAll<HTMLElement>(selector)];
      for (const element of elements) {
        element.style.fontSize = '';
        element.style.lineHeight = '';
      }
      for (const element of elements) {
        // A font whose accents and descenders reach beyond the line box (the dot under ọ, the tail of g) is clipped by a
        // box that hides its overflow: the line is made as tall as the letters, as a ratio so it follows the scale below.
        const fontPx = parseFloat(getComputedStyle(element).fontSize);
        const ink = inkHeight(element);
        if (fontPx > 0 && ink > element.clientHeight + 0.5) element.style.lineHeight = String(Math.ceil((ink / fontPx) * 100) / 100 + 0.02);
        // Then smaller, down to a limit, when the name is wider than its column or its line taller than its row.
        const room = element.parentElement?.clientHeight ?? 0;
        const scale = Math.min(fitScale(element.scrollWidth, element.clientWidth), fitScale(element.offsetHeight, room));
        if (scale < 1) element.style.fontSize = `${scale}em`;
      }
    };
    fit();
    // The page's font arrives after the first paint (font-display: swap) with other widths: fitted again then.
    return whenFontsLoad(fit);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the layout depends on
  }, deps);
}

/**
 * Scales a slide's own unit (--fit, a factor on --su in kiosk.css) down until its content fits its height:
 * a long unit name wraps the lead sentence onto a third line, and the stale band takes height away.
 * Measured again whenever the slide's box changes size (the band comes or goes, the window resizes).
 */
export function useFitHeight(slide: RefObject<HTMLElement | null>, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const element = slide.current;
    if (!element) return;
    const fit = () => {
      element.style.setProperty('--fit', '1');
      // Smaller type wraps differently, so measure again after each step; three steps always settle.
      for (let step = 0; step < 3; step += 1) {
        const children = [...element.children].filter((child) => getComputedStyle(child).position !== 'absolute');
        const first = children[0]?.getBoundingClientRect();
        const last = children[children.length - 1]?.getBoundingClientRect();
        if (!first || !last) return;
        const scale = fitScale(last.bottom - first.top, element.clientHeight, 0.5);
        if (scale >= 1) return;
        const current = Number(element.style.getPropertyValue('--fit')) || 1;
        element.style.setProperty('--fit', String(Math.floor(current * scale * 100) / 100));
      }
    };
    fit();
    // The content's size follows --fit, the slide's box does not: observing the box cannot loop.
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    const stopFonts = whenFontsLoad(fit);
    return () => {
      observer.disconnect();
      stopFonts();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the layout depends on
  }, deps);
}
