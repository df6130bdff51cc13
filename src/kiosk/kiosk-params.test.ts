import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATE_SECONDS, parseRotate } from './kiosk-params';

describe('parseRotate', () => {
  it('uses 20 seconds when rotate is absent, without a note', () => {
    expect(parseRotate('')).toEqual({ seconds: DEFAULT_ROTATE_SECONDS, invalid: null });
    expect(parseRotate('?unit=92&theme=light')).toEqual({ seconds: 20, invalid: null });
  });

  it('reads whole and decimal seconds within 2 to 3600', () => {
    expect(parseRotate('?rotate=2').seconds).toBe(2);
    expect(parseRotate('?rotate=45').seconds).toBe(45);
    expect(parseRotate('?rotate=7.5').seconds).toBe(7.5);
    expect(parseRotate('?rotate=%2030%20')).toEqual({ seconds: 30, invalid: null });
    expect(parseRotate('?rotate=3600').seconds).toBe(3600);
  });

  it.each(['0', '1', '1.9', '3601', '-5', 'abc', '', '20s', '1e3', '0x10', 'Infinity', 'NaN', '12,5'])(
    'falls back to the default and keeps "%s" to say so',
    (value) => {
      expect(parseRotate(`?rotate=${encodeURIComponent(value)}`)).toEqual({ seconds: DEFAULT_ROTATE_SECONDS, invalid: value });
    },
  );

  it('shortens a very long value it quotes back', () => {
    const long = 'x'.repeat(500);
    expect(parseRotate(`?rotate=${long}`).invalid).toHaveLength(40);
  });
});
