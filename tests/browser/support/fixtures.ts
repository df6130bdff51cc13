// The one set-up of every browser test file: Chromium launched once per file, and per test the servers, browser
// contexts and pages it asks for, each closed when that test ends (so concurrent tests never close each other's).
//
//   import { it } from './support/fixtures';
//   it('…', async ({ serve, openPage, expect }) => { const site = await serve(feedText); const { page } = await openPage(`${site.origin}/index.html`); … });
/* eslint-disable no-empty-pattern -- vitest reads which fixtures a fixture uses from its destructured first argument */
import { test as base } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { DIST, serveWithFeed } from './page-helpers';
import { startStaticServer, type StaticServer } from './static-server';

/** A context as the tests use it unless told otherwise: a desktop screen, a reader in New York reading English. */
const CONTEXT_DEFAULTS: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  timezoneId: 'America/New_York',
  locale: 'en-US',
};

export type OpenedPage = { page: Page; context: BrowserContext; errors: string[] };
export type OpenPageOptions = BrowserContextOptions & {
  /** Not to navigate yet: to install listeners or init scripts first, then `page.goto`. */
  goto?: false;
};
/** The `openPage` fixture, for helpers that take it. */
export type OpenPage = (url: string, options?: OpenPageOptions) => Promise<OpenedPage>;
/** The `newContext` fixture, for helpers that take it. */
export type NewContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;
export type FeedSite = Awaited<ReturnType<typeof serveWithFeed>>;

export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  /** dist/ as built, on its own config.json (the demo feed), one server for the whole file. */
  .extend('demoSite', { scope: 'file' }, async ({}, { onCleanup }): Promise<StaticServer> => {
    const server = await startStaticServer(DIST);
    onCleanup(() => server.close());
    return server;
  })
  /** A browser context of this test's own (the defaults above, overridden by `options`). */
  .extend('newContext', async ({ browser }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      for (const context of contexts) await context.close().catch(() => {});
    });
    return async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
      const context = await browser.newContext({ ...CONTEXT_DEFAULTS, ...options });
      contexts.push(context);
      return context;
    };
  })
  /** A fresh page in a context of its own, at `url`, recording every uncaught script error in `errors`. */
  .extend('openPage', async ({ newContext }) => {
    return async (url: string, options: OpenPageOptions = {}): Promise<OpenedPage> => {
      const { goto, ...contextOptions } = options;
      const context = await newContext(contextOptions);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      if (goto !== false) await page.goto(url);
      return { page, context, errors };
    };
  })
  /** A blank page in a fresh context, for a test that drives one page itself. */
  .extend('page', async ({ newContext }) => {
    const context = await newContext();
    return context.newPage();
  })
  /** dist/ served with a config.json pointing at /feed.json, answered with `feedText` (see serveWithFeed); closed after the test. */
  .extend('serve', async ({}, { onCleanup }) => {
    const servers: FeedSite[] = [];
    onCleanup(async () => {
      for (const server of servers) await server.close();
    });
    return async (feedText: string, config: Record<string, unknown> = {}): Promise<FeedSite> => {
      const server = await serveWithFeed(feedText, config);
      servers.push(server);
      return server;
    };
  })
  /** dist/ (or another folder) on a static server of this test's own, closed after the test. */
  .extend('serveStatic', async ({}, { onCleanup }) => {
    const servers: StaticServer[] = [];
    onCleanup(async () => {
      for (const server of servers) await server.close();
    });
    return async (options: Parameters<typeof startStaticServer>[1] = {}, rootDir: string = DIST): Promise<StaticServer> => {
      const server = await startStaticServer(rootDir, options);
      servers.push(server);
      return server;
    };
  });

export const it = test;
