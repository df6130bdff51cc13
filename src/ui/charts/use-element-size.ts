import { useLayoutEffect, useState } from 'react';

export type ElementSize = { width: number; height: number };

const NONE: ElementSize = { width: 0, height: 0 };

/**
 * The size of an element in whole px, followed as it changes: charts are drawn at the size they have (names, ticks
 * and bars laid out for it), and redrawn only when it changes.
 */
export function useElementSize<E extends HTMLElement = HTMLDivElement>(): [(element: E | null) => void, ElementSize] {
  const [element, setElement] = useState<E | null>(null);
  const [size, setSize] = useState<ElementSize>(NONE);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((current) => (current.width === width && current.height === height ? current : { width, height }));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
