// What a screen that nobody touches for weeks needs: type sized to the screen, no cursor, no sleep, no burn-in, no build-up.
import { useEffect, useState } from 'react';
import { burnInShift, BURN_IN_STEP_MS } from './kiosk-burn-in';

/**
 * The type unit in px, from the screen's size: 1% of the width on a landscape 16:9 screen (19.2 px at 1080p),
 * limited by the height on wider ones; portrait screens use more of their width. Mirrored in kiosk.css as the
 * first-paint value of --u; set here on <html> so CSS and the charts (which need px) use the same number.
 */
export function kioskUnitPx(width: number, height: number): number {
  const unit = height > width ? Math.min(width * 0.016, height * 0.009) : Math.min(width * 0.01, height * 0.0178);
  return Math.max(6, Math.round(unit * 100) / 100);
}

export function useKioskUnit(): number {
  const [unit, setUnit] = useState(() => kioskUnitPx(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setUnit(kioskUnitPx(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  useEffect(() => {
    document.documentElement.style.setProperty('--u', `${unit}px`);
  }, [unit]);
  return unit;
}

export const CURSOR_HIDE_MS = 3000;

/** Hides the mouse pointer a few seconds after it last moved; a nudge brings it back. */
export function useHiddenCursor(delayMs = CURSOR_HIDE_MS): void {
  useEffect(() => {
    const root = document.documentElement;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      root.classList.remove('kiosk-cursor-hidden');
      clearTimeout(timer);
      timer = setTimeout(() => root.classList.add('kiosk-cursor-hidden'), delayMs);
    };
    hideLater();
    window.addEventListener('pointermove', hideLater, { passive: true });
    window.addEventListener('pointerdown', hideLater, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', hideLater);
      window.removeEventListener('pointerdown', hideLater);
      root.classList.remove('kiosk-cursor-hidden');
    };
  }, [delayMs]);
}

/**
 * Keeps the display on where the browser allows a Screen Wake Lock (secure context, visible page).
 * The browser drops the lock whenever the page is hidden, so it is asked for again on return.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        sentinel = await navigator.wakeLock.request('screen');
      } catch {
        // Refused (no user activation, power saving, policy): the OS settings must keep the screen on.
        sentinel = null;
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
}

/** The screen's burn-in offset in type units, stepping every few minutes. */
export function useBurnInShift(): { x: number; y: number } {
  const [shift, setShift] = useState(() => burnInShift(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => {
      const next = burnInShift(Date.now());
      setShift((current) => (current.x === next.x && current.y === next.y ? current : next));
    }, BURN_IN_STEP_MS / 6);
    return () => clearInterval(timer);
  }, []);
  return shift;
}

/**
 * Performance entries pile up over weeks (React and libraries may add marks and measures; every poll adds a
 * resource timing until the buffer is full): cleared every hour so nothing accumulates.
 */
export function usePerformanceHousekeeping(intervalMs = 60 * 60_000): void {
  useEffect(() => {
    const clear = () => {
      performance.clearMarks();
      performance.clearMeasures();
      performance.clearResourceTimings();
    };
    const timer = setInterval(clear, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
}
