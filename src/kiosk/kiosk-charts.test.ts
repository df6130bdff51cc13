import { describe, expect, it } from 'vitest';
import { countTicks, rateTicks } from './kiosk-charts';

describe('chart ticks', () => {
  it('gives round count ticks from 0 that reach past the largest value', () => {
    expect(countTicks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(countTicks(2530)).toEqual([0, 1000, 2000, 3000]);
    expect(countTicks(61_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('gives round rate ticks from the floor to 100%', () => {
    expect(rateTicks(90)).toEqual([90, 92, 94, 96, 98, 100]);
    expect(rateTicks(75)).toEqual([75, 80, 85, 90, 95, 100]);
    expect(rateTicks(0)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
