import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { publicViewUrl, qrPath } from './kiosk-qr';

describe('publicViewUrl', () => {
  it('is public.html beside the kiosk, with the unit, the period and the language', () => {
    expect(publicViewUrl('https://motcua.example.vn/bang/kiosk.html?rotate=30&unit=X', '92', '2026-Q3', 'vi')).toBe(
      'https://motcua.example.vn/bang/public.html?unit=92&period=2026-Q3&lang=vi',
    );
  });

  it('leaves the unit out for a synthetic root, and escapes what a URL must', () => {
    expect(publicViewUrl('http://localhost:4173/kiosk.html', null, '2026-01..2026-03', 'en')).toBe(
      'http://localhost:4173/public.html?period=2026-01..2026-03&lang=en',
    );
    expect(publicViewUrl('http://localhost/kiosk.html', 'a&b', 'ytd', 'vi')).toBe(
      'http://localhost/public.html?unit=a%26b&period=ytd&lang=vi',
    );
  });
});

describe('qrPath', () => {
  it('draws one unit square per dark module, at its column and row', () => {
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
  });

  it('draws a real code whole: as many squares as dark modules, finder patterns in three corners', () => {
    const qr = encode('http://localhost:4173/public.html?unit=P1&period=ytd&lang=vi', { ecc: 'M', border: 2 });
    const dark = qr.data.flat().filter(Boolean).length;
    expect(qrPath(qr.data).match(/M/g)).toHaveLength(dark);
    // The top-left finder's outer ring starts right after the two-module quiet zone.
    expect(qr.data[2]?.slice(2, 9)).toEqual([true, true, true, true, true, true, true]);
    expect(qr.data[0]?.every((module) => !module)).toBe(true);
  });
});
