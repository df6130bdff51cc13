// Comparison with earlier periods, built, in Chromium: the tiles say the change the engine computes, in arrows and
// words; the table and the ranking put the unit whose on-time rate fell most first; the CSV keeps the form's columns.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it, type FeedSite, type OpenPage } from './support/fixtures';
import { modelOf } from './support/page-helpers';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import { compareUnit, comparisonRanges, figureChange, onTimeChanges, type FigureChange } from '../../src/stats/compare';
import { formatTenthsMagnitude } from '../../src/i18n/format';
import { formatCount, formatRate } from '../../src/i18n/format';
import { parsePeriod, resolvePeriod } from '../../src/stats/period';
import { periodFigures } from '../../src/stats/roll-up';

// Mid-July 2026: July is running, June and everything before it are whole months.
const document = generateProvinceFeed({ now: new Date('2026-07-15T03:00:00Z') });
const slipping = document.units.find((unit) => unit.kind === 'department')!;
// One department resolves all of June's on-time dossiers late: the row still adds up, its on-time rate falls most.
for (const row of document.stats) {
  if (row.unitId === slipping.id && row.month === '2026-06') {
    row.resolvedLate += row.resolvedOnTime;
    row.resolvedOnTime = 0;
  }
}
const text = JSON.stringify(document);
const model = modelOf(text);

function resolved(period: string) {
  const r = resolvePeriod(parsePeriod(period)!, model.months);
  if (!r.hasMonths) throw new Error(period);
  return r;
}

/** The line a tile shows for a change, as its text content reads (arrow, hidden words, size, basis). */
function expectedLine(change: FigureChange, basis: string): string {
  if (change.kind === 'relative')
    return `${change.tenths > 0 ? '▲ Tăng' : '▼ Giảm'} ${formatTenthsMagnitude(change.tenths, 'vi')}% ${basis}`;
  if (change.kind === 'points') {
    if (change.tenths === 0) return `= Không đổi ${basis}`;
    return `${change.tenths > 0 ? '▲ Tăng' : '▼ Giảm'} ${formatTenthsMagnitude(change.tenths, 'vi')} điểm % ${basis}`;
  }
  throw new Error(change.kind);
}

function changeLines(page: Page, tile: string) {
  return page.getByRole('region', { name: tile, exact: true }).locator('.kpi-change').allTextContents();
}

/** The fixture's `serve` and `openPage`, which close the server and the page with the test. */
type Opener = { serve: (text: string) => Promise<FeedSite>; openPage: OpenPage };

async function open({ serve, openPage }: Opener, search: string): Promise<Page> {
  const server = await serve(text);
  const { page, errors } = await openPage(`${server.origin}/index.html${search}`);
  await expect.poll(() => page.locator('.kpi-change').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  return page;
}

describe('KPI tiles against earlier periods', () => {
  it('show the changes the engine computes for a whole month, against a year earlier and the month before', async ({ serve, openPage }) => {
    const page = await open({ serve, openPage }, '?period=2026-06');
    const r = resolved('2026-06');
    const comparison = compareUnit(model, '92', r);
    const figures = periodFigures(model, r.range).get('92')!;
    const [yearAgo, previous] = comparison.baselines;
    expect([yearAgo?.status, previous?.status]).toEqual(['ok', 'ok']);
    for (const [tile, figure] of [
      ['Đã tiếp nhận', 'received'],
      ['Tỷ lệ đúng hạn', 'onTimeRate'],
    ] as const) {
      expect(await changeLines(page, tile)).toEqual([
        // The year-earlier figure itself follows its change.
        `${expectedLine(figureChange(figure, figures, yearAgo!, comparison.running), 'so với cùng kỳ năm trước')} (khi đó: ${
          yearAgo?.status === 'ok'
            ? figure === 'received'
              ? formatCount(yearAgo.figures.received, 'vi')
              : formatRate(yearAgo.figures.onTimeRate, 'vi')
            : ''
        })`,
        expectedLine(figureChange(figure, figures, previous!, comparison.running), 'so với kỳ trước'),
      ]);
    }
    expect(await page.locator('.kpi-compare-note').textContent()).toBe(
      'So sánh với cùng kỳ năm trước: tháng 6/2025; kỳ trước: tháng 5/2026.',
    );
  });

  it('does not compare the counts of a month still running, and says so, while rates are compared', async ({ serve, openPage }) => {
    const page = await open({ serve, openPage }, '');
    expect(await changeLines(page, 'Đã tiếp nhận')).toEqual(['Chưa so sánh số lượng: tháng 7/2026 chưa kết thúc']);
    const rates = await changeLines(page, 'Tỷ lệ đúng hạn');
    expect(rates).toHaveLength(2);
    expect(rates[0]).toMatch(/so với cùng kỳ năm trước \(khi đó: \d+,\d%\)$/);
    // What is compared is said, not passed off as like with like.
    expect(await page.locator('.kpi-compare-note').textContent()).toBe(
      'So sánh với cùng kỳ năm trước: tháng 1–7/2025; kỳ trước: tháng 6–12/2025. Tháng 7/2026 chưa kết thúc và nguồn số liệu chỉ có theo tháng: ' +
        'số lượng chưa so sánh; các tỷ lệ so với cả tháng 7/2025.',
    );
  });

  it('says there is nothing to compare with when the year earlier is not in the feed', async ({ serve, openPage }) => {
    const page = await open({ serve, openPage }, '?period=2025-03');
    const lines = await changeLines(page, 'Tỷ lệ đúng hạn');
    expect(lines[0]).toBe('Không có đủ số liệu cùng kỳ năm trước để so sánh');
    expect(lines[1]).toMatch(/so với kỳ trước$/);
  });

  it('puts the progress rate beside the on-time rate, each with how it is computed, opened by keyboard', async ({ serve, openPage }) => {
    const page = await open({ serve, openPage }, '?period=2026-06');
    const figures = periodFigures(model, resolved('2026-06').range).get('92')!;
    const progress = page.getByRole('region', { name: 'Tỷ lệ đúng tiến độ (Bộ chỉ số 766)', exact: true });
    expect(await progress.locator('.kpi-tile__value').textContent()).toBe(formatRate(figures.progressRate, 'vi'));
    const summary = progress.getByText('Cách tính');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await progress.locator('details').getAttribute('open')).not.toBeNull();
    await expect
      .poll(() => progress.getByText(/Bộ chỉ số 766: \(trước hạn \+ đúng hạn \+ đang giải quyết trong hạn\)/).isVisible())
      .toBe(true);
  });
});

describe('sorting by change in on-time rate', () => {
  const changes = onTimeChanges(model, resolved('2026-06').range, comparisonRanges(resolved('2026-06')).yearAgo);
  const biggestFall = Math.min(...model.units.get('92')!.childIds.map((id) => changes.get(id) ?? Infinity));

  it('puts the unit that fell most first in the table, and writes the change in the CSV after the form’s columns', async ({
    serve,
    openPage,
  }) => {
    expect(changes.get(slipping.id)).toBe(biggestFall);
    const page = await open({ serve, openPage }, '?period=2026-06');
    const sort = page.getByRole('button', { name: 'Thay đổi' });
    await sort.click();
    const header = page.getByRole('columnheader', { name: /Thay đổi/ });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const first = page.locator('.data-table tbody tr').first();
    expect(await first.getByRole('rowheader').getByRole('link').textContent()).toBe(slipping.name);
    expect(await first.locator('td.change').textContent()).toBe(`▼ Giảm ${formatTenthsMagnitude(biggestFall, 'vi')}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = await (await import('node:fs/promises')).readFile((await (await download).path())!, 'utf8');
    expect(csv).toContain(';Thay đổi – tỷ lệ đúng hạn so với cùng kỳ năm trước (điểm %);');
    const row = csv.split('\r\n').find((line) => line.includes(`;${slipping.name};`))!;
    expect(Number(row.split(';').at(-2)!.replace(',', '.'))).toBe(biggestFall / 10);
  });

  it('ranks the units by change in the chart, biggest fall first', async ({ serve, openPage }) => {
    const page = await open({ serve, openPage }, '?period=2026-06');
    const ranking = page.locator('figure', { has: page.getByRole('heading', { name: 'Xếp hạng tỷ lệ đúng hạn' }) });
    await expect.poll(() => ranking.count(), { timeout: 20_000 }).toBe(1);
    await ranking.getByLabel('Xếp theo').selectOption('change');
    // The chart's numbers are in the table beside it, behind "Xem bảng số liệu".
    await ranking.getByText('Xem bảng số liệu').click();
    const first = ranking.locator('tbody tr').first();
    await expect.poll(() => first.getByRole('rowheader').textContent()).toBe(slipping.name);
    expect(await first.locator('td').last().textContent()).toBe(`Giảm ${formatTenthsMagnitude(biggestFall, 'vi')} điểm %`);
  });
});
