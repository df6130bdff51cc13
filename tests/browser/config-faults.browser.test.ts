// config.json faults on every page: missing, unreachable, not JSON, not an object, each field of the wrong type,
// pollSeconds out of range. Each page says which file and which field, never goes blank and throws nothing; a
// pollSeconds it had to clamp is said on screen beside the numbers. One server for all cases: each case is a
// deployment of its own under /<case>/ with its own config.json, in its own browser context, side by side.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, vi as vitest } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { test, type OpenPage } from './support/fixtures';
import { DIST, engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { json, startStaticServer, type Route, type StaticServer } from './support/static-server';
import { POLL_SECONDS_RANGE } from '../../src/config/runtime-config';

vitest.setConfig({ maxConcurrency: 12 });

// One server for all cases (each a deployment of its own under /<case>/), for the whole file.
// eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructured first argument
const it = test.extend('sites', { scope: 'file' }, async ({}, { onCleanup }) => {
  const server = await startStaticServer(DIST, { subSites: true });
  onCleanup(() => server.close());
  return server;
});

const small = fixtureText('small-province.json');
const received = vi(engineFigures(modelOf(small), 'P1', 'ytd').received);
const GOOD = { feedUrl: 'feed.json', pollSeconds: 60, timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 10 ** 9 };

type PageName = 'index.html' | 'widget.html' | 'kiosk.html';
type PageSpec = {
  /** The "received" figure, the first number each page shows. */
  figure: (page: Page) => Locator;
  /** Where the page says what is wrong with config.json. */
  message: (page: Page) => Locator;
  viewport: { width: number; height: number };
};

const PAGES: Record<PageName, PageSpec> = {
  'index.html': {
    figure: (page) => page.getByRole('region', { name: 'Đã tiếp nhận', exact: true }).locator('.kpi-tile__value'),
    message: (page) => page.getByRole('alert'),
    viewport: { width: 1440, height: 900 },
  },
  'widget.html': {
    figure: (page) => page.locator('.widget__count strong').first(),
    message: (page) => page.locator('.widget__message'),
    viewport: { width: 360, height: 240 },
  },
  'kiosk.html': {
    figure: (page) => page.getByRole('listitem', { name: 'Đã tiếp nhận' }).locator('.kiosk-tile__value'),
    message: (page) => page.getByRole('alert'),
    viewport: { width: 1920, height: 1080 },
  },
};

/** What a page must show: figures (with a note when pollSeconds was clamped), or a message naming file and field. */
type Outcome =
  | { kind: 'figures'; clamped?: { given: number; used: number } }
  /** `field` when one field is wrong; `reason` what the dashboard and kiosk add (the widget only names file and field). */
  | { kind: 'refused'; field?: string; reason: string };

type ConfigCase = { name: string; answer: Route; outcome: Outcome };

const withField = (field: string, value: unknown): Record<string, unknown> => ({ ...GOOD, [field]: value });
const text =
  (body: string): Route =>
  (_request: IncomingMessage, response: ServerResponse) =>
    void response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);

const wrongTypes: Array<[field: string, value: unknown]> = [
  ['feedUrl', 7],
  ['widgetFeedUrl', ['widget.json']],
  ['pollSeconds', '60'],
  ['timeZone', 7],
  ['onTimeTarget', '95%'],
  ['staleAfterSeconds', true],
  ['title', { vi: 'Tình hình' }],
  ['kioskReloadHour', '3'],
];

const CASES: ConfigCase[] = [
  { name: 'a good config.json (control)', answer: json(GOOD), outcome: { kind: 'figures' } },
  { name: 'missing (404)', answer: json({ error: 'not found' }, 404), outcome: { kind: 'refused', reason: 'HTTP 404' } },
  {
    name: 'unreachable (connection destroyed)',
    answer: (request) => void request.socket.destroy(),
    outcome: { kind: 'refused', reason: 'Không tải được tệp config.json' },
  },
  { name: 'not JSON', answer: text('{ feedUrl: "demo", }'), outcome: { kind: 'refused', reason: 'không phải JSON hợp lệ' } },
  { name: 'not an object (an array)', answer: text('["feed.json"]'), outcome: { kind: 'refused', reason: 'phải là một đối tượng JSON' } },
  { name: 'not an object (null)', answer: text('null'), outcome: { kind: 'refused', reason: 'phải là một đối tượng JSON' } },
  { name: 'feedUrl missing', answer: json({ pollSeconds: 60 }), outcome: { kind: 'refused', field: 'feedUrl', reason: 'thiếu trường' } },
  ...wrongTypes.map(([field, value]) => ({
    name: `${field} of the wrong type (${JSON.stringify(value)})`,
    answer: json(withField(field, value)),
    outcome: { kind: 'refused' as const, field, reason: `đang là ${JSON.stringify(value)}` },
  })),
  {
    name: 'timeZone not a known zone',
    answer: json(withField('timeZone', 'Mars/Olympus')),
    outcome: { kind: 'refused', field: 'timeZone', reason: 'múi giờ IANA' },
  },
  {
    name: 'pollSeconds 0',
    answer: json(withField('pollSeconds', 0)),
    outcome: { kind: 'figures', clamped: { given: 0, used: POLL_SECONDS_RANGE.min } },
  },
  {
    name: 'pollSeconds negative',
    answer: json(withField('pollSeconds', -30)),
    outcome: { kind: 'figures', clamped: { given: -30, used: POLL_SECONDS_RANGE.min } },
  },
  {
    name: 'pollSeconds huge',
    answer: json(withField('pollSeconds', 1e9)),
    outcome: { kind: 'figures', clamped: { given: 1e9, used: POLL_SECONDS_RANGE.max } },
  },
];

let deployments = 0;

/** A deployment of dist/ under its own sub-path, with this config.json and the small fixture as feed.json. */
function deploy(server: StaticServer, config: Route): { base: string; configAsked: () => number; setConfig: (next: Route) => void } {
  const path = `/site-${++deployments}`;
  let answer = config;
  let asked = 0;
  server.route(`${path}/config.json`, (request, response) => {
    asked += 1;
    return answer(request, response);
  });
  server.route(`${path}/feed.json`, json(small));
  return { base: `${server.origin}${path}/`, configAsked: () => asked, setConfig: (next) => void (answer = next) };
}

/** The page at `url` in a context of its own, at the page's screen size. */
function openAs(openPage: OpenPage, pageName: PageName, url: string) {
  return openPage(url, { viewport: PAGES[pageName].viewport });
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim());

const cases = CASES.flatMap((configCase) =>
  (Object.keys(PAGES) as PageName[]).map((pageName) => ({ ...configCase, pageName, label: `${pageName} · ${configCase.name}` })),
);

describe.concurrent('config.json faults', () => {
  it.for(cases)(
    '$label',
    { timeout: 40_000 },
    // The test's own expect: assertions in tests running side by side must be counted against the right one.
    async ({ pageName, answer, outcome }, { expect, openPage, sites }) => {
      const spec = PAGES[pageName];
      const site = deploy(sites, answer);
      const { context, page, errors } = await openAs(openPage, pageName, `${site.base}${pageName}`);
      try {
        if (outcome.kind === 'figures') {
          await expect
            .poll(
              () =>
                spec
                  .figure(page)
                  .textContent({ timeout: 1000 })
                  .catch(() => null),
              { timeout: 20_000 },
            )
            .toBe(received);
          const shown = await visibleText(page);
          if (outcome.clamped) {
            const { given, used } = outcome.clamped;
            expect(shown).toContain(`config.json: pollSeconds = ${given} nằm ngoài khoảng cho phép, đang dùng ${used} giây.`);
          } else {
            expect(shown).not.toContain('config.json');
          }
        } else {
          const message = spec.message(page);
          await expect.poll(() => message.textContent({ timeout: 1000 }).catch(() => ''), { timeout: 20_000 }).toContain('config.json');
          const said = (await message.textContent()) ?? '';
          if (outcome.field) expect(said).toContain(outcome.field);
          if (pageName !== 'widget.html') expect(said).toContain(outcome.reason);
          // Not blank, and no figures from anywhere.
          expect((await visibleText(page)).length).toBeGreaterThan(10);
          expect(await spec.figure(page).count()).toBe(0);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('config.json after a good start', () => {
  it('kiosk: a config.json that turns bad is not read again while running; after a reload the saved one carries the numbers and the bad field is named', async ({
    openPage,
    sites,
  }) => {
    const site = deploy(sites, json(GOOD));
    const { context, page, errors } = await openAs(openPage, 'kiosk.html', `${site.base}kiosk.html?rotate=3600`);
    try {
      const figure = PAGES['kiosk.html'].figure(page);
      await expect.poll(() => figure.textContent({ timeout: 1000 }).catch(() => null), { timeout: 20_000 }).toBe(received);
      expect(site.configAsked()).toBe(1);

      site.setConfig(json(withField('pollSeconds', 'often')));
      // What could make a page ask again: focus, visibility, the network coming back.
      await page.evaluate(() => {
        window.dispatchEvent(new Event('focus'));
        document.dispatchEvent(new Event('visibilitychange'));
        window.dispatchEvent(new Event('online'));
      });
      await page.waitForTimeout(1500);
      expect(site.configAsked()).toBe(1);
      expect(await figure.textContent()).toBe(received);

      await page.reload();
      await expect.poll(() => figure.textContent({ timeout: 1000 }).catch(() => null), { timeout: 10_000 }).toBe(received);
      await expect
        .poll(
          () =>
            page
              .locator('.kiosk-footer__notes')
              .textContent({ timeout: 1000 })
              .catch(() => ''),
          { timeout: 10_000 },
        )
        .toContain('đang dùng cấu hình đã lưu');
      const notes = (await page.locator('.kiosk-footer__notes').textContent()) ?? '';
      expect(notes).toContain('config.json');
      expect(notes).toContain('pollSeconds');
      expect(await figure.textContent()).toBe(received);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
