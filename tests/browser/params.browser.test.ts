// URL parameters on every page, against their allow-lists: an unknown unit, an unreadable period, an unknown
// language or theme, a kiosk rotate out of range are each refused with a visible message and never show another
// unit's numbers; unknown extra parameters change nothing; no parameter can move the feed's address (FEED.md: it
// comes only from config.json); the demo's chaos switch works on the demo and nowhere else. One server for all
// cases: each is a deployment of its own under /<case>/, in its own browser context, side by side.
import { describe, vi as vitest } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { test, type OpenPage } from './support/fixtures';
import { DIST, engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { json, startStaticServer, type StaticServer } from './support/static-server';

vitest.setConfig({ maxConcurrency: 12 });

// One server for all cases (each a deployment of its own under /<case>/), for the whole file.
/* eslint-disable no-empty-pattern -- vitest reads a fixture's dependencies from its destructured first argument */
const it = test
  .extend('sites', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startStaticServer(DIST, { subSites: true });
    onCleanup(() => server.close());
    return server;
  })
  /** Another origin, standing for whatever address a link might try to slip in as the feed. */
  .extend('elsewhere', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startStaticServer(DIST);
    onCleanup(() => server.close());
    return server;
  });
/* eslint-enable no-empty-pattern */

const small = fixtureText('small-province.json');
const received = vi(engineFigures(modelOf(small), 'P1', 'ytd').received);
const CONFIG = { feedUrl: 'feed.json', pollSeconds: 60, timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 10 ** 9 };

type PageName = 'index.html' | 'widget.html' | 'kiosk.html';
const PAGE_NAMES: PageName[] = ['index.html', 'widget.html', 'kiosk.html'];

const PAGES: Record<PageName, { figure: (page: Page) => Locator; viewport: { width: number; height: number } }> = {
  'index.html': {
    figure: (page) => page.getByRole('region', { name: 'Đã tiếp nhận', exact: true }).locator('.kpi-tile__value'),
    viewport: { width: 1440, height: 900 },
  },
  'widget.html': { figure: (page) => page.locator('.widget__count strong').first(), viewport: { width: 360, height: 240 } },
  'kiosk.html': {
    figure: (page) => page.getByRole('listitem', { name: 'Đã tiếp nhận' }).locator('.kiosk-tile__value'),
    viewport: { width: 1920, height: 1080 },
  },
};

/**
 * clean: the numbers and no word about parameters; noted: the numbers (of the unit asked, for the default the
 * message names) and the message; refused: the message and no numbers at all.
 */
type Outcome = { kind: 'clean' } | { kind: 'noted'; text: string } | { kind: 'refused'; text: string };
type ParamCase = { name: string; search: string; outcome: Outcome | Record<PageName, Outcome>; pages?: PageName[] };

/** Words any page uses when it refuses a parameter: none may appear when nothing was refused. */
const REFUSAL_WORDS = /không hợp lệ|không được hỗ trợ|Không tìm thấy|Không đọc được|thử lỗi/;
const MARKUP_UNIT = '<img src=x onerror="window.__pwned=1">';

const CASES: ParamCase[] = [
  { name: 'no parameters (control)', search: '', outcome: { kind: 'clean' } },
  { name: 'the root unit by id (control)', search: '?unit=P1&period=ytd&lang=vi', outcome: { kind: 'clean' } },
  { name: 'unknown unit', search: '?unit=KHONG-CO', outcome: { kind: 'refused', text: 'Không tìm thấy đơn vị có mã "KHONG-CO"' } },
  {
    name: 'a unit id written as markup',
    search: `?unit=${encodeURIComponent(MARKUP_UNIT)}`,
    outcome: { kind: 'refused', text: `Không tìm thấy đơn vị có mã "${MARKUP_UNIT}"` },
  },
  ...['2026-Q9', '2026-13', '2026-03..2026-01', 'last-year'].map((period) => ({
    name: `unreadable period ${period}`,
    search: `?period=${encodeURIComponent(period)}`,
    outcome: {
      'index.html': { kind: 'refused', text: `Không đọc được kỳ báo cáo "${period}"` },
      'widget.html': { kind: 'refused', text: `Không đọc được kỳ báo cáo "${period}"` },
      'kiosk.html': { kind: 'noted', text: `Tham số period "${period}" không hợp lệ; dùng mặc định.` },
    } satisfies Record<PageName, Outcome>,
  })),
  {
    name: 'unknown lang',
    search: '?lang=fr',
    outcome: {
      'index.html': { kind: 'noted', text: 'Ngôn ngữ "fr" không được hỗ trợ (vi, en).' },
      'widget.html': { kind: 'noted', text: 'Tham số lang "fr" không hợp lệ; dùng mặc định.' },
      'kiosk.html': { kind: 'noted', text: 'Tham số lang "fr" không hợp lệ; dùng mặc định.' },
    },
  },
  {
    name: 'unknown theme',
    search: '?theme=neon',
    outcome: {
      'index.html': { kind: 'noted', text: 'Giao diện "neon" không được hỗ trợ.' },
      'widget.html': { kind: 'noted', text: 'Tham số theme "neon" không hợp lệ; dùng mặc định.' },
      'kiosk.html': { kind: 'noted', text: 'Tham số theme "neon" không hợp lệ; dùng mặc định.' },
    },
  },
  { name: 'unknown extra parameters', search: '?utm_source=zalo&fbclid=IwAR0x&foo=&unit=P1', outcome: { kind: 'clean' } },
  { name: 'chaos on a feed that is not the demo (ignored)', search: '?chaos=1', outcome: { kind: 'clean' } },
  { name: 'an unreadable chaos on a feed that is not the demo (ignored)', search: '?chaos=lots', outcome: { kind: 'clean' } },
  ...['0', '1', '99999', 'abc', '1e3', '-5', '20s'].map((rotate) => ({
    name: `rotate=${rotate}`,
    search: `?rotate=${rotate}`,
    pages: ['kiosk.html'] as PageName[],
    outcome: { kind: 'noted' as const, text: `Tham số rotate "${rotate}" không hợp lệ; chuyển trang mỗi 20 giây.` },
  })),
  { name: 'rotate=5 (control)', search: '?rotate=5', pages: ['kiosk.html'], outcome: { kind: 'clean' } },
];

let deployments = 0;

/** A deployment of dist/ under its own sub-path, with this config.json and the small fixture as feed.json. */
function deploy(server: StaticServer, config: Record<string, unknown> = CONFIG): { base: string; path: string } {
  const path = `/site-${++deployments}`;
  server.route(`${path}/config.json`, json(config));
  server.route(`${path}/feed.json`, json(small));
  return { base: `${server.origin}${path}/`, path };
}

/** The page at `url` in a context of its own, at the page's screen size, recording every request it makes. */
async function openAs(openPage: OpenPage, pageName: PageName, url: string) {
  const { context, page, errors } = await openPage(url, { viewport: PAGES[pageName].viewport, goto: false });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url);
  return { context, page, errors, requested };
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim());
const figureText = (page: Page, pageName: PageName) =>
  PAGES[pageName]
    .figure(page)
    .textContent({ timeout: 1000 })
    .catch(() => null);

const cases = CASES.flatMap((paramCase) =>
  (paramCase.pages ?? PAGE_NAMES).map((pageName) => {
    const outcome = 'kind' in paramCase.outcome ? paramCase.outcome : paramCase.outcome[pageName];
    return {
      pageName,
      search: paramCase.search,
      outcome,
      label: `${pageName}${paramCase.search || ' (no parameters)'} · ${paramCase.name}`,
    };
  }),
);

describe.concurrent('URL parameters against their allow-lists', () => {
  it.for(cases)('$label', { timeout: 40_000 }, async ({ pageName, search, outcome }, { expect, openPage, sites }) => {
    const site = deploy(sites);
    const { context, page, errors } = await openAs(openPage, pageName, `${site.base}${pageName}${search}`);
    try {
      if (outcome.kind === 'refused') {
        await expect.poll(() => visibleText(page), { timeout: 20_000 }).toContain(outcome.text);
        // Give a late feed its chance to put numbers up: none may come.
        await page.waitForTimeout(500);
        expect(await PAGES[pageName].figure(page).count()).toBe(0);
      } else {
        await expect.poll(() => figureText(page, pageName), { timeout: 20_000 }).toBe(received);
        const shown = await visibleText(page);
        if (outcome.kind === 'noted') expect(shown).toContain(outcome.text);
        else expect(shown).not.toMatch(REFUSAL_WORDS);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.concurrent('the feed address comes only from config.json', () => {
  it.for(PAGE_NAMES)(
    '%s: feedUrl, feed, widgetFeedUrl and config in the URL are not asked',
    async (pageName, { expect, openPage, sites, elsewhere }) => {
      const site = deploy(sites);
      let askedHere = 0;
      sites.route(`${site.path}/other.json`, (request, response) => {
        askedHere += 1;
        return json(small)(request, response);
      });
      const other = `${elsewhere.origin}/feed.json`;
      const search = new URLSearchParams({
        feedUrl: other,
        feed: 'other.json',
        widgetFeedUrl: other,
        config: `${elsewhere.origin}/config.json`,
        src: other,
        url: 'other.json',
      });
      const { context, page, errors, requested } = await openAs(openPage, pageName, `${site.base}${pageName}?${search}`);
      try {
        await expect.poll(() => figureText(page, pageName), { timeout: 20_000 }).toBe(received);
        // A poll or a late chart could still ask: give them a moment.
        await page.waitForTimeout(1000);
        expect(requested.filter((url) => url.startsWith(elsewhere.origin))).toEqual([]);
        expect(elsewhere.requests).toEqual([]);
        expect(askedHere).toBe(0);
        expect(requested.some((url) => url === `${site.base}feed.json`)).toBe(true);
        expect(await visibleText(page)).not.toMatch(REFUSAL_WORDS);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('embed.js passes on only unit, period, lang and theme: a data-feed-url never reaches the widget', async ({
    expect,
    openPage,
    sites,
    elsewhere,
  }) => {
    const site = deploy(sites);
    const host = `${site.path}/host.html`;
    sites.route(host, (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head><body>` +
          `<script src="${site.base}embed.js" data-unit="P1" data-feed-url="${elsewhere.origin}/feed.json" ` +
          `data-feed="${elsewhere.origin}/feed.json" data-chaos="1" async></script></body></html>`,
      );
    });
    const { context, page, errors, requested } = await openAs(openPage, 'widget.html', `${sites.origin}${host}`);
    try {
      const frame = page.frameLocator('iframe');
      await expect
        .poll(
          () =>
            frame
              .locator('.widget__count strong')
              .first()
              .textContent({ timeout: 1000 })
              .catch(() => null),
          { timeout: 20_000 },
        )
        .toBe(received);
      const src = new URL((await page.locator('iframe').getAttribute('src')) ?? '');
      expect([...src.searchParams.keys()].sort()).toEqual(['embedId', 'origin', 'unit']);
      expect(requested.filter((url) => url.startsWith(elsewhere.origin))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.concurrent('the chaos switch on the demo feed', () => {
  const DEMO = { feedUrl: 'demo', pollSeconds: 10, staleAfterSeconds: 3600 };
  const chaosCases = PAGE_NAMES.flatMap((pageName) => [
    { pageName, chaos: '1', label: `${pageName}?chaos=1: every request fails; the page says so and that it retries` },
    { pageName, chaos: '0.5', label: `${pageName}?chaos=0.5: half fail; the numbers still come` },
    { pageName, chaos: '2', label: `${pageName}?chaos=2: refused with a message; the demo runs without chaos` },
  ]);

  // Nine pages at once, each generating the demo's 11.7 MB document by field on a 2-core machine: 15 s here, more on a
  // busy CI machine, hence the room.
  it.for(chaosCases)('$label', { timeout: 120_000 }, async ({ pageName, chaos }, { expect, openPage, sites }) => {
    const site = deploy(sites, DEMO);
    const { context, page, errors } = await openAs(openPage, pageName, `${site.base}${pageName}?chaos=${chaos}`);
    try {
      if (chaos === '1') {
        const noDataYet = pageName === 'widget.html' ? 'Chưa tải được số liệu' : 'Chưa tải được số liệu.';
        await expect.poll(() => visibleText(page), { timeout: 30_000 }).toContain(noDataYet);
        const shown = await visibleText(page);
        if (pageName === 'index.html') expect(shown).toContain('Sẽ tự động thử lại.');
        if (pageName === 'kiosk.html') expect(shown).toContain('Hệ thống đang tự động thử lại.');
        expect(shown).toContain('Chế độ thử lỗi (chaos=1): nguồn số liệu mô phỏng cố ý hỏng mọi yêu cầu.');
        expect(await PAGES[pageName].figure(page).count()).toBe(0);
      } else {
        // The demo's numbers are its own, not the fixture's: any count in the "received" figure will do.
        // The demo's draws are seeded (mocks/chaos.ts): which requests fail is the same on every run.
        await expect.poll(() => figureText(page, pageName), { timeout: 75_000 }).toMatch(/^\d{1,3}(\.\d{3})*$/);
        const shown = await visibleText(page);
        if (chaos === '0.5') {
          expect(shown).toContain('Chế độ thử lỗi (chaos=0.5): nguồn số liệu mô phỏng cố ý hỏng khoảng 50% số yêu cầu.');
        } else {
          expect(shown).toContain('Tham số chaos "2" không hợp lệ (cần một số từ 0 đến 1); chế độ thử lỗi không bật.');
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
