import { useEffect, useRef } from 'react';
import { rotationTicked } from './kiosk-store';

/** Moves the slides on every `seconds`, whatever polls arrive in between (a poll must not restart the count). */
export function useSlideRotation(keys: readonly string[], seconds: number): void {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  }, [keys]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (current.current.length > 1) rotationTicked(current.current);
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);
}
