import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from './time-zone';

describe('isValidTimeZone', () => {
  it('knows a real time zone from a made-up one', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Asia/Sai_Gon_Nowhere')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
