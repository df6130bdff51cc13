// The public widget and embed.js, built, in Chromium: the engine's numbers in the sentence, a host page of another origin, two widgets, a broken feed.
import { describe, expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { it } from './support/fixtures';
import type { StaticServer } from './support/static-server';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { formatRate } from '../../src/i18n/format';
import { overdueWords } from '../../src/i18n/overdue-words';

const small = fixtureText('small-province.json');
const smallModel = modelOf(small);

/** The figures as a reader meets them: the region's paragraphs, whitespace as one space. */
async function sentence(page: Page | Frame): Promise<string> {
  const region = page.getByRole('region');
  await region.waitFor({ timeout: 20_000 });
  const text = await region.evaluate((element) => Array.from(element.querySelectorAll('p'), (p) => p.textContent).join(' '));
  return text.replace(/\s+/g, ' ').trim();
}

/** A host page on its own server (another origin than the widget's), holding the given markup. */
async function hostPage(serveStatic: () => Promise<StaticServer>, body: string): Promise<StaticServer> {
  const host = await serveStatic();
  host.route('/host.html', (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title></head><body style="margin:0;font:16px serif">${body}</body></html>`,
    );
  });
  return host;
}

/** The iframe's own height on the host page, and the widget's content height inside it. */
async function heights(page: Page, index: number): Promise<{ frame: number; content: number }> {
  const iframe = page.locator('iframe').nth(index);
  const frame = (await iframe.elementHandle())!.contentFrame();
  const content = await (await frame)!.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
  const box = await iframe.boundingBox();
  return { frame: Math.round(box!.height), content };
}

describe('widget.html on a fixed feed', () => {
  it('says the engine’s numbers for a unit and period, in the configured time zone', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page, errors } = await openPage(`${server.origin}/widget.html?unit=C1&period=2026-02..2026-03`, {
      viewport: { width: 320, height: 400 },
    });
    const figures = engineFigures(smallModel, 'C1', '2026-02..2026-03');
    expect(await sentence(page)).toBe(
      // The feed was written on 31 March, its latest month: March is still running, and the sentence says to which day.
      `Từ tháng 2 đến tháng 3/2026 (tính đến ngày 31/3/2026), Xã Phú Tâm đã giải quyết ${formatRate(figures.onTimeRate, 'vi')} hồ sơ đúng hạn. ` +
        `Mục tiêu 95,0% 0%100% Đã tiếp nhận: ${vi(figures.received)}. Đã giải quyết: ${vi(figures.resolved)}. ` +
        `${overdueWords(figures.pendingOverdue, true, 'vi')} Cập nhật lúc 16:40 31/03/2026`,
    );
    const link = page.getByRole('link', { name: /Xem chi tiết/ });
    expect(await link.getAttribute('href')).toBe(`${server.origin}/public.html?unit=C1&period=2026-02..2026-03`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    // Its own small bundle: no dashboard, chart or demo code is fetched.
    expect(server.requests.filter((path) => /dashboard|charts|recharts|handlers|browser-|mockServiceWorker/.test(path))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('speaks English for the root, year to date', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/widget.html?lang=en&theme=dark`, { viewport: { width: 200, height: 400 } });
    const figures = engineFigures(smallModel, 'P1', 'ytd');
    const en = new Intl.NumberFormat('en-GB');
    expect(await sentence(page)).toBe(
      `By 31 March 2026, Tỉnh Mẫu resolved ${formatRate(figures.onTimeRate, 'en')} of dossiers on time. Target 95.0% 0%100% ` +
        `Received: ${en.format(figures.received)}. Resolved: ${en.format(figures.resolved)}. ` +
        `${overdueWords(figures.pendingOverdue, true, 'en')} Updated 16:40, 31 March 2026`,
    );
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['en', 'dark']);
    // Nothing sticks out of a 200 px sidebar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(200);
  });

  it('keeps the numbers when the feed fails after a good load, marks them with their time, and recovers', async ({ openPage, serve }) => {
    const server = await serve(small, { pollSeconds: 10 });
    const { page } = await openPage(`${server.origin}/widget.html`, { viewport: { width: 320, height: 400 } });
    const before = await sentence(page);
    expect(before).toContain(vi(engineFigures(smallModel, 'P1', 'ytd').received));
    server.setFeed('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', 200, { 'Content-Type': 'text/html' });
    const note = page.getByRole('status');
    await expect.poll(() => note.count(), { timeout: 30_000 }).toBe(1);
    expect(await note.textContent()).toContain('Không cập nhật được; đây là số liệu lúc 16:40 31/03/2026.');
    expect(await sentence(page)).toBe(before);
    expect(await page.locator('body').textContent()).not.toMatch(/502|HTML|Error/);
    server.setFeed(small);
    await expect.poll(() => note.count(), { timeout: 30_000 }).toBe(0);
    expect(await sentence(page)).toBe(before);
  });
});

describe('embed.js on a host page of another origin', () => {
  it('places the widget where the script stands and sizes its frame to the content', async ({ openPage, serve, serveStatic }) => {
    const widgets = await serve(small);
    const host = await hostPage(
      serveStatic,
      `<h1>Cổng thông tin xã</h1><aside id="sidebar" style="width:200px"><p>Trước</p><script src="${widgets.origin}/embed.js" data-unit="C1" data-theme="light" async></script><p id="after">Sau</p></aside>`,
    );
    expect(new URL(host.origin).port).not.toBe(new URL(widgets.origin).port);
    const { page, errors } = await openPage(`${host.origin}/host.html`, { viewport: { width: 1024, height: 900 } });
    const iframe = page.locator('#sidebar iframe');
    await iframe.waitFor();
    expect(await page.evaluate(() => document.querySelector('#sidebar iframe')?.nextElementSibling?.id)).toBe('after');
    expect(await iframe.getAttribute('title')).toBe('Tình hình giải quyết hồ sơ thủ tục hành chính');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(widgets.origin);
    expect(src.searchParams.get('origin')).toBe(host.origin);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    expect(await sentence(frame)).toContain('Xã Phú Tâm đã giải quyết');
    // A 200 px column makes the widget taller than the frame's first guess: the frame must follow it.
    await expect.poll(async () => (await heights(page, 0)).frame, { timeout: 10_000 }).toBe((await heights(page, 0)).content);
    expect((await heights(page, 0)).frame).toBeGreaterThan(190);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('places two widgets on one page, each after its own script and each sized to its own content', async ({
    openPage,
    serve,
    serveStatic,
  }) => {
    const widgets = await serve(small);
    const host = await hostPage(
      serveStatic,
      `<div id="narrow" style="width:200px"><script src="${widgets.origin}/embed.js" data-unit="C1" data-period="2026-03" async></script></div>` +
        `<div id="wide" style="width:600px"><script src="${widgets.origin}/embed.js" data-theme="dark" data-lang="en" async></script></div>`,
    );
    const { page } = await openPage(`${host.origin}/host.html`, { viewport: { width: 1024, height: 1200 } });
    await expect.poll(() => page.locator('iframe').count()).toBe(2);
    expect(await page.locator('#narrow iframe').count()).toBe(1);
    expect(await page.locator('#wide iframe').count()).toBe(1);
    const narrow = (await (await page.locator('#narrow iframe').elementHandle())!.contentFrame())!;
    const wide = (await (await page.locator('#wide iframe').elementHandle())!.contentFrame())!;
    const c1 = engineFigures(smallModel, 'C1', '2026-03');
    expect(await sentence(narrow)).toContain(
      `Trong tháng 3/2026 (tính đến ngày 31/3/2026), Xã Phú Tâm đã giải quyết ${formatRate(c1.onTimeRate, 'vi')} hồ sơ đúng hạn. Mục tiêu 95,0% 0%100% Đã tiếp nhận: ${vi(c1.received)}.`,
    );
    expect(await sentence(wide)).toMatch(/^By 31 March 2026, Tỉnh Mẫu resolved/);
    expect(await page.locator('#wide iframe').getAttribute('title')).toBe('Administrative procedure dossiers');
    for (const index of [0, 1]) {
      await expect.poll(async () => (await heights(page, index)).frame, { timeout: 10_000 }).toBe((await heights(page, index)).content);
    }
    const [narrowHeight, wideHeight] = [(await heights(page, 0)).frame, (await heights(page, 1)).frame];
    expect(narrowHeight).toBeGreaterThan(wideHeight);
  });
});
