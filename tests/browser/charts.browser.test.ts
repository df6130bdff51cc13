// The dashboard's charts on the demo feed, built, in Chromium: legend order, below-target marks, round ticks, phones.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it, type OpenPage } from './support/fixtures';
import type { StaticServer } from './support/static-server';
import { modelOf } from './support/page-helpers';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import { formatMonthShort, formatRate } from '../../src/i18n/format';
import { parseMonth } from '../../src/feed/month';
import { monthlyTrend } from '../../src/stats/roll-up';

async function openCharts(openPage: OpenPage, site: StaticServer, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(`${site.origin}/index.html`, viewport ? { viewport } : {});
  await page.locator('.chart-card--wide .recharts-cartesian-axis-tick-value').first().waitFor({ timeout: 20_000 });
  // Bars grow into place.
  await page.waitForTimeout(2000);
  return page;
}

function card(page: Page, heading: string) {
  return page.locator('figure', { has: page.getByRole('heading', { name: heading }) });
}

/** The numbers of each y axis's tick labels in the monthly chart, in order ("60.000" → 60000, "95%" → 95). */
async function trendAxes(page: Page): Promise<{ counts: number[]; rates: number[] }> {
  const axes = await page
    .locator('.chart-card--wide .recharts-yAxis-tick-labels')
    .evaluateAll((groups) =>
      groups.map((group) => [...group.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent ?? '')),
    );
  const numbers = (texts: string[] | undefined) => (texts ?? []).map((text) => Number(text.replace(/[.%]/g, '')));
  return {
    counts: numbers(axes.find((texts) => !texts.some((text) => text.endsWith('%')))),
    rates: numbers(axes.find((texts) => texts.some((text) => text.endsWith('%')))),
  };
}

/** Equal steps of 1, 2 or 5 × 10ⁿ. */
function roundSteps(values: number[]): boolean {
  const steps = values.slice(1).map((value, index) => value - values[index]!);
  const step = steps[0] ?? 0;
  return steps.every((s) => s === step) && /^[125]0*$/.test(String(step));
}

describe('charts', () => {
  it('list the series in their legends in the order of the bars', async ({ openPage, demoSite }) => {
    const page = await openCharts(openPage, demoSite);
    const legend = (heading: string) => card(page, heading).locator('.recharts-legend-item-text').allTextContents();
    expect(await legend('Tiếp nhận, giải quyết và đúng hạn theo đơn vị')).toEqual([
      'Đã tiếp nhận',
      'Đã giải quyết',
      'Đúng hạn (gồm trước hạn)',
    ]);
    expect(await legend('Diễn biến theo tháng')).toEqual(['Đã tiếp nhận', 'Đã giải quyết', 'Tỷ lệ đúng hạn', 'Cùng kỳ năm trước']);
  });

  it('mark a rate below target with ⚠, keeping ▲ and ▼ for changes', async ({ openPage, demoSite }) => {
    const page = await openCharts(openPage, demoSite);
    const labels = await card(page, 'Xếp hạng tỷ lệ đúng hạn').locator('svg text').allTextContents();
    expect(labels.some((text) => text.startsWith('⚠ '))).toBe(true);
    expect(labels.some((text) => /[▲▼]/.test(text))).toBe(false);
  });

  it('put the monthly chart on round ticks, the rate axis ending at 100%', async ({ openPage, demoSite }) => {
    const page = await openCharts(openPage, demoSite);
    const { counts, rates } = await trendAxes(page);
    expect(counts.length).toBeGreaterThan(2);
    expect(counts[0]).toBe(0);
    expect(roundSteps(counts)).toBe(true);
    expect(rates.at(-1)).toBe(100);
    expect(roundSteps(rates)).toBe(true);
  });

  it('on a phone, write the names whole above the bars and give the bars the width', async ({ openPage, demoSite }) => {
    const page = await openCharts(openPage, demoSite, { width: 390, height: 844 });
    const chart = card(page, 'Tiếp nhận, giải quyết và đúng hạn theo đơn vị');
    const surface = (await chart.locator('.recharts-wrapper').boundingBox())!;
    const widest = Math.max(
      ...(await chart
        .locator('.recharts-bar-rectangle path')
        .evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width))),
    );
    expect(widest / surface.width).toBeGreaterThan(0.6);
    const names = await chart.locator('tbody th').allTextContents();
    // The words written, without the hover title.
    const written = await chart.locator('.recharts-label-list text').evaluateAll((texts) =>
      texts.map((text) =>
        [...text.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join(''),
      ),
    );
    expect(written).toEqual(names);
  });

  it("draw last year's on-time rate for the chosen field, only for months the feed has a year earlier", async ({ serve, openPage }) => {
    // Mid-July 2026: the feed starts in January 2025, so December 2025 has no year earlier and January 2026 has one.
    const text = JSON.stringify(generateProvinceFeed({ now: new Date('2026-07-15T03:00:00Z') }));
    const model = modelOf(text);
    const field = [...model.fieldsById.keys()][0]!;
    const server = await serve(text);
    const { page, errors } = await openPage(`${server.origin}/index.html?period=2025-12..2026-03&field=${field}`);
    const chart = card(page, 'Diễn biến theo tháng');
    await chart.locator('.recharts-cartesian-axis-tick-value').first().waitFor({ timeout: 20_000 });
    expect(await chart.locator('.recharts-legend-item-text').allTextContents()).toContain('Cùng kỳ năm trước');
    await chart.getByText('Xem bảng số liệu').click();
    const lastYearCell = async (month: number) => {
      const row = chart.locator('tbody tr', { has: page.getByRole('rowheader', { name: formatMonthShort(month, 'vi'), exact: true }) });
      return (await row.locator('td').last().textContent())?.trim();
    };
    expect(await chart.locator('thead th').last().textContent()).toBe('Tỷ lệ đúng hạn cùng kỳ năm trước');
    const january = parseMonth('2026-01')!;
    const [engine] = monthlyTrend(model, model.rootId, { from: january - 12, to: january - 12 }, field);
    expect(engine!.figures.rowCount).toBeGreaterThan(0);
    expect(await lastYearCell(january)).toBe(formatRate(engine!.figures.onTimeRate, 'vi'));
    // The same month for every field differs: the column follows the field.
    const [everyField] = monthlyTrend(model, model.rootId, { from: january - 12, to: january - 12 });
    expect(everyField!.figures.onTimeRate).not.toBe(engine!.figures.onTimeRate);
    // December 2024 is before the feed: a dash, no figure.
    expect(await lastYearCell(parseMonth('2025-12')!)).toBe('—');
    expect(errors).toEqual([]);
  });
});
