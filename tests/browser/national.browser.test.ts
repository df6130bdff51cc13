// The dashboard, built, on the national document (34 provinces, 3,853 units below the country): its numbers are the
// engine's, the scope "Tất cả đơn vị cấp dưới" lists every unit, filtering finds units across provinces, and a poll that
// changes another province leaves the view as it was. Behaviour only: the timings are npm run bench's.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { generateNationalFeed } from '../../mocks/national-feed';
import { formatRate } from '../../src/i18n/format';
import { matchesSearch } from '../../src/feed/search-text';
import { test } from './support/fixtures';
import { engineFigures, modelOf, serveWithFeed, vi } from './support/page-helpers';

const text = JSON.stringify(generateNationalFeed({ now: new Date('2026-11-26T09:40:00Z') }));
const model = modelOf(text);
const UNITS_BELOW = model.units.size - 1;

/** The national document on one server for the whole file (11 MB: served once, not per test). */
// eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructured first argument
const it = test.extend('national', { scope: 'file' }, async ({}, { onCleanup }) => {
  const server = await serveWithFeed(text);
  onCleanup(() => server.close());
  return server;
});

function kpi(page: Page, label: string) {
  return page.getByRole('region', { name: label, exact: true }).locator('.kpi-tile__value');
}

async function expectKpisOf(page: Page, unitId: string) {
  const figures = engineFigures(model, unitId, 'ytd');
  await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
  expect(await kpi(page, 'Đã giải quyết').textContent()).toBe(vi(figures.resolved));
  expect(await kpi(page, 'Tỷ lệ đúng hạn').textContent()).toBe(formatRate(figures.onTimeRate, 'vi'));
  expect(await kpi(page, 'Đang giải quyết').textContent()).toBe(vi(figures.pending));
}

const footerNumber = async (page: Page, column: number) =>
  Number((await page.locator('.data-table tfoot td.num').nth(column).textContent())!.replace(/\./g, ''));

describe('dashboard on the national document', () => {
  it('shows the engine’s numbers for the country and for a province', async ({ openPage, national: server }) => {
    expect(UNITS_BELOW).toBe(3853);
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Toàn quốc/ }).count(), { timeout: 20_000 }).toBe(1);
    await expectKpisOf(page, 'VN');
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 34 / 34 đơn vị');
    // The totals row of the 34 provinces is the country's own figures: no province is counted twice or left out.
    expect(await footerNumber(page, 0)).toBe(engineFigures(model, 'VN', 'ytd').toProcess);

    await page.getByRole('link', { name: 'Thành phố Cần Thơ', exact: true }).click();
    await expect.poll(() => page.locator('.view-heading').textContent()).toContain('Thành phố Cần Thơ');
    expect(new URL(page.url()).searchParams.get('unit')).toBe('92');
    await expectKpisOf(page, '92');
    expect(errors).toEqual([]);
  });

  it('lists every unit below the country in the scope "Tất cả đơn vị cấp dưới", and filters them', async ({
    openPage,
    national: server,
  }) => {
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.locator('.table-count').textContent(), { timeout: 20_000 }).toBe('Hiển thị 34 / 34 đơn vị');
    await page.getByLabel('Phạm vi').selectOption({ label: 'Tất cả đơn vị cấp dưới' });
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 3.853 / 3.853 đơn vị');
    // Virtualised: a few dozen rows in the DOM, not 3,853.
    expect(await page.locator('.data-table tbody th.unit-cell').count()).toBeLessThan(200);

    const query = 'tan an';
    const expected = [...model.units.values()].filter((unit) => unit.id !== model.rootId && matchesSearch(unit.searchText, query));
    expect(expected.length).toBeGreaterThan(5);
    await page.getByLabel('Lọc theo tên').fill(query);
    await expect.poll(() => page.locator('.table-count').textContent()).toBe(`Hiển thị ${expected.length} / 3.853 đơn vị`);
    const names = await page.locator('.data-table tbody th.unit-cell .link-button').allTextContents();
    expect(names.sort()).toEqual(expected.map((unit) => unit.name).sort());
    // Units that share a name say which province they belong to.
    expect(await page.locator('.data-table tbody .unit-parent').count()).toBe(expected.length);
    const sum = expected.reduce((total, unit) => total + engineFigures(model, unit.id, 'ytd').toProcess, 0);
    expect(await footerNumber(page, 0)).toBe(sum);

    await page.getByLabel('Lọc theo tên').fill('');
    await page.getByLabel('Loại đơn vị').selectOption({ label: 'Sở, ban, ngành' });
    const departments = [...model.units.values()].filter((unit) => unit.kind === 'department').length;
    await expect.poll(() => page.locator('.table-count').textContent()).toBe(`Hiển thị ${vi(departments)} / 3.853 đơn vị`);
    expect(errors).toEqual([]);
  });

  it('a changed poll that touches another province changes nothing in the view of this one', async ({ openPage, national: server }) => {
    const { page } = await openPage(`${server.origin}/index.html?unit=79`);
    await expectKpisOf(page, '79');
    await page.evaluate(() => {
      const record = window as unknown as { mutations: number };
      record.mutations = 0;
      new MutationObserver((list) => (record.mutations += list.length)).observe(document.getElementById('main')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    // Charts load and animate after the numbers: count from a quiet second on.
    const mutations = () => page.evaluate(() => (window as unknown as { mutations: number }).mutations);
    let previous = -1;
    while (previous !== (await mutations())) {
      previous = await mutations();
      await page.waitForTimeout(1000);
    }
    await page.evaluate(() => ((window as unknown as { mutations: number }).mutations = 0));

    // One commune of Hà Nội gains a dossier, received and resolved early alike; generatedAt stays, so the header stays too.
    const changed = JSON.parse(text) as { stats: Array<{ unitId: string; receivedOnline: number; resolvedEarly: number }> };
    const hanoiCommune = [...model.units.values()].find((unit) => unit.kind === 'commune' && unit.treeParentId === '01')!;
    const row = changed.stats.filter((r) => r.unitId === hanoiCommune.id).at(-1)!;
    row.receivedOnline += 1;
    row.resolvedEarly += 1;
    const changedText = JSON.stringify(changed);
    server.setFeed(changedText);
    const polled = page.waitForResponse((response) => response.url().endsWith('/feed.json'));
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await polled;
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra ngay' }).isEnabled()).toBe(true);
    await page.waitForTimeout(1500);
    expect(await mutations()).toBe(0);

    // The poll did bring the new document: the country's figures are the changed ones.
    await page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: 'Toàn quốc' }).click();
    const after = engineFigures(modelOf(changedText), 'VN', 'ytd');
    expect(after.received).toBe(engineFigures(model, 'VN', 'ytd').received + 1);
    await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(after.received));
    server.setFeed(text);
  });
});
