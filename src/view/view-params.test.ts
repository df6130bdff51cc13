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
});
