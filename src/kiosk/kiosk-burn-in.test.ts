import { describe, expect, it } from 'vitest';
import { BURN_IN_STEP_MS, burnInShift } from './kiosk-burn-in';

describe('burnInShift', () => {
  it('moves at most a quarter unit, stays put within a step and moves at the next', () => {
    const start = 1_800_000_000_000 - (1_800_000_000_000 % BURN_IN_STEP_MS);
    const positions = new Set<string>();
    let previous = burnInShift(start);
    for (let step = 1; step <= 18; step += 1) {
      const at = start + step * BURN_IN_STEP_MS;
      const shift = burnInShift(at);
      expect(Math.abs(shift.x)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(shift.y)).toBeLessThanOrEqual(0.25);
      expect(burnInShift(at + BURN_IN_STEP_MS - 1)).toEqual(shift);
      expect(shift).not.toEqual(previous);
      positions.add(`${shift.x},${shift.y}`);
      previous = shift;
    }
    expect(positions.size).toBe(9);
  });
});
