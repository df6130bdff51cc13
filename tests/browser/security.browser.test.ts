// Security of the built pages: a strict CSP with no violation, feed strings shown as text, no third-party request.
import { describe, expect } from 'vitest';
import { it, type NewContext } from './support/fixtures';
import type { Page } from 'playwright-core';
import { fixtureText } from './support/page-helpers';
import { contentSecurityPolicy, recordCspViolations } from './support/csp';

const PAGES = ['index.html', 'widget.html', 'kiosk.html'] as const;

/** Opens a page recording CSP violations, script errors, dialogs and every request that leaves the origin. */
async function watch(newContext: NewContext, url: string, origin: string, allowedOrigins: string[] = []) {
  const context = await newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  const foreign: string[] = [];
  recordCspViolations(page, violations);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const requestOrigin = new URL(request.url()).origin;
    if (requestOrigin !== origin && !allowedOrigins.includes(requestOrigin) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  const cspViolations = async () => [
    ...violations,
    ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ?? []),
  ];
  return { page, errors, foreign, cspViolations };
}

async function settle(page: Page) {
  await page.waitForTimeout(2500);
}

describe('under a strict Content Security Policy', () => {
  for (const pageName of PAGES) {
    it(`${pageName} runs on the demo feed with no violation and no request outside its origin`, async ({ serveStatic, newContext }) => {
      const server = await serveStatic();
      const frameAncestors = pageName === 'widget.html' ? '*' : "'none'";
      server.setHeaders({ 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors }), 'X-Content-Type-Options': 'nosniff' });
      const { page, errors, foreign, cspViolations } = await watch(newContext, `${server.origin}/${pageName}`, server.origin);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toMatch(/\d{1,3}(\.\d{3})+/);
      await settle(page);
      expect(await cspViolations()).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }

  it('the dashboard reads a feed from another origin only through connect-src', async ({ serveStatic, newContext }) => {
    const feedServer = await serveStatic();
    feedServer.route('/feed.json', (_request, response) => {
      response
        .writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' })
        .end(fixtureText('small-province.json'));
    });
    const app = await serveStatic({ host: 'localhost' });
    app.route('/config.json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ feedUrl: `${feedServer.origin}/feed.json` }));
    });
    app.setHeaders({ 'Content-Security-Policy': contentSecurityPolicy({ feedOrigin: feedServer.origin, frameAncestors: "'none'" }) });
    const { page, errors, foreign, cspViolations } = await watch(newContext, `${app.origin}/index.html`, app.origin, [feedServer.origin]);
    await expect.poll(() => page.locator('.kpi-tile').count(), { timeout: 20_000 }).toBe(6);
    await settle(page);
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('feed strings are text, never markup', () => {
  const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">';
  const doc = JSON.parse(fixtureText('small-province.json')) as {
    source: { name: string; url?: string };
    units: Array<{ id: string; name: string; shortName?: string }>;
  };
  doc.units[0]!.name = `Tỉnh ${hostile}`;
  doc.units[2]!.name = `<script>window.__pwned=2</script>Sở Y tế`;
  doc.units[4]!.name = 'javascript:window.__pwned=3';
  doc.source = { name: `<b onmouseover="window.__pwned=4">Nguồn</b>`, url: 'javascript:window.__pwned=5' };
  const hostileFeed = JSON.stringify(doc);

  for (const pageName of PAGES) {
    it(`${pageName} shows hostile names as written and runs none of them`, async ({ serve, newContext }) => {
      const server = await serve(hostileFeed);
      server.setHeaders({ 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'" }) });
      const { page, errors } = await watch(newContext, `${server.origin}/${pageName}`, server.origin);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain(`Tỉnh ${hostile}`);
      if (pageName === 'index.html') {
        await page.getByRole('link', { name: '<script>window.__pwned=2</script>Sở Y tế' }).click();
        await expect.poll(() => page.locator('body').innerText()).toContain('<script>window.__pwned=2</script>Sở Y tế');
        await page.mouse.move(200, 60);
      }
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
