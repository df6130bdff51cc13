import { describe, expect, it } from 'vitest';
import { MIN_FIT_SCALE, fitScale } from './use-fit-text';

describe('fitScale', () => {
  it('leaves text that fits alone', () => {
    expect(fitScale(500, 500)).toBe(1);
    expect(fitScale(10, 800)).toBe(1);
  });

  it('shrinks wider text to fit, rounding down so it surely fits', () => {
    expect(fitScale(777, 702)).toBe(0.9);
    expect(fitScale(1000, 800)).toBe(0.8);
  });

  it('never goes below the readable limit, and ignores an unmeasured column', () => {
    expect(fitScale(3000, 800)).toBe(MIN_FIT_SCALE);
    expect(fitScale(300, 0)).toBe(1);
  });
});
