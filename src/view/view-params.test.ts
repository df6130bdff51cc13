// One way a view becomes a URL: the page's own address, the widget's link and the embed snippet agree.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../stats/period';
import { readViewFromUrl, viewParams, viewSearch } from './view-params';

const q3 = parsePeriod('2026-Q3')!;
const ytd = parsePeriod('ytd')!;

describe('viewParams', () => {
  it('writes only what differs from the defaults, in one order', () => {
    expect(viewSearch(viewParams({ unitId: null, period: ytd, lang: 'vi', theme: 'light' }, { defaultTheme: 'light' }))).toBe('');
    expect(viewParams({ unitId: 'C1', period: q3, lang: 'en', theme: 'dark' }, { defaultTheme: 'light' }).toString()).toBe(
      'unit=C1&period=2026-Q3&lang=en&theme=dark',
    );
  });

  it('writes the theme always when there is no default, and never when the view has none', () => {
    expect(viewParams({ unitId: null, period: ytd, lang: 'vi', theme: 'light' }, { defaultTheme: null }).toString()).toBe('theme=light');
    expect(viewParams({ unitId: null, period: ytd, lang: 'en' }).toString()).toBe('lang=en');
  });

  it('keeps parameters of other meanings first and replaces stale view ones', () => {
    const keep = new URLSearchParams('chaos=0.2&unit=OLD&theme=dark');
    expect(viewParams({ unitId: 'C1', period: ytd, lang: 'vi', theme: 'light' }, { defaultTheme: 'light', keep }).toString()).toBe(
      'chaos=0.2&unit=C1',
    );
  });

  it('reads back as the view it wrote', () => {
    const view = { unitId: 'x&y', period: q3, lang: 'en' as const, theme: 'transparent' as const };
    const read = readViewFromUrl(viewSearch(viewParams(view, { defaultTheme: null })), { theme: 'light' });
    expect(read).toMatchObject({ unitId: 'x&y', lang: 'en', theme: 'transparent', paramProblems: [] });
    expect(read.period).toEqual(q3);
  });

  it('carries the field after the unit, and reads it back (an unknown id is kept for the page to name)', () => {
    const view = { unitId: 'C1', fieldId: 'dat-dai', period: q3, lang: 'en' as const };
    const search = viewSearch(viewParams(view));
    expect(search).toBe('?unit=C1&field=dat-dai&period=2026-Q3&lang=en');
    expect(readViewFromUrl(search, { theme: 'light' })).toMatchObject({ unitId: 'C1', fieldId: 'dat-dai', paramProblems: [] });
    expect(readViewFromUrl('?field=no-such-field', { theme: 'light' }).fieldId).toBe('no-such-field');
  });

  it('reads no field as every field, and writes none for every field', () => {
    expect(readViewFromUrl('?unit=C1', { theme: 'light' }).fieldId).toBeNull();
    expect(readViewFromUrl('?field=', { theme: 'light' }).fieldId).toBeNull();
    expect(viewParams({ unitId: null, fieldId: null, period: ytd, lang: 'vi' }).toString()).toBe('');
    expect(
      viewParams({ unitId: null, fieldId: 'x', period: ytd, lang: 'vi' }, { keep: new URLSearchParams('field=old&chaos=1') }).toString(),
    ).toBe('chaos=1&field=x');
  });
});
