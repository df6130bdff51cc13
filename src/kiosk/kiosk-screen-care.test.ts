import { describe, expect, it } from 'vitest';
import { kioskUnitPx } from './kiosk-screen-care';

describe('kioskUnitPx', () => {
  it('is 1% of the width on 16:9 landscape screens, so every size shows the same picture', () => {
    expect(kioskUnitPx(1920, 1080)).toBe(19.2);
    expect(kioskUnitPx(1366, 768)).toBe(13.66);
    expect(kioskUnitPx(3840, 2160)).toBe(38.4);
  });

  it('is limited by the height on a wider screen, and uses more of the width in portrait', () => {
    expect(kioskUnitPx(2560, 1080)).toBe(19.22);
    expect(kioskUnitPx(1080, 1920)).toBe(17.28);
  });
});
