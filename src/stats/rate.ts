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
