import { describe, expect, it } from 'vitest';
import { buildSummary, builtAtIso, unitsListOf } from './use-open-file';

describe('what the dialog hands the builder', () => {
  it('dates a build in Viet Nam time, to the second, with its offset', () => {
    expect(builtAtIso(Date.parse('2026-12-01T22:59:59.999Z'))).toBe('2026-12-02T05:59:59+07:00');
    expect(Date.parse(builtAtIso(Date.parse('2026-01-31T17:30:00Z')))).toBe(Date.parse('2026-01-31T17:30:00Z'));
  });

  it('takes the units and fields of the live document, and nothing else of it', () => {
    const text = JSON.stringify({
      schema: 'tthc-feed/1',
      units: [{ id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' }],
      fields: [{ id: 'HT', name: 'Hộ tịch' }],
      stats: [{ unitId: 'P1' }],
      source: { name: 'Hệ thống' },
    });
    expect(unitsListOf(text)).toEqual({
      units: [{ id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' }],
      fields: [{ id: 'HT', name: 'Hộ tịch' }],
    });
    expect(unitsListOf(JSON.stringify({ units: [] }))).toEqual({ units: [] });
    expect(unitsListOf('<html>')).toBeNull();
    expect(unitsListOf('{"units": 3}')).toBeNull();
  });

  it('counts the records left out over every reason for the band', () => {
    const report = {
      read: 25,
      kept: 18,
      replaced: 1,
      leftOut: [
        { reason: 'unknown donVi', count: 2, firstLines: [3, 9] },
        { reason: "unknown kenh 'fax'", count: 4, firstLines: [19] },
      ],
    };
    expect(buildSummary(report)).toEqual({ read: 25, kept: 18, replaced: 1, leftOut: 6 });
  });
});
