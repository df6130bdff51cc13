// The one tick algorithm of every chart (dashboard and kiosk): steps of 1, 2 or 5 × 10ⁿ, counts from zero, rates to 100%.

/** The smallest step of 1, 2 or 5 × 10ⁿ (and at least `least`) that cuts `span` into at most `intervals` parts. */
export function niceStep(span: number, intervals: number, least = 1): number {
  const raw = span / Math.max(1, intervals);
  if (!(raw > 0)) return least;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw - 1e-9) ?? 10 * power;
  return Math.max(least, step);
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + step / 1e6; value += step) values.push(Math.round(value / step) * step);
  return values;
}

/** Counts from zero to the first round value at or above `max`, no more than `maxTicks` ticks. */
export function countTicks(max: number, maxTicks: number): number[] {
  const step = niceStep(max, maxTicks - 1);
  return range(0, Math.max(step, Math.ceil(max / step) * step), step);
}

/** Whole points, zero always among them, from the first round value at or below the lowest to the first at or above the highest. */
export function changeTicks(values: readonly number[], maxTicks: number): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low, maxTicks - 1);
  const from = Math.floor(low / step) * step;
  return range(from, Math.max(from + step, Math.ceil(high / step) * step), step);
}

/** Where a rate axis may start: coarse, so the axis stays put as the day's numbers move. */
const RATE_FLOORS = [90, 80, 60, 40] as const;
/** Steps that divide every span from a floor to 100 (10, 20, 40, 60, 100 points). */
const RATE_STEPS = [1, 2, 5, 10, 20] as const;

/**
 * A rate axis that ends at 100% and starts at 90, 80, 60, 40 or 0, whichever is the first a point below `lowest`
 * (the lowest rate shown, or the target when it is lower); ticks every 1, 2, 5, 10 or 20 points.
 */
export function rateTicks(lowest: number, maxTicks: number): number[] {
  const from = RATE_FLOORS.find((bound) => lowest - 1 >= bound) ?? 0;
  const step = RATE_STEPS.find((candidate) => (100 - from) / candidate <= maxTicks - 1) ?? 20;
  return range(from, 100, step);
}

/** How many ticks fit along `length` pixels when each needs `labelPx` and some air. */
export function ticksThatFit(length: number, labelPx: number): number {
  return Math.max(2, Math.floor(length / (labelPx + 20)) + 1);
}
