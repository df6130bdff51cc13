// A unit's name that is wider than its column is set smaller (down to a limit) rather than cut off:
// on a wall nobody can hover to read the rest. An ellipsis remains only beyond that limit.
import { useLayoutEffect, type RefObject } from 'react';

/** Smallest scale a name is set at; below this it would no longer read across a room. */
export const MIN_FIT_SCALE = 0.62;

/** The scale that makes content `needed` px wide fit `available` px: 1 when it fits, never below `min`. */
export function fitScale(needed: number, available: number, min = MIN_FIT_SCALE): number {
  if (available <= 0 || needed <= available) return 1;
  return Math.max(min, Math.floor((available / needed) * 100) / 100);
}

/** Fits every element matching `selector` under `container` to its own width; redone when `deps` change. */
export function useFitText(container: RefObject<HTMLElement | null>, selector: string, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const elements = [...root.querySelectorAll<HTMLElement>(selector)];
    for (const element of elements) element.style.fontSize = '';
    for (const element of elements) {
      const scale = fitScale(element.scrollWidth, element.clientWidth);
      if (scale < 1) element.style.fontSize = `${scale}em`;
    }
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
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the layout depends on
  }, deps);
}
