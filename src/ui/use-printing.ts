// Whether the page is being printed, so a virtualised list can render every row for paper.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const PRINT_QUERY = 'print';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia(PRINT_QUERY).matches);
  useEffect(() => {
    const media = matchMedia(PRINT_QUERY);
    const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);
    // The browser lays the page out for paper right after `beforeprint`: the rows must be in the DOM before it returns.
    const onBefore = () => flushSync(() => setPrinting(true));
    const onAfter = () => setPrinting(media.matches);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    };
  }, []);
  return printing;
}
