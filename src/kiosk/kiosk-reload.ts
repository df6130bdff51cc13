// When the kiosk reloads itself: daily at the configured quiet hour in the configured zone, never into a blank screen.

/** A kiosk just switched on does not reload within this time, whatever the hour. */
export const MIN_UPTIME_MS = 10 * 60_000;
/** An outage that keeps postponing the reload this long gives that day's reload up. */
export const GIVE_UP_AFTER_MS = 6 * 60 * 60_000;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallClock(ms: number, timeZone: string): WallClock {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at `ms`. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The instant at which the zone's clock reads the given wall time (the later one in a DST gap's place). */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour);
  let guess = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  // Once more with the offset at the guess, which is right unless a DST change lies between.
  guess = wallAsUtc - zoneOffsetMs(guess, timeZone);
  return guess;
}

/** The first instant after `afterMs` at which the clock in `timeZone` reads `hour`:00. */
export function nextReloadAt(afterMs: number, timeZone: string, hour: number): number {
  const today = wallClock(afterMs, timeZone);
  for (let dayOffset = 0; dayOffset < 3; dayOffset += 1) {
    // Date.UTC rolls day 32 over into the next month.
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + dayOffset));
    const at = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour, timeZone);
    if (at > afterMs) return at;
  }
  return afterMs + 24 * 60 * 60_000;
}

/** The first reload of a kiosk switched on at `startedAt`. */
export function firstReloadAt(startedAt: number, timeZone: string, hour: number): number {
  return nextReloadAt(startedAt + MIN_UPTIME_MS, timeZone, hour);
}

export type ReloadInputs = {
  now: number;
  reloadAt: number;
  /** The feed (or config.json) is failing right now. */
  outage: boolean;
  /** What is on screen is saved and would come back at once after the reload. */
  cacheCarries: boolean;
};

/**
 * `reload`: go ahead (after checking the page itself still loads); `postpone`: ask again shortly;
 * `skip`: the outage has lasted too long, try again at tomorrow's hour.
 */
export type ReloadDecision = 'not-yet' | 'reload' | 'postpone' | 'skip';

export function reloadDecision({ now, reloadAt, outage, cacheCarries }: ReloadInputs): ReloadDecision {
  if (now < reloadAt) return 'not-yet';
  if (!outage || cacheCarries) return 'reload';
  return now - reloadAt >= GIVE_UP_AFTER_MS ? 'skip' : 'postpone';
}
