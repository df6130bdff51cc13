// The daily reload at the quiet hour: clears whatever weeks of running accumulate, but never into a blank screen.
import { useEffect, useRef } from 'react';
import { firstReloadAt, nextReloadAt, reloadDecision } from './kiosk-reload';

type Options = {
  timeZone: string;
  hour: number;
  startedAt: number;
  /** Read when the hour comes: is the feed or config.json failing, and would the saved copy carry the screen? */
  outage: () => boolean;
  cacheCarries: () => boolean;
};

const CHECK_EVERY_MS = 30_000;

/** The page itself must still load: reloading while the web server is down would leave the browser's error page. */
async function pageLoads(): Promise<boolean> {
  try {
    const response = await fetch(location.href, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function useDailyReload({ timeZone, hour, startedAt, outage, cacheCarries }: Options): void {
  const inputs = useRef({ outage, cacheCarries });
  useEffect(() => {
    inputs.current = { outage, cacheCarries };
  });
  useEffect(() => {
    // Checked on a short interval rather than one long timeout: a sleeping machine or a clock change cannot make it miss the hour.
    let reloadAt = firstReloadAt(startedAt, timeZone, hour);
    let checking = false;
    const check = async () => {
      const now = Date.now();
      if (checking || now < reloadAt) return;
      const outage = inputs.current.outage();
      // Reading the saved copy costs a read of the whole document: only when an outage makes it matter.
      const decision = reloadDecision({ now, reloadAt, outage, cacheCarries: outage && inputs.current.cacheCarries() });
      if (decision === 'skip') reloadAt = nextReloadAt(now, timeZone, hour);
      if (decision !== 'reload') return;
      checking = true;
      if (await pageLoads()) location.reload();
      checking = false;
    };
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [timeZone, hour, startedAt]);
}
