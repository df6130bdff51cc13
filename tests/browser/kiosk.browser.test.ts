// The wall screen, built, in Chromium: slides rotate; a failing feed keeps the numbers under a stale band that
// recovery removes; a reload during an outage (feed and config.json down) shows the saved numbers; no overflow
// at 1920×1080, 1080×1920, 1366×768 and 3840×2160.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it, type NewContext, type OpenPage } from './support/fixtures';
import { json, type StaticServer } from './support/static-server';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { formatCount, formatDateTime, formatRate, formatTime } from '../../src/i18n/format';

const small = fixtureText('small-province.json');
const smallModel = modelOf(small);
const HCM = 'Asia/Ho_Chi_Minh';

/** "2026-11-26T16:40:05+07:00": generatedAt as a publisher in Vietnam writes it, at `ms`. */
function vietnamIso(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

type FeedMode = 'ok' | 'down';

/**
 * dist/ with a config.json and a feed this test controls. The feed is the small fixture; with `live`, its
 * generatedAt is the moment of the request, as a publisher producing numbers continuously would write it.
 */
async function serveKiosk(
  serveStatic: () => Promise<StaticServer>,
  config: Record<string, unknown>,
  options: { live: boolean; names?: Record<string, string> },
) {
  const server = await serveStatic();
  let feedMode: FeedMode = 'ok';
  let configUp = true;
  let lastGeneratedAt = '';
  const configRoute = json({ feedUrl: 'feed.json', pollSeconds: 60, ...config });
  server.route('/config.json', (request, response) => {
    if (configUp) return configRoute(request, response);
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end('down');
  });
  server.route('/feed.json', (_request, response) => {
    if (feedMode === 'down') {
      response.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    lastGeneratedAt = options.live ? vietnamIso(Date.now()) : smallModel.generatedAt;
    let body = small.replace(smallModel.generatedAt, lastGeneratedAt);
    for (const [from, to] of Object.entries(options.names ?? {})) body = body.replace(`"name": "${from}"`, `"name": "${to}"`);
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(body);
  });
  return {
    origin: server.origin,
    requests: server.requests,
    route: server.route,
    setFeed: (mode: FeedMode) => void (feedMode = mode),
    setConfigUp: (up: boolean) => void (configUp = up),
    lastGeneratedAt: () => lastGeneratedAt,
  };
}

async function openKiosk(
  openPage: OpenPage,
  url: string,
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; errors: string[] }> {
  // The machine's own zone and locale (the fixture's New York, en-US) differ from the configured ones on purpose.
  return openPage(url, { viewport });
}

const tile = (page: Page, label: string) => page.getByRole('listitem', { name: label }).locator('.kiosk-tile__value');
const slideKind = (page: Page) =>
  page.locator('.kiosk-slide').evaluate((element) => [...element.classList].find((name) => name.startsWith('kiosk-slide--')) ?? '');
const band = (page: Page) => page.locator('.kiosk-band');

const figures = engineFigures(smallModel, 'P1', 'ytd');

describe('kiosk slides', () => {
  it('rotates every `rotate` seconds through summary, ranking, volume, trend and overdue, with the engine’s numbers', async ({
    openPage,
    serveStatic,
  }) => {
    const server = await serveKiosk(serveStatic, {}, { live: true });
    const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=2`);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    expect(await tile(page, 'Đã giải quyết').textContent()).toBe(vi(figures.resolved));
    expect(await tile(page, 'Đang giải quyết').textContent()).toBe(vi(figures.pending));
    expect(await page.locator('.kiosk-lead__rate').textContent()).toBe(formatRate(figures.onTimeRate, 'vi'));
    expect(await page.locator('.kiosk-lead').textContent()).toContain('Đến tháng 3/2026, Tỉnh Mẫu đã giải quyết');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỉnh Mẫu');

    const seen: string[] = [await slideKind(page)];
    const positions: string[] = [(await page.locator('.kiosk-footer__position').textContent()) ?? ''];
    const started = Date.now();
    while (seen.length < 6 && Date.now() - started < 20_000) {
      const kind = await slideKind(page);
      if (kind !== seen[seen.length - 1]) {
        seen.push(kind);
        positions.push((await page.locator('.kiosk-footer__position').textContent()) ?? '');
      }
      await page.waitForTimeout(100);
    }
    expect(seen).toEqual([
      'kiosk-slide--summary',
      'kiosk-slide--ranking',
      'kiosk-slide--volume',
      'kiosk-slide--trend',
      'kiosk-slide--overdue',
      'kiosk-slide--summary',
    ]);
    expect(positions).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5', '1/5']);
    expect(errors).toEqual([]);
  });

  it('marks units below target with ⚠ (▲/▼ mean changes over time), names the target on the ranking scale, and says early and on time together', async ({
    openPage,
    serveStatic,
  }) => {
    // A target above most units' rates, the province's own (99,3%) included.
    const server = await serveKiosk(serveStatic, { onTimeTarget: 99.5 }, { live: false });
    const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=3`);
    await expect.poll(() => tile(page, 'Đã giải quyết').textContent(), { timeout: 20_000 }).toBe(vi(figures.resolved));
    // Not "Đúng hạn", which the dashboard uses for the on-time column alone, a different number.
    expect(await page.getByRole('listitem', { name: 'Đã giải quyết' }).locator('.kiosk-tile__detail').textContent()).toBe(
      `Trước và đúng hạn ${vi(figures.resolvedEarly + figures.resolvedOnTime)}`,
    );
    expect(await page.locator('.kiosk-target').textContent()).toBe('⚠ Mục tiêu 99,5%: dưới mục tiêu');

    await expect.poll(() => slideKind(page), { timeout: 10_000 }).toBe('kiosk-slide--ranking');
    const below = page.locator('.kiosk-row.is-bad .kiosk-row__value');
    expect(await below.count()).toBeGreaterThan(0);
    for (const text of await below.allTextContents()) expect(text).toMatch(/^⚠ \d+,\d% \(dưới mục tiêu\)$/);
    expect(await page.locator('.kiosk-slide').textContent()).not.toMatch(/[▲▼]/);
    // The bars run from the target to each rate, on a scale whose two ends are named, and so is the target marker.
    expect(await page.locator('.kiosk-scale').textContent()).toMatch(/^\d+%Mục tiêu 99,5%100%$/);
    expect(errors).toEqual([]);
  });

  it('uses the dashboard’s English words for the dossiers being processed', async ({ openPage, serveStatic }) => {
    const server = await serveKiosk(serveStatic, {}, { live: false });
    const { page } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=3600&lang=en`);
    await expect.poll(() => tile(page, 'Being processed').textContent(), { timeout: 20_000 }).toBe(formatCount(figures.pending, 'en'));
    expect(await page.getByRole('listitem', { name: 'Resolved' }).locator('.kiosk-tile__detail').textContent()).toBe(
      `Early or on time ${formatCount(figures.resolvedEarly + figures.resolvedOnTime, 'en')}`,
    );
    expect(await page.locator('.kiosk').textContent()).not.toContain('In progress');
  });

  it('shows the clock in the configured zone, "Cập nhật vào lúc" from generatedAt, and hides the idle cursor', async ({
    openPage,
    serveStatic,
  }) => {
    const server = await serveKiosk(serveStatic, { timeZone: HCM }, { live: false });
    const { page } = await openKiosk(openPage, `${server.origin}/kiosk.html`);
    await expect
      .poll(() => page.locator('.kiosk-updated time').textContent(), { timeout: 20_000 })
      .toBe(formatDateTime(smallModel.generatedAtMs, 'vi', HCM));
    expect(await page.locator('.kiosk-updated').textContent()).toContain('Cập nhật vào lúc');
    const clock = await page.locator('.kiosk-clock__time').textContent();
    const now = Date.now();
    expect([formatTime(now - 60_000, 'vi', HCM), formatTime(now, 'vi', HCM)]).toContain(clock);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('kiosk-cursor-hidden')), { timeout: 6000 })
      .toBe(true);
    await page.mouse.move(200, 200);
    expect(await page.evaluate(() => document.documentElement.classList.contains('kiosk-cursor-hidden'))).toBe(false);
  });

  it('says a rotate value it cannot use and keeps rotating at the default', async ({ openPage, serveStatic }) => {
    const server = await serveKiosk(serveStatic, {}, { live: true });
    const { page } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=0`);
    await expect
      .poll(() => page.locator('.kiosk-footer__notes').textContent(), { timeout: 20_000 })
      .toContain('Tham số rotate "0" không hợp lệ; chuyển trang mỗi 20 giây.');
    expect(await slideKind(page)).toBe('kiosk-slide--summary');
  });
});

describe('kiosk through outages', () => {
  it('keeps the numbers under a stale band when the feed fails, and removes the band when it returns', async ({
    openPage,
    serveStatic,
  }) => {
    const server = await serveKiosk(serveStatic, { pollSeconds: 10, staleAfterSeconds: 12 }, { live: true });
    // One slide for the whole test, so the numbers checked are the summary's.
    const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=3600`);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    expect(await band(page).count()).toBe(0);
    const lastGood = server.lastGeneratedAt();

    server.setFeed('down');
    await expect.poll(() => band(page).count(), { timeout: 30_000, interval: 500 }).toBe(1);
    const text = await band(page).textContent();
    expect(text).toContain('Chưa kết nối được tới nguồn số liệu');
    expect(text).toContain(`chưa được cập nhật từ ${formatDateTime(Date.parse(lastGood), 'vi', HCM)}`);
    expect(text).toContain('Hệ thống đang tự động thử lại.');
    expect(await tile(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    expect(await page.locator('.kiosk-lead__rate').textContent()).toBe(formatRate(figures.onTimeRate, 'vi'));

    server.setFeed('ok');
    // The growing retry delay is still short this early: recovery comes without a reload or a click.
    await expect.poll(() => band(page).count(), { timeout: 30_000, interval: 500 }).toBe(0);
    expect(server.lastGeneratedAt()).not.toBe(lastGood);
    expect(await page.locator('.kiosk-updated time').getAttribute('datetime')).toBe(server.lastGeneratedAt());
    expect(await tile(page, 'Đã tiếp nhận').textContent()).toBe(vi(figures.received));
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows the saved numbers at once after a reload with the feed down, and with config.json down too', async ({
    openPage,
    serveStatic,
  }) => {
    const server = await serveKiosk(serveStatic, { staleAfterSeconds: 3600 }, { live: true });
    const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=3600`);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    const generatedAt = server.lastGeneratedAt();

    server.setFeed('down');
    const feedAsked = server.requests.filter((path) => path.startsWith('/feed.json')).length;
    await page.reload();
    // At once: from the saved copy, before any answer could come (the feed answers 503 anyway).
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 5000 }).toBe(vi(figures.received));
    expect(await page.locator('.kiosk-updated time').getAttribute('datetime')).toBe(generatedAt);
    expect(await page.locator('.kiosk-updated').textContent()).toContain('số liệu đã lưu trên máy, cách đây chưa đến 1 phút');
    // It still asks the feed, and keeps asking.
    await expect
      .poll(() => server.requests.filter((path) => path.startsWith('/feed.json')).length, { timeout: 10_000 })
      .toBeGreaterThan(feedAsked + 1);

    server.setConfigUp(false);
    await page.reload();
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 5000 }).toBe(vi(figures.received));
    await expect
      .poll(() => page.locator('.kiosk-footer__notes').textContent(), { timeout: 10_000 })
      .toContain('Chưa đọc được config.json: đang dùng cấu hình đã lưu');
    expect(await page.locator('.kiosk-updated time').getAttribute('datetime')).toBe(generatedAt);

    // Both come back: the kiosk reads config.json again and gets a new document, by itself.
    server.setConfigUp(true);
    server.setFeed('ok');
    await expect.poll(() => page.locator('.kiosk-footer__notes').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.locator('.kiosk-updated time').getAttribute('datetime'), { timeout: 20_000 }).not.toBe(generatedAt);
    expect(await page.locator('.kiosk-updated').textContent()).not.toContain('đã lưu');
    expect(errors).toEqual([]);
  }, 90_000);

  it('says plainly that config.json cannot be read when no saved copy exists, and starts once it can', async ({
    openPage,
    serveStatic,
  }) => {
    const server = await serveKiosk(serveStatic, {}, { live: true });
    server.setConfigUp(false);
    const { page } = await openKiosk(openPage, `${server.origin}/kiosk.html`);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('Chưa đọc được tệp cấu hình config.json');
    expect(await page.getByRole('alert').textContent()).toContain('HTTP 500');
    expect(await page.locator('.kiosk-clock__time').count()).toBe(1);
    server.setConfigUp(true);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
  }, 60_000);
});

describe('kiosk daily reload', () => {
  /** A kiosk switched on at 02:45 Vietnam time (the machine thinks it is New York), on Playwright's clock. */
  async function kioskAtNight(serveStatic: () => Promise<StaticServer>, newContext: NewContext, config: Record<string, unknown> = {}) {
    const server = await serveKiosk(serveStatic, { kioskReloadHour: 3, ...config }, { live: false });
    const context = await newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.clock.install({ time: Date.parse('2026-11-27T02:45:00+07:00') });
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${server.origin}/kiosk.html?rotate=3600`);
    return { server, page, loads: () => loads };
  }
  const kioskHtml = (server: { requests: string[] }) => server.requests.filter((path) => path.startsWith('/kiosk.html')).length;

  it('reloads itself at 03:00 in the configured zone, and not before', async ({ newContext, serveStatic }) => {
    const { page, loads } = await kioskAtNight(serveStatic, newContext);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    await page.clock.runFor('14:00'); // 02:59
    await page.waitForTimeout(500);
    expect(loads()).toBe(1);
    await page.clock.runFor('01:30'); // 03:00:30
    await expect.poll(loads, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
  });

  it('never reloads into an error page: waits while kiosk.html does not load, then reloads', async ({ newContext, serveStatic }) => {
    const { server, page, loads } = await kioskAtNight(serveStatic, newContext);
    await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    server.route('/kiosk.html', (_request, response) => void response.writeHead(503).end('down'));
    const asked = kioskHtml(server);
    await page.clock.runFor('16:00'); // 03:01
    await expect.poll(() => kioskHtml(server), { timeout: 10_000 }).toBeGreaterThan(asked);
    await page.waitForTimeout(500);
    expect(loads()).toBe(1);
    server.route('/kiosk.html', null);
    await page.clock.runFor('01:00');
    await expect.poll(loads, { timeout: 10_000 }).toBe(2);
  });

  it('does not reload during a feed outage when no saved copy could carry the screen', async ({ newContext, serveStatic }) => {
    const server = await serveKiosk(serveStatic, { kioskReloadHour: 3 }, { live: false });
    server.setFeed('down');
    const context = await newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.clock.install({ time: Date.parse('2026-11-27T02:45:00+07:00') });
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${server.origin}/kiosk.html`);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('Chưa tải được số liệu');
    await page.clock.runFor('20:00'); // 03:05
    await page.waitForTimeout(1000);
    expect(loads).toBe(1);
    expect(kioskHtml(server)).toBe(1);
  });
});

type Problem = string;

/** Everything with text on the screen is inside the viewport and inside its box; nothing scrolls. */
async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    const root = document.documentElement;
    if (root.scrollWidth > width || root.scrollHeight > height) problems.push(`document scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    const boxes = '.kiosk-row, .kiosk-tile, .kiosk-band, .kiosk-header, .kiosk-footer, .kiosk-main, .kiosk-chart__plot';
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
    const viewport = new DOMRect(0, 0, width, height);
    for (const element of document.querySelectorAll('.kiosk *')) {
      if (element.closest('.visually-hidden')) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${element.textContent?.trim().slice(0, 40)}"`;
      if (!inside(rect, viewport)) problems.push(`${name} outside the viewport`);
      const box = element.parentElement?.closest(boxes);
      if (box && !inside(rect, box.getBoundingClientRect())) problems.push(`${name} outside its ${box.className}`);
      if (element instanceof HTMLElement && getComputedStyle(element).overflowX !== 'visible') {
        if (element.scrollWidth > element.clientWidth + 1)
          problems.push(`${name} cut off (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return problems;
  });
}

describe('kiosk at wall-screen sizes', () => {
  const sizes = [
    { width: 1920, height: 1080, query: '' },
    { width: 1080, height: 1920, query: '' },
    { width: 1366, height: 768, query: '&theme=light' },
    { width: 3840, height: 2160, query: '' },
  ];

  // Long names that real feeds carry: the lead sentence takes three lines, a ranking name nearly fills its column.
  const names = {
    'Tỉnh Mẫu': 'Trung tâm Phục vụ hành chính công tỉnh Bà Rịa – Vũng Tàu',
    'Sở Y tế': 'Ban Quản lý các khu chế xuất và công nghiệp',
  };

  it.for(sizes)(
    'fits $width×$height on every slide, with the stale band up and long names',
    { timeout: 60_000 },
    async ({ width, height, query }, { openPage, serveStatic }) => {
      // The fixture's generatedAt is months old: the band shows. With the long names, the layout's worst case.
      const server = await serveKiosk(serveStatic, {}, { live: false, names });
      const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=2${query}`, { width, height });
      await expect.poll(() => tile(page, 'Đã tiếp nhận').textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
      expect(await band(page).textContent()).toContain('Nguồn số liệu chưa có số liệu mới từ');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(query ? 'light' : 'dark');
      const checked = new Map<string, Problem[]>();
      const started = Date.now();
      while (checked.size < 5 && Date.now() - started < 20_000) {
        const kind = await slideKind(page);
        if (!checked.has(kind)) {
          // Charts draw after their plot is measured.
          if (kind === 'kiosk-slide--volume' || kind === 'kiosk-slide--trend') await page.locator('.kiosk-chart svg').first().waitFor();
          checked.set(kind, await layoutProblems(page));
        }
        await page.waitForTimeout(150);
      }
      expect([...checked.keys()].sort()).toEqual([
        'kiosk-slide--overdue',
        'kiosk-slide--ranking',
        'kiosk-slide--summary',
        'kiosk-slide--trend',
        'kiosk-slide--volume',
      ]);
      expect(Object.fromEntries(checked)).toEqual({
        'kiosk-slide--summary': [],
        'kiosk-slide--ranking': [],
        'kiosk-slide--volume': [],
        'kiosk-slide--trend': [],
        'kiosk-slide--overdue': [],
      });
      // The key numbers are large: at least 4% of the screen's shorter side (43 px at 1080p).
      const valueHeight = await tile(page, 'Đã tiếp nhận')
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
        .catch(() => null);
      if (valueHeight !== null) expect(valueHeight).toBeGreaterThanOrEqual(Math.min(width, height) * 0.04);
      expect(errors).toEqual([]);
    },
  );
});
