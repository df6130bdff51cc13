// Rates in tenths of a percent, rounded half up as Excel's ROUND does, in integer arithmetic so 1901/2000 is 95,1%.

/** A rate as a whole number of tenths of a percent (998 is 99,8%); null when there is no denominator. */
export type RateTenths = number | null;

export function rateTenths(numerator: number, denominator: number): RateTenths {
  if (!(denominator > 0)) return null;
  // round(n / d * 1000) half up == floor((2000 n + d) / 2d), exact for the integers a feed holds.
  let tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  // 100,0% would hide a late dossier and 0,0% an on-time one: FEED.md forbids both.
  if (tenths >= 1000 && numerator < denominator) tenths = 999;
  if (tenths <= 0 && numerator > 0) tenths = 1;
  return tenths;
}

/** A time in tenths of a day (25 is 2,5 ngày); null when there is nothing to average over. */
export type DaysTenths = number | null;

const MINUTES_PER_DAY = 1440;

/**
 * Average processing time (FEED.md: resolvedMinutes / resolved), in tenths of a day rounded half up, in integers:
 * round(m / (1440 r) * 10) == floor((20 m + 1440 r) / (2880 r)). None when nothing was resolved.
 */
export function averageDaysTenths(resolvedMinutes: number, resolved: number): DaysTenths {
  if (!(resolved > 0)) return null;
  return Math.floor((20 * resolvedMinutes + MINUTES_PER_DAY * resolved) / (2 * MINUTES_PER_DAY * resolved));
}
