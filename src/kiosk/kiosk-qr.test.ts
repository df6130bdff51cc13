import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { publicViewUrl, qrPath } from './kiosk-qr';
import { parsePeriod, type Period } from '../stats/period';

describe('publicViewUrl', () => {
  const period = (text: string) => parsePeriod(text) as Period;

  it('is public.html beside the kiosk, with the unit, the field, the period and the language', () => {
    expect(
      publicViewUrl('https://motcua.example.vn/bang/kiosk.html?rotate=30&unit=X', {
        unitId: '92',
        fieldId: 'DD',
        period: period('2026-Q3'),
        lang: 'en',
      }),
    ).toBe('https://motcua.example.vn/bang/public.html?unit=92&field=DD&period=2026-Q3&lang=en');
  });

  it("leaves out what is the public view's default, the unit of a synthetic root, and escapes what a URL must", () => {
    expect(publicViewUrl('http://localhost:4173/kiosk.html', { unitId: null, period: period('ytd'), lang: 'vi' })).toBe(
      'http://localhost:4173/public.html',
    );
    expect(
      publicViewUrl('http://localhost/kiosk.html', { unitId: 'a&b', fieldId: null, period: period('2026-01..2026-03'), lang: 'vi' }),
    ).toBe('http://localhost/public.html?unit=a%26b&period=2026-01..2026-03');
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
