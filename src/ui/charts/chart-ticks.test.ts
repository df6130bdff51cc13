import { describe, expect, it } from 'vitest';
import { changeTicks, countTicks, niceStep, rateTicks, ticksThatFit } from './chart-ticks';

/** Equal steps of 1, 2 or 5 × 10ⁿ. */
function roundSteps(values: number[]): boolean {
  const steps = values.slice(1).map((value, index) => value - (values[index] ?? 0));
  return steps.every((step) => step === steps[0]) && /^[125]0*$/.test(String(steps[0]));
}

describe('niceStep', () => {
  it('takes the smallest 1, 2 or 5 × 10ⁿ that cuts the span into at most that many parts', () => {
    expect(niceStep(2500, 5)).toBe(500);
    expect(niceStep(2530, 5)).toBe(1000);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceStep(1.2, 4)).toBe(1);
    expect(niceStep(0, 5)).toBe(1);
  });
});

describe('countTicks', () => {
  it('gives round ticks from 0 that reach the largest value or just past it', () => {
    expect(countTicks(2500, 6)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(countTicks(2530, 6)).toEqual([0, 1000, 2000, 3000]);
    expect(countTicks(61_000, 6)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
    expect(countTicks(7, 6)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(0, 6)).toEqual([0, 1]);
  });

  it('never gives more ticks than asked, always in round steps', () => {
    for (const max of [1, 3, 9, 11, 99, 101, 250, 999, 1234, 47_000, 3_210_987]) {
      for (const maxTicks of [2, 3, 4, 6, 8]) {
        const ticks = countTicks(max, maxTicks);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(maxTicks, 2));
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect(roundSteps(ticks)).toBe(true);
      }
    }
  });
});

describe('rateTicks', () => {
  it('ends at 100% and starts at a coarse floor a point below the lowest rate', () => {
    expect(rateTicks(95, 6)).toEqual([90, 92, 94, 96, 98, 100]);
    expect(rateTicks(91, 6)).toEqual([90, 92, 94, 96, 98, 100]);
    expect(rateTicks(90.5, 6)).toEqual([80, 85, 90, 95, 100]);
    expect(rateTicks(75, 6)).toEqual([60, 70, 80, 90, 100]);
    expect(rateTicks(12, 6)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('keeps one axis while the day’s rates move within a band', () => {
    const axes = new Set([96.4, 95.1, 93.8, 92.2, 91.0].map((lowest) => rateTicks(lowest, 6).join()));
    expect(axes.size).toBe(1);
  });

  it('thins the ticks to what fits', () => {
    expect(rateTicks(95, 3)).toEqual([90, 95, 100]);
    expect(rateTicks(50, 2)).toEqual([40, 60, 80, 100]);
  });
});

describe('changeTicks', () => {
  it('spans the values with zero among the ticks', () => {
    expect(changeTicks([-3.2, 1.5], 6)).toEqual([-4, -3, -2, -1, 0, 1, 2]);
    expect(changeTicks([-8, 3], 6)).toEqual([-10, -5, 0, 5]);
    expect(changeTicks([4, 7], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(changeTicks([-12], 4)).toEqual([-15, -10, -5, 0]);
  });
});

describe('ticksThatFit', () => {
  it('gives at least two ticks, more as the length grows', () => {
    expect(ticksThatFit(10, 30)).toBe(2);
    expect(ticksThatFit(500, 30)).toBe(11);
  });
});
