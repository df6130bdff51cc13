// Shared pieces of the browser tests: the built site on a static server, a fixed feed, and the engine's own figures to compare with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseFeedText } from '../../../src/feed/parse-feed';
import type { FeedModel } from '../../../src/feed/feed-model';
import { parsePeriod, resolvePeriod } from '../../../src/stats/period';
import { periodFigures } from '../../../src/stats/roll-up';
import type { UnitFigures } from '../../../src/stats/figures';
import { json, startStaticServer, type StaticServer } from './static-server';

/** The built site under test: dist/, or DIST_DIR when the build was written elsewhere. */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : new URL('../../../dist/', import.meta.url).pathname;

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), 'utf8');
}

export function modelOf(text: string): FeedModel {
  const result = parseFeedText(text);
  if (!result.ok) throw new Error(`fixture refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

export function engineFigures(model: FeedModel, unitId: string, period: string): UnitFigures {
  const resolved = resolvePeriod(parsePeriod(period)!, model.months);
  if (!resolved.hasMonths) throw new Error(`no months for ${period}`);
  const figures = periodFigures(model, resolved.range).get(unitId);
  if (!figures) throw new Error(`no figures for ${unitId}`);
  return figures;
}

/** A server for dist/ whose config.json points at /feed.json, which the test controls. */
export async function serveWithFeed(
  feedText: string,
  config: Record<string, unknown> = {},
): Promise<StaticServer & { setFeed: (text: string, status?: number, headers?: Record<string, string>) => void }> {
  const server = await startStaticServer(DIST);
  server.route('/config.json', json({ feedUrl: 'feed.json', pollSeconds: 60, staleAfterSeconds: 10 ** 9, ...config }));
  const setFeed = (text: string, status = 200, headers: Record<string, string> = {}) =>
    server.route('/feed.json', json(text, status, headers));
  setFeed(feedText);
  return Object.assign(server, { setFeed });
}

/** A fresh page that fails the test on any uncaught error. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

export function vi(value: number): string {
  return new Intl.NumberFormat('vi-VN').format(value);
}
