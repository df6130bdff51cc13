// The officials' dashboard, built, in Chromium: demo numbers, drill-down, links that reproduce a view, a broken feed.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixtures';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import { formatRate } from '../../src/i18n/format';

const small = fixtureText('small-province.json');
const smallModel = modelOf(small);

function kpi(page: Page, label: string) {
  return page.getByRole('region', { name: label, exact: true }).locator('.kpi-tile__value');
}

describe('dashboard on the built-in demo feed', () => {
  it('shows the demo numbers the engine computes for the same document', async ({ openPage, serveStatic }) => {
    const server = await serveStatic();
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Thành phố Cần Thơ/ }).count(), { timeout: 20_000 }).toBe(1);
    const generatedAt = await page.locator('.updated-at time').getAttribute('datetime');
    expect(generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    // The simulated feed is a pure function of the minute: the same minute gives the same document here.
    const model = modelOf(JSON.stringify(generateProvinceFeed({ now: new Date(generatedAt!) })));
    const figures = engineFigures(model, '92', 'ytd');
    await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    expect(await kpi(page, 'Đã giải quyết').textContent()).toBe(vi(figures.resolved));
    expect(await kpi(page, 'Tỷ lệ đúng hạn').textContent()).toBe(formatRate(figures.onTimeRate, 'vi'));
    expect(await kpi(page, 'Đang giải quyết').textContent()).toBe(vi(figures.pending));
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 119 / 119 đơn vị');
    expect(errors).toEqual([]);
  });
});

describe('dashboard from a sub-path', () => {
  it('runs the demo, config and assets from /cong-thong-tin/so-lieu/ and exports the table as CSV', async ({ openPage, serveStatic }) => {
    const server = await serveStatic({ prefix: '/cong-thong-tin/so-lieu' });
    const { page, errors } = await openPage(`${server.origin}/cong-thong-tin/so-lieu/index.html?unit=92-SYT`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Sở Y tế/ }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: 'Thành phố Cần Thơ' }).click();
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 119 / 119 đơn vị');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bieu-06_92_ytd.csv');
    const csv = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    // Five lines of header block and a blank line, the column headers, the 119 units and the totals row.
    expect(lines).toHaveLength(127);
    expect(lines[6]).toContain('Lĩnh vực / đơn vị');
    expect(csv).toMatch(/;Sở Y tế;[\d;,-]+;92-SYT\r\n/);
    expect(lines.at(-1)).toMatch(/^;Tổng cộng;\d+;/);
    expect(server.requests.every((path) => path.startsWith('/cong-thong-tin/so-lieu/'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('dashboard on a fixed feed', () => {
  it('drills down from the table and goes back up by the breadcrumb and by Back', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html`);
    await page.getByRole('link', { name: 'Sở Y tế', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Sở Y tế');
    expect(new URL(page.url()).searchParams.get('unit')).toBe('P1-SYT');
    const figures = engineFigures(smallModel, 'P1-SYT', 'ytd');
    expect(await kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    await page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: 'Tỉnh Mẫu' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBeNull();
    await page.getByRole('link', { name: 'Xã Phú Tâm', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('C1');
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Tỉnh Mẫu');
  });

  it('a drill-down moves to the unit’s heading and focuses it; a unit opens in a new tab by its link', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html?period=2026-02..2026-03`, { viewport: { width: 1366, height: 768 } });
    const link = page.getByRole('link', { name: 'Sở Y tế', exact: true });
    // A real link carries the view, so Ctrl+click or "open in new tab" gives the same period on that unit.
    expect(await link.getAttribute('href')).toBe('?unit=P1-SYT&period=2026-02..2026-03');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Sở Y tế');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    // The heading is in view, at the top of the window, not a chart at the bottom of the page.
    const top = await page.locator('.view-heading').evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('P1-SYT');
  });

  it('says a commune’s place among the communes by on-time rate', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html?unit=C1`);
    await expect.poll(() => page.locator('.commune-rank').count(), { timeout: 20_000 }).toBe(1);
    const rates = [...smallModel.units.values()]
      .filter((unit) => unit.kind === 'commune')
      .map((unit) => engineFigures(smallModel, unit.id, 'ytd').onTimeRate)
      .filter((rate): rate is number => rate !== null);
    const own = engineFigures(smallModel, 'C1', 'ytd').onTimeRate!;
    const rank = 1 + rates.filter((rate) => rate > own).length;
    expect(await page.locator('.commune-rank').textContent()).toBe(`Xếp thứ ${rank}/${rates.length} xã, phường về tỷ lệ đúng hạn`);
    // Not on a department's page.
    await page.goto(`${server.origin}/index.html?unit=P1-SYT`);
    await page.getByRole('heading', { level: 2, name: /Sở Y tế/ }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.commune-rank').count()).toBe(0);
  });

  it('a link with unit, period and lang reproduces its view', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html?unit=C1&period=2026-02..2026-03&lang=en`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Xã Phú Tâm');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('February to March 2026');
    const figures = engineFigures(smallModel, 'C1', '2026-02..2026-03');
    expect(await kpi(page, 'Received').textContent()).toBe(new Intl.NumberFormat('en-GB').format(figures.received));
    expect(await kpi(page, 'On-time rate').textContent()).toBe(formatRate(figures.onTimeRate, 'en'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('remembers a picked theme for the next visit, and a theme in a link still wins', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const picked = () => page.getByRole('group', { name: 'Giao diện' }).locator('button[aria-pressed="true"]').textContent();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await theme()).toBe('light');
    await page.getByRole('button', { name: 'Tối', exact: true }).click();
    expect(await theme()).toBe('dark');

    // A new visit to the plain address, in the same browser.
    await page.goto(`${server.origin}/index.html`);
    await expect.poll(theme).toBe('dark');
    expect(await picked()).toBe('Tối');
    expect(new URL(page.url()).searchParams.get('theme')).toBeNull();

    await page.goto(`${server.origin}/index.html?theme=light`);
    await expect.poll(theme).toBe('light');
    expect(await picked()).toBe('Sáng');
    expect(errors).toEqual([]);
  });

  it('sizes the embed preview, and the plain iframe code, to the widget it shows', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await page.getByRole('button', { name: 'Nhúng tiện ích' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhúng tiện ích vào cổng thông tin' });
    const preview = dialog.locator('iframe.embed-preview');
    const content = () =>
      preview
        .contentFrame()
        .locator('body > *')
        .first()
        .evaluate((node) => Math.ceil(node.getBoundingClientRect().height));
    await expect.poll(() => preview.contentFrame().getByText('Cập nhật lúc').count(), { timeout: 20_000 }).toBe(1);
    // The frame follows its content (2 px of dashed border), and the code carries that height with room for a line.
    await expect.poll(async () => (await preview.boundingBox())!.height - (await content())).toBe(2);
    const code = await dialog.getByLabel('Mã nhúng (iframe)').inputValue();
    expect(code).toContain(`height:${(await content()) + 24}px`);
    expect(errors).toEqual([]);
  });

  it('sorts and filters the Biểu số 06 table', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html`);
    const names = () => page.locator('.data-table tbody th.unit-cell .link-button').allTextContents();
    await expect.poll(names).toHaveLength(6);
    await page.getByRole('button', { name: /Lĩnh vực \/ đơn vị/ }).click();
    expect(await names()).toEqual([
      'Phường Ngã Bảy',
      'Sở Tài chính',
      'Sở Y tế',
      'Trung tâm Phục vụ hành chính công',
      'Xã Hồ Đắc Kiện',
      'Xã Phú Tâm',
    ]);
    await page.getByLabel('Lọc theo tên').fill('ho dac');
    await expect.poll(names).toEqual(['Xã Hồ Đắc Kiện']);
    await page.getByLabel('Lọc theo tên').fill('');
    await page.getByLabel('Loại đơn vị').selectOption('department');
    await expect.poll(names).toEqual(['Sở Tài chính', 'Sở Y tế']);
    const total = engineFigures(smallModel, 'P1-SYT', 'ytd').received + engineFigures(smallModel, 'P1-STC', 'ytd').received;
    const footer = await page.locator('.data-table tfoot td.num').allTextContents();
    // Received in the period = online + (direct, postal): columns 4 and 5.
    expect(Number(footer[1]!.replace(/\./g, '')) + Number(footer[2]!.replace(/\./g, ''))).toBe(total);

    // A drill-down and Back keep the order the official chose; the filter belongs to the list it was typed for.
    await page.getByLabel('Loại đơn vị').selectOption('all');
    await page.getByRole('link', { name: 'Sở Y tế', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Sở Y tế');
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain('Tỉnh Mẫu');
    await expect
      .poll(names)
      .toEqual(['Phường Ngã Bảy', 'Sở Tài chính', 'Sở Y tế', 'Trung tâm Phục vụ hành chính công', 'Xã Hồ Đắc Kiện', 'Xã Phú Tâm']);
    expect(await page.getByRole('columnheader', { name: /Lĩnh vực \/ đơn vị/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('keeps the last numbers on screen when the feed breaks, and says why', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html`);
    const figures = engineFigures(smallModel, 'P1', 'ytd');
    await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    server.setFeed('<html><body>502 Bad Gateway</body></html>', 200, { 'Content-Type': 'text/html' });
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 }).toContain('trang HTML');
    expect(await kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    server.setFeed('', 503, { 'Retry-After': '1' });
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 }).toContain('HTTP 503');
    expect(await kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    server.setFeed(small);
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => page.locator('.feed-status--error').count(), { timeout: 15_000 }).toBe(0);
  });

  it('says so for an unknown unit and an unreadable period, without another unit’s numbers', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html?unit=NOPE`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Không tìm thấy đơn vị có mã "NOPE"');
    expect(await page.locator('.kpi-tile').count()).toBe(0);
    await page.getByRole('button', { name: 'Về đơn vị gốc' }).click();
    await expect.poll(() => page.locator('.kpi-tile').count()).toBe(6); // five Biểu 06 figures and the 766 progress rate

    const second = await openPage(`${server.origin}/index.html?period=2026-Q9`);
    await expect.poll(() => second.page.getByRole('alert').first().textContent()).toContain('Không đọc được kỳ báo cáo "2026-Q9"');
    expect(await second.page.locator('.kpi-tile').count()).toBe(0);
  });

  it('says which file and field are wrong when config.json is', async ({ openPage, serve }) => {
    const server = await serve(small);
    server.route(
      '/config.json',
      (_request, response) => void response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"feedUrl": 7}'),
    );
    const { page } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('config.json: trường "feedUrl" không hợp lệ');
  });

  it('shows what the bad-rows document left out, and refuses a broken first document with a clear message', async ({ openPage, serve }) => {
    const server = await serve(fixtureText('bad-rows.json'));
    const { page } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.locator('.quality-panel summary').textContent()).toContain('7 dòng bị loại');
    const broken = await serve('{"schema": "tthc-feed/1", "generatedAt": "2026-03-31T16:40:00+07:00", "units": [');
    const second = await openPage(`${broken.origin}/index.html`);
    await expect.poll(() => second.page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('Chưa tải được số liệu');
  });

  it('asks for the feed once on the first load, charts and status band included', async ({ openPage, serve }) => {
    const server = await serve(small);
    let asked = 0;
    server.route('/feed.json', (_request, response) => {
      asked += 1;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(small);
    });
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.locator('.kpi-tile').count()).toBe(6); // five Biểu 06 figures and the 766 progress rate
    // The charts arrive lazily after the numbers; each mounts its own observer of the feed.
    await expect.poll(() => page.locator('.recharts-surface').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(asked).toBe(1);
    expect(errors).toEqual([]);
  });

  it('an unchanged poll changes nothing in the figures; a changed one updates them', async ({ openPage, serve }) => {
    const server = await serve(small);
    let etagAsked = 0;
    let body = small;
    server.route('/feed.json', (request, response) => {
      const etag = `"${body.length}-${body.slice(60, 100).length}-${body.includes('16:41') ? 2 : 1}"`;
      if (request.headers['if-none-match'] === etag) {
        etagAsked += 1;
        response.writeHead(304, { ETag: etag }).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
    });
    const { page } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.locator('.kpi-tile').count()).toBe(6); // five Biểu 06 figures and the 766 progress rate
    await page.evaluate(() => {
      const target = document.getElementById('main')!;
      const record = window as unknown as { mutations: number };
      record.mutations = 0;
      new MutationObserver((list) => (record.mutations += list.length)).observe(target, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    // Charts load and animate after the numbers: wait for a quiet second before counting.
    const mutations = () => page.evaluate(() => (window as unknown as { mutations: number }).mutations);
    let previous = -1;
    while (previous !== (await mutations())) {
      previous = await mutations();
      await page.waitForTimeout(1000);
    }
    await page.evaluate(() => ((window as unknown as { mutations: number }).mutations = 0));
    const checkNow = page.getByRole('button', { name: 'Kiểm tra ngay' });
    for (let i = 0; i < 3; i += 1) {
      await checkNow.click();
      await expect.poll(() => checkNow.isEnabled()).toBe(true);
    }
    await expect.poll(() => etagAsked).toBeGreaterThanOrEqual(3);
    expect(await mutations()).toBe(0);

    body = small
      .replace('"2026-03-31T16:40:00+07:00"', '"2026-03-31T16:41:00+07:00"')
      .replace('"receivedOnline": 138', '"receivedOnline": 1138');
    await checkNow.click();
    const figures = engineFigures(modelOf(body), 'P1', 'ytd');
    await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    expect(await mutations()).toBeGreaterThan(0);
  });
});
