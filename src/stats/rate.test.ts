// Rates in tenths of a percent: exact half-up rounding (Excel's ROUND) and the two clamps of FEED.md "Showing numbers".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateTenths } from './rate';

/** The exact rate in tenths, rounded half up, in BigInt arithmetic: round(1000 n / d). */
function referenceTenths(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2000n * n + d) / (2n * d));
}

describe('rateTenths', () => {
  it.each([
    [1901, 2000, 951], // 95.05% → 95,1% where toFixed(1) gives 95,0%
    [1999, 2000, 999], // 99.95% → 100,0% by rounding, but a late dossier exists: 99,9%
    [19999, 20000, 999], // 99.995%
    [1, 100000, 1], // 0.001% → 0,0% by rounding, but one on-time dossier exists: 0,1%
    [0, 5, 0],
    [5, 5, 1000],
    [1, 8, 125], // 12.5% exactly
    [1, 16, 63], // 6.25% → 62.5 tenths → 63, half up
    [3, 16, 188], // 18.75% → 187.5 tenths → 188
    [201, 400, 503], // 50.25% → 502.5 tenths → 503, where Math.round(201 / 400 * 1000) gives 502
    [203, 400, 508], // 50.75% → 507.5 tenths → 508, where Math.round gives 507
    [1, 3, 333],
    [2, 3, 667],
    [1, 2000, 1], // 0.05% → 0.5 tenths → 1 by half up
    [1, 2001, 1], // 0.0499..% → 0 by rounding → clamped to 0,1%
    [998, 1000, 998],
    [1995, 2000, 998], // 99.75% → 997.5 → 998
    [1997, 2000, 999], // 99.85% → 998.5 → 999
    [2, 2, 1000],
    [123456789, 123456789, 1000],
  ])('%i of %i is %i tenths', (numerator, denominator, expected) => {
    expect(rateTenths(numerator, denominator)).toBe(expected);
  });

  it('is null, never NaN, Infinity or 0, with no denominator', () => {
    expect(rateTenths(0, 0)).toBeNull();
    expect(rateTenths(5, 0)).toBeNull();
  });

  it('rounds half up where toFixed(1) on the percentage rounds down', () => {
    // 95.05 is stored as 95.0499..., so the naive way shows 95,0%.
    expect(((1901 / 2000) * 100).toFixed(1)).toBe('95.0');
    expect(rateTenths(1901, 2000)).toBe(951);
    // 1.005 * 100 is 100.4999... in binary; 201 of 200000 is 0.1005% → 1.005 tenths → 1.
    expect(rateTenths(201, 200000)).toBe(1);
    // Only exact halves go up: 2009 of 20000 is 10.045% → 100.45 tenths → 100.
    expect(rateTenths(2009, 20000)).toBe(100);
  });

  it('equals the exact half-up rounding, except the two clamps (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (denominator, share) => {
        const numerator = Math.min(denominator, Math.floor(denominator * share));
        const got = rateTenths(numerator, denominator);
        let want = referenceTenths(numerator, denominator);
        if (want >= 1000 && numerator < denominator) want = 999;
        if (want <= 0 && numerator > 0) want = 1;
        expect(got).toBe(want);
      }),
    );
  });

  it('is within 0.05 percentage points of the true rate except where a clamp applies (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10_000_000 })
          .chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator))),
        ([numerator, denominator]) => {
          const got = rateTenths(numerator, denominator);
          expect(got).not.toBeNull();
          const tenths = got as number;
          expect(Number.isInteger(tenths)).toBe(true);
          expect(tenths).toBeGreaterThanOrEqual(0);
          expect(tenths).toBeLessThanOrEqual(1000);
          // Never 100,0% while a late dossier exists, never 0,0% while an on-time one does.
          if (numerator < denominator) expect(tenths).toBeLessThan(1000);
          if (numerator > 0) expect(tenths).toBeGreaterThan(0);
          if (numerator === denominator) expect(tenths).toBe(1000);
          if (numerator === 0) expect(tenths).toBe(0);
          const truePercent = (100 * numerator) / denominator;
          const clampedHigh = tenths === 999 && truePercent >= 99.95;
          const clampedLow = tenths === 1 && truePercent < 0.05;
          if (!clampedHigh && !clampedLow) expect(Math.abs(tenths / 10 - truePercent)).toBeLessThanOrEqual(0.05 + 1e-9);
        },
      ),
    );
  });

  it('rounds every exact half up, for all 1000 of them', () => {
    // (2k+1) of 2000 is exactly k + 0.5 tenths; in floating point some come out just below the half
    // (1005/2000*1000 is 502.4999...), so only exact arithmetic gets all of them.
    const wrong: number[] = [];
    for (let k = 0; k <= 999; k += 1) {
      const want = k + 1 >= 1000 ? 999 : k + 1;
      if (rateTenths(2 * k + 1, 2000) !== want) wrong.push(k);
    }
    expect(wrong).toEqual([]);
  });

  it('does not decrease as the numerator grows (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (denominator, seed) => {
        const a = seed % (denominator + 1);
        const b = Math.min(denominator, a + 1);
        expect(rateTenths(b, denominator)!).toBeGreaterThanOrEqual(rateTenths(a, denominator)!);
      }),
    );
  });
});
