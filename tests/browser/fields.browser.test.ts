// The three pages by field (issue 12) on the hand-worked fixture tests/fixtures/fields-example.json: the same unit,
// field and period give the same figures on each page, those of the engine and of fields-example.expected.json; an
// unknown field gives a message and no numbers; a document without fields shows no field control; Back and Forward
// walk through field picks; the CSV names the field.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe } from 'vitest';
import { forField } from '../../src/feed/field-view';
import { it } from './support/fixtures';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';

const fieldsText = readFileSync(new URL('../fixtures/fields-example.json', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../fixtures/fields-example.expected.json', import.meta.url), 'utf8')) as {
  figures: Record<string, Record<string, Record<string, { received: number; resolved: number; carriedOver: number; onTimeRate: string }>>>;
};
const model = modelOf(fieldsText);
const CONFIG = { timeZone: 'Asia/Ho_Chi_Minh' };

type PageName = 'index.html' | 'widget.html' | 'kiosk.html';
const PAGES: Record<PageName, { received: (page: Page) => Locator; viewport: { width: number; height: number } }> = {
  'index.html': {
    received: (page) => page.getByRole('region', { name: 'Đã tiếp nhận', exact: true }).locator('.kpi-tile__value'),
    viewport: { width: 1440, height: 900 },
  },
  'widget.html': { received: (page) => page.locator('.widget__count strong').first(), viewport: { width: 360, height: 300 } },
  'kiosk.html': {
    received: (page) => page.getByRole('listitem', { name: 'Đã tiếp nhận' }).locator('.kiosk-tile__value'),
    viewport: { width: 1920, height: 1080 },
  },
};
const PAGE_NAMES = Object.keys(PAGES) as PageName[];

describe('one unit, field and period on every page', () => {
  const cases = [
    { unit: 'C1', field: 'DD' },
    { unit: 'P1', field: 'HT' },
    { unit: 'S1', field: 'HT' },
  ];
  it.for(cases.flatMap((c) => PAGE_NAMES.map((pageName) => ({ ...c, pageName }))))(
    '$pageName shows $unit, field $field, as the engine and the hand-worked figures',
    { timeout: 40_000 },
    async ({ unit, field, pageName }, { serve, openPage, expect }) => {
      const hand = expected.figures[unit]![field]!.ytd!;
      const engine = engineFigures(forField(model, field), unit, 'ytd');
      expect(engine.received).toBe(hand.received);
      const site = await serve(fieldsText, CONFIG);
      const { page, errors } = await openPage(`${site.origin}/${pageName}?unit=${unit}&field=${field}`, {
        viewport: PAGES[pageName].viewport,
      });
      await expect.poll(() => PAGES[pageName].received(page).textContent(), { timeout: 20_000 }).toBe(vi(hand.received));
      // Another field's figure is not what is shown: every field's received differs here.
      expect(engineFigures(model, unit, 'ytd').received).not.toBe(hand.received);
      if (pageName === 'widget.html') {
        await expect.poll(() => page.locator('body').innerText()).toContain(`${hand.onTimeRate} hồ sơ lĩnh vực`);
      }
      if (pageName === 'kiosk.html') {
        await expect.poll(() => page.locator('body').innerText()).toContain(model.fieldsById.get(field)!.name);
      }
      expect(errors).toEqual([]);
    },
  );
});

describe('an unknown field', () => {
  it.for(PAGE_NAMES)('%s says so and shows no numbers', { timeout: 40_000 }, async (pageName, { serve, openPage, expect }) => {
    const site = await serve(fieldsText, CONFIG);
    const { page } = await openPage(`${site.origin}/${pageName}?unit=C1&field=KHONG-CO`, { viewport: PAGES[pageName].viewport });
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('Không tìm thấy lĩnh vực có mã "KHONG-CO"');
    expect(await PAGES[pageName].received(page).count()).toBe(0);
  });
});

describe('the dashboard by field', () => {
  it('shows no field control for a document without fields', async ({ serve, openPage, expect }) => {
    const site = await serve(fixtureText('small-province.json'), CONFIG);
    const { page } = await openPage(`${site.origin}/index.html`);
    await expect.poll(() => PAGES['index.html'].received(page).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Lĩnh vực' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Biểu số 06 theo lĩnh vực' }).count()).toBe(0);
    expect(await page.getByText('Sắp đến hạn').count()).toBe(0);
  });

  it('picks a field by searching without diacritics, from Biểu 06 by field, and walks back and forward', async ({
    serve,
    openPage,
    expect,
  }) => {
    const site = await serve(fieldsText, CONFIG);
    const { page, errors } = await openPage(`${site.origin}/index.html?unit=C1`);
    const received = PAGES['index.html'].received(page);
    const all = vi(expected.figures.C1!['*']!.ytd!.received);
    const land = vi(expected.figures.C1!.DD!.ytd!.received);
    const civil = vi(expected.figures.C1!.HT!.ytd!.received);
    await expect.poll(() => received.textContent(), { timeout: 20_000 }).toBe(all);

    const picker = page.getByRole('combobox', { name: 'Lĩnh vực' });
    await picker.fill('dat dai');
    await page.getByRole('option', { name: 'Đất đai' }).click();
    await expect.poll(() => received.textContent()).toBe(land);
    expect(new URL(page.url()).searchParams.get('field')).toBe('DD');

    const byField = page.getByRole('region', { name: 'Biểu số 06 theo lĩnh vực' });
    await byField.getByRole('button', { name: 'Hộ tịch' }).click();
    await expect.poll(() => received.textContent()).toBe(civil);
    expect(new URL(page.url()).searchParams.get('field')).toBe('HT');

    await page.goBack();
    await expect.poll(() => received.textContent()).toBe(land);
    expect(new URL(page.url()).searchParams.get('field')).toBe('DD');
    await page.goBack();
    await expect.poll(() => received.textContent()).toBe(all);
    expect(new URL(page.url()).searchParams.get('field')).toBeNull();
    await page.goForward();
    await expect.poll(() => received.textContent()).toBe(land);
    expect(errors).toEqual([]);
  });

  it('lists Biểu 06 by field with a totals row equal to the unit, and ranks the fields by late and overdue', async ({
    serve,
    openPage,
    expect,
  }) => {
    const site = await serve(fieldsText, CONFIG);
    const { page } = await openPage(`${site.origin}/index.html?unit=P1`);
    const table = page.getByRole('region', { name: 'Biểu số 06 theo lĩnh vực' });
    await expect
      .poll(() => table.locator('tbody th').allTextContents(), { timeout: 20_000 })
      // Sorted by dossiers to process, most first: LLTP 62, HT 42, DD 22 (fields-example.md).
      .toEqual(['Lý lịch tư pháp', 'Hộ tịch', 'Đất đai']);
    const totals = await table.locator('tfoot td.num').first().textContent();
    expect(totals).toBe(vi(expected.figures.P1!['*']!.ytd!.carriedOver + expected.figures.P1!['*']!.ytd!.received));
    // Ranked: DD 7 + 2, LLTP 3 + 1, HT 1 + 0 (fields-example.md).
    await page.getByText('Lĩnh vực có nhiều hồ sơ trễ hạn và quá hạn', { exact: true }).last().click();
    const ranking = page.locator('.fields-ranking table tbody th');
    expect(await ranking.allTextContents()).toEqual(['Đất đai', 'Lý lịch tư pháp', 'Hộ tịch']);
  });

  it('adds due soon and average time to the units table when the document gives them, and not otherwise', async ({
    serve,
    openPage,
    expect,
  }) => {
    const site = await serve(fieldsText, CONFIG);
    const { page, errors } = await openPage(`${site.origin}/index.html?unit=P1`, { viewport: { width: 1366, height: 768 } });
    const table = page.getByRole('region', { name: 'Bảng Biểu số 06, cuộn để xem hết' });
    // The columns spanning the head's three rows are in its first: the form's, then these two.
    const heads = table.locator('thead tr').first().locator('th');
    await expect.poll(() => heads.allInnerTexts(), { timeout: 20_000 }).toContain('Sắp đến hạn ↕');
    const texts = (await heads.allInnerTexts()).map((text) => text.replace(/\s*[↕▲▼]$/, ''));
    // After the form's columns, in this order, never between them.
    expect(texts.slice(-2)).toEqual(['Sắp đến hạn', 'Thời gian giải quyết TB (ngày)']);
    const days = (tenths: number | null) => (tenths === null ? '—' : `${Math.floor(tenths / 10)},${tenths % 10}`);
    const engine = engineFigures(model, 'C1', 'ytd');
    expect(engine.pendingDueSoon).toBeGreaterThan(0);
    expect(engine.averageDays).not.toBeNull();
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name: 'Xã Phú Tâm' }) });
    expect((await row.locator('td').allTextContents()).slice(-2)).toEqual([vi(engine.pendingDueSoon), days(engine.averageDays)]);
    const whole = engineFigures(model, 'P1', 'ytd');
    const totals = (await table.locator('tfoot td').allTextContents()).slice(-2);
    // P1 has no rows of its own: its figures are the sum of its units', as the totals row.
    expect(totals).toEqual([vi(whole.pendingDueSoon), days(whole.averageDays)]);
    // Sorted by due soon, most first, as the engine's figures order the units.
    await table.getByRole('button', { name: /^Sắp đến hạn/ }).click();
    const units = ['C1', 'C2', 'S1'].map((id) => ({
      name: model.units.get(id)!.name,
      dueSoon: engineFigures(model, id, 'ytd').pendingDueSoon,
    }));
    // Three different counts (5, 3, 1): the order is theirs, not the names'.
    expect(new Set(units.map((unit) => unit.dueSoon)).size).toBe(3);
    const byDueSoon = units.sort((a, b) => b.dueSoon - a.dueSoon).map((unit) => unit.name);
    await expect.poll(() => table.locator('tbody .unit-link').allTextContents()).toEqual(byDueSoon);
    // At 1366×768 the two columns still fit beside the form's: the table is no wider than its region.
    const { scrollWidth, clientWidth } = await table.evaluate((region) => ({
      scrollWidth: region.scrollWidth,
      clientWidth: region.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(errors).toEqual([]);

    const plain = await serve(fixtureText('small-province.json'), CONFIG);
    const other = await openPage(`${plain.origin}/index.html`, { viewport: { width: 1366, height: 768 } });
    const plainTable = other.page.getByRole('region', { name: 'Bảng Biểu số 06, cuộn để xem hết' });
    await expect.poll(() => plainTable.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await plainTable.getByText('Sắp đến hạn').count()).toBe(0);
    expect(await plainTable.getByText('Thời gian giải quyết TB (ngày)').count()).toBe(0);
    // As before: STT, unit, the three groups, returned, on-time rate and the change against a year earlier.
    expect(await plainTable.locator('thead tr').first().locator('th').count()).toBe(8);
  });

  it('writes the field in the CSV header block, under Biểu 06’s "Lĩnh vực / đơn vị" column', async ({ serve, openPage, expect }) => {
    const site = await serve(fieldsText, CONFIG);
    const { page } = await openPage(`${site.origin}/index.html?field=DD`);
    await expect
      .poll(() => PAGES['index.html'].received(page).textContent(), { timeout: 20_000 })
      .toBe(vi(expected.figures.P1!.DD!.ytd!.received));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Xuất CSV|Export CSV/ }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    const lines = csv.slice(1).split('\r\n');
    expect(lines.some((line) => /^"?Lĩnh vực"?[;,]"?Đất đai"?$/.test(line))).toBe(true);
    expect(csv).toContain('Lĩnh vực / đơn vị');
    // Xã Phú Tâm's row holds its land figures (received 16), not every field's (41).
    const commune = lines.find((line) => line.includes('Xã Phú Tâm'));
    expect(commune).toBeDefined();
    expect(commune!.split(/[;,]/)).toContain(String(expected.figures.C1!.DD!.ytd!.received + expected.figures.C1!.DD!.ytd!.carriedOver));
  });
});

describe('the kiosk by field', () => {
  it(
    'rotates to a slide of the fields with the most overdue and due-soon dossiers',
    { timeout: 60_000 },
    async ({ serve, openPage, expect }) => {
      const site = await serve(fieldsText, CONFIG);
      const { page, errors } = await openPage(`${site.origin}/kiosk.html?rotate=2`, { viewport: PAGES['kiosk.html'].viewport });
      const slide = page.locator('section.kiosk-slide--fields');
      await slide.waitFor({ timeout: 40_000 });
      // fields-example.md: P1's pending overdue DD 2, LLTP 1, HT 0, each with due-soon dossiers (3, 3, 3).
      expect(await slide.locator('.kiosk-row__name').allTextContents()).toEqual(['Đất đai', 'Lý lịch tư pháp', 'Hộ tịch']);
      expect(await slide.locator('.kiosk-row__value').first().textContent()).toBe('2 quá hạn');
      expect(errors).toEqual([]);
    },
  );
});
