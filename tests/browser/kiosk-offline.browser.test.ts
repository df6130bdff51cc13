// The kiosk's app shell (public/kiosk-sw.js), built, in Chromium: a kiosk that reloads while its web server is
// unreachable opens from the cache with its saved numbers, under the strict CSP and from a sub-path; config.json and
// the feed are never answered by the worker; on the demo feed only MSW's worker is registered.
import { describe, expect } from 'vitest';
import { it, type OpenPage } from './support/fixtures';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy, recordCspViolations } from './support/csp';
import { json } from './support/static-server';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';

const small = fixtureText('small-province.json');
const figures = engineFigures(modelOf(small), 'P1', 'ytd');
const PREFIX = '/so-lieu';

/** Opens a page recording script errors and CSP violations. */
async function openKiosk(openPage: OpenPage, url: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(url, { viewport: { width: 1920, height: 1080 }, goto: false });
  recordCspViolations(page, errors);
  await page.goto(url);
  return { page, errors };
}

const received = (page: Page) => page.getByRole('listitem', { name: 'Đã tiếp nhận' }).locator('.kiosk-tile__value');
const controllerScript = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
const registeredScripts = (page: Page) =>
  page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((registration) => ({
      scope: registration.scope,
      script: (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? null,
    })),
  );

describe('kiosk app shell', () => {
  it('opens from the cache with the saved numbers when the web server is unreachable, from a sub-path under the strict CSP', async ({
    serveStatic,
    openPage,
  }) => {
    const server = await serveStatic({ prefix: PREFIX });
    server.setHeaders({
      'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'" }),
      'X-Content-Type-Options': 'nosniff',
    });
    server.route(`${PREFIX}/config.json`, json({ feedUrl: 'feed.json', pollSeconds: 60, staleAfterSeconds: 3600 }));
    server.route(`${PREFIX}/feed.json`, json(small));
    const site = `${server.origin}${PREFIX}/`;

    const { page, errors } = await openKiosk(openPage, `${site}kiosk.html?rotate=3600`);
    await expect.poll(() => received(page).textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    // Installed (kiosk.html and its assets cached) and in control of this very page, without a reload.
    await expect.poll(() => controllerScript(page), { timeout: 20_000 }).toBe(`${site}kiosk-sw.js`);
    expect(await registeredScripts(page)).toEqual([{ scope: `${site}kiosk.html`, script: `${site}kiosk-sw.js` }]);

    // Online, the worker answers the page and its assets, and leaves config.json and the feed to the network.
    const answeredBy = new Map<string, boolean>();
    page.on('response', (response) => answeredBy.set(new URL(response.url()).pathname, response.fromServiceWorker()));
    await page.reload();
    await expect.poll(() => received(page).textContent(), { timeout: 20_000 }).toBe(vi(figures.received));
    await expect.poll(() => answeredBy.has(`${PREFIX}/feed.json`), { timeout: 10_000 }).toBe(true);
    expect(answeredBy.get(`${PREFIX}/kiosk.html`)).toBe(true);
    const assets = [...answeredBy].filter(([path]) => path.startsWith(`${PREFIX}/assets/`));
    expect(assets.length).toBeGreaterThan(2);
    expect(assets.filter(([, fromWorker]) => !fromWorker)).toEqual([]);
    expect(answeredBy.get(`${PREFIX}/config.json`)).toBe(false);
    expect(answeredBy.get(`${PREFIX}/feed.json`)).toBe(false);

    // The web server goes away entirely: connections are refused, for the page as for config.json and the feed.
    await server.close();
    await page.reload();
    expect(page.url()).toBe(`${site}kiosk.html?rotate=3600`);
    await expect.poll(() => received(page).textContent(), { timeout: 10_000 }).toBe(vi(figures.received));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỉnh Mẫu');
    // Still honest: the numbers are labelled as the copy saved on the machine, and config.json as unreadable.
    expect(await page.locator('.kiosk-updated').textContent()).toContain('số liệu đã lưu trên máy');
    await expect
      .poll(() => page.locator('.kiosk-footer__notes').textContent(), { timeout: 10_000 })
      .toContain('Chưa đọc được config.json: đang dùng cấu hình đã lưu');
    expect(errors).toEqual([]);
  }, 90_000);

  it('is not registered on the demo feed, where MSW’s worker serves the page', async ({ serveStatic, openPage }) => {
    const server = await serveStatic();
    server.setHeaders({ 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'" }) });
    const { page, errors } = await openKiosk(openPage, `${server.origin}/kiosk.html?rotate=3600`);
    await expect.poll(() => page.locator('.kiosk-tile__value').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => controllerScript(page), { timeout: 20_000 }).toBe(`${server.origin}/mockServiceWorker.js`);
    // Long enough for a registration after config.json to have happened, were there one.
    await page.waitForTimeout(1500);
    expect(await registeredScripts(page)).toEqual([{ scope: `${server.origin}/`, script: `${server.origin}/mockServiceWorker.js` }]);
    expect(server.requests.filter((path) => path.startsWith('/kiosk-sw.js'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
