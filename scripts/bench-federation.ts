// Issue 14 at scale: a national view read from 34 provincial feeds, each on its own origin, in Chromium.
//
// Every province of mocks/data/vn-units-2025.json with all its communes and departments is simulated by field over
// 23 months (January of last year to the clock's month, as the demo is) at a fixed clock, its summary made with
// src/feed/unit-totals-document.ts, and both are written to a temporary directory. A small Node server per province
// (34 ports, so 34 origins, with CORS) serves them with ETag, 304 and, when asked, gzip; the site's origin serves the
// built pages, config.json and a `tthc-index/1` listing the 34. It prints:
// - navigation → the first national KPI figure painted, and → the whole country's (the view adds provinces as they
//   answer), gzip off and on;
// - the time to open one province's full document, fields shown (a click in the national view, and a URL);
// - the bytes of the national view: the feeds' encoded bodies, and the whole page load, gzip off and on;
// - the JS heap after GC at the start and after an hour of accelerated polls of all 34 (pollSeconds 10 on Playwright's
//   clock, 360 polls, every feed a new generatedAt and ETag on every poll).
//
// Run alone (builds nothing: dist/ or DIST_DIR): npx tsx scripts/bench-federation.ts [--runs=5] [--polls=360]
//   --single: one province's full document as feedUrl (no index), to try the generator, server and harness;
//   --feeds=N: the first N provinces only, to try the harness quickly.
// npm run bench runs it through benchFederation() and prints federationRows().
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import unitsFile from '../mocks/data/vn-units-2025.json';
import { FIELDS, fieldsHandledBy } from '../mocks/data/fields';
import { DEMO_DUE_SOON_DAYS } from '../mocks/demo-feed';
import {
  DEFAULT_DEMO_SEED,
  appendFieldRows,
  feedClock,
  optionalDepartmentCodes,
  provinceUnits,
  type FieldsOf,
  type ProvinceData,
} from '../mocks/feed-simulation';
import type { FeedDocument } from '../src/feed/feed-schema';
import { parseFeedText } from '../src/feed/parse-feed';
import { unitTotalsDocument } from '../src/feed/unit-totals-document';
import { launchChromium } from '../tests/browser/support/browser';
import { startStaticServer, type StaticServer } from '../tests/browser/support/static-server';
import { formatTable, spread, type BenchRow, type Spread } from './bench-figures';
import { settle } from './bench-pages';
import { DIST } from './bench-serve';

/** The documents' clock, as the other benchmarks': every run and machine sees the same bytes. */
const NOW = new Date('2026-11-26T09:40:00Z');
const POLL_SECONDS = 10;
/** The province opened in the national view: the largest (168 communes). */
export const OPENED_PROVINCE = { id: '79', name: 'Thành phố Hồ Chí Minh' };
const INDEX_NAME = 'Cả nước';

const provinces: readonly ProvinceData[] = unitsFile.provinces;

// ---- the documents

/** One province's full document by field, as a provincial one-stop system would publish it (generateProvinceFeed, any province). */
export function provinceFeedDocument(province: ProvinceData, now = NOW): FeedDocument {
  const seed = DEFAULT_DEMO_SEED;
  const clock = feedClock(now);
  const januaryLastYear = (Math.floor(clock.month / 12) - 1) * 12;
  const { units, simulated } = provinceUnits(seed, province, undefined, optionalDepartmentCodes(seed, province.id));
  const kinds = new Map(units.map((unit) => [unit.id, unit.kind]));
  const fieldsOf: FieldsOf = (unit) => fieldsHandledBy({ id: unit.id, kind: kinds.get(unit.id) ?? 'other' });
  const stats = appendFieldRows([], seed, simulated, fieldsOf, januaryLastYear, clock, DEMO_DUE_SOON_DAYS);
  const used = new Set(stats.map((row) => row.fieldId));
  return {
    schema: 'tthc-feed/1',
    generatedAt: clock.generatedAt,
    source: { name: `Hệ thống thông tin giải quyết TTHC ${province.name} (mô phỏng)` },
    units,
    fields: FIELDS.filter((field) => used.has(field.id)).map((field) => ({ id: field.id, name: field.name })),
    meta: { dueSoonDays: DEMO_DUE_SOON_DAYS },
    stats,
  };
}

export type WrittenFeed = {
  id: string;
  name: string;
  /** Files in the temporary directory: the full document and its summary, each also gzipped. */
  fullPath: string;
  summaryPath: string;
  fullBytes: number;
  fullGzipBytes: number;
  summaryBytes: number;
  summaryGzipBytes: number;
  units: number;
  fullRows: number;
  summaryRows: number;
};

export type WrittenFeeds = { dir: string; feeds: WrittenFeed[]; months: number; remove: () => void };

/** Generates and writes the feeds one province at a time (a full document is about 10 MB; only its summary stays in memory). */
export function writeFeeds(count = provinces.length, log: (line: string) => void = () => {}): WrittenFeeds {
  const dir = mkdtempSync(join(tmpdir(), 'bench-federation-'));
  const feeds: WrittenFeed[] = [];
  let months = 0;
  for (const province of provinces.slice(0, count)) {
    const document = provinceFeedDocument(province);
    months = new Set(document.stats.map((row) => row.month)).size;
    const fullText = JSON.stringify(document);
    const parsed = parseFeedText(fullText);
    if (!parsed.ok) throw new Error(`${province.name}: the simulated document is refused (${parsed.refusal.code})`);
    const summary = unitTotalsDocument(parsed.model);
    const summaryText = JSON.stringify(summary);
    const fullPath = join(dir, `${province.id}.json`);
    const summaryPath = join(dir, `${province.id}.summary.json`);
    const fullGzip = gzipSync(fullText, { level: 6 });
    writeFileSync(fullPath, fullText);
    writeFileSync(`${fullPath}.gz`, fullGzip);
    writeFileSync(summaryPath, summaryText);
    feeds.push({
      id: province.id,
      name: province.name,
      fullPath,
      summaryPath,
      fullBytes: Buffer.byteLength(fullText),
      fullGzipBytes: fullGzip.length,
      summaryBytes: Buffer.byteLength(summaryText),
      summaryGzipBytes: gzipSync(summaryText, { level: 6 }).length,
      units: document.units.length,
      fullRows: document.stats.length,
      summaryRows: summary.stats.length,
    });
    log(`${province.name}: ${document.units.length} units, ${document.stats.length} rows, ${(fullText.length / 2 ** 20).toFixed(1)} MB`);
  }
  return { dir, feeds, months, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---- the servers

/** generatedAt at the second, as a publisher in Viet Nam writes it. */
function vietnamIso(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

/** A document whose generatedAt (and so ETag) moves on every version: its text split around that one value. */
class ChangingDocument {
  private readonly before: string;
  private readonly after: string;
  private cached: { version: number; text: string; gzip: Buffer | null } | null = null;
  constructor(
    private readonly tag: string,
    text: string,
  ) {
    const key = '"generatedAt":"';
    const start = text.indexOf(key) + key.length;
    const end = text.indexOf('"', start);
    if (start < key.length || end < 0) throw new Error(`${tag}: no generatedAt`);
    this.before = text.slice(0, start);
    this.after = text.slice(end);
    this.cached = { version: 0, text, gzip: null };
  }
  etag(version: number): string {
    return `"${this.tag}-${version}"`;
  }
  body(version: number, gzip: boolean): Buffer | string {
    if (this.cached?.version !== version) {
      const text = `${this.before}${vietnamIso(NOW.getTime() + version * POLL_SECONDS * 1000)}${this.after}`;
      this.cached = { version, text, gzip: null };
    }
    if (!gzip) return this.cached.text;
    this.cached.gzip ??= gzipSync(this.cached.text, { level: 6 });
    return this.cached.gzip;
  }
}

export type FeedAnswers = { full: number; summary: number; notModified: number; preflight: number; bytes: number };

type ProvinceServer = {
  feed: WrittenFeed;
  origin: string;
  answers: FeedAnswers;
  /** The versions each document was answered 200 at. */
  servedAt: { summary: Set<number>; full: Set<number> };
  close: () => Promise<void>;
};

/** What a province's web server sends with its feed for pages on other origins (FEED.md "Federation": CORS). */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  // Resource Timing gives another origin's sizes only with this.
  'Timing-Allow-Origin': '*',
};

async function startProvinceServer(feed: WrittenFeed, state: { gzip: boolean; version: number }): Promise<ProvinceServer> {
  const summary = new ChangingDocument(`s${feed.id}`, readFileSync(feed.summaryPath, 'utf8'));
  // The full document (10 MB) is read when first asked for: the national view never asks for most of them.
  let full: ChangingDocument | null = null;
  const answers: FeedAnswers = { full: 0, summary: 0, notModified: 0, preflight: 0, bytes: 0 };
  const servedAt = { summary: new Set<number>(), full: new Set<number>() };
  const send = (request: IncomingMessage, response: ServerResponse, etag: string, body: () => Buffer | string, gzipped: boolean) => {
    if (request.headers['if-none-match'] === etag) {
      answers.notModified += 1;
      response.writeHead(304, { ...CORS, ETag: etag, 'Cache-Control': 'no-cache' }).end();
      return false;
    }
    const data = body();
    answers.bytes += Buffer.byteLength(data);
    response.writeHead(200, {
      ...CORS,
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(data);
    return true;
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'OPTIONS') {
      // The page sends If-None-Match itself: a header that is not CORS-safelisted, so the browser asks first.
      answers.preflight += 1;
      response
        .writeHead(204, {
          ...CORS,
          'Access-Control-Allow-Methods': 'GET',
          'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
          'Access-Control-Max-Age': '7200',
        })
        .end();
      return;
    }
    const gzip = state.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (path === '/tthc/summary.json') {
      const version = state.version;
      if (send(request, response, summary.etag(version), () => summary.body(version, gzip), gzip)) {
        answers.summary += 1;
        servedAt.summary.add(version);
      }
      return;
    }
    if (path === '/tthc/feed.json') {
      const version = state.version;
      full ??= new ChangingDocument(`f${feed.id}`, readFileSync(feed.fullPath, 'utf8'));
      const document = full;
      // Version 0 gzipped is on disk already; gzip of 10 MB costs some 200 ms.
      const body = () => (gzip && version === 0 ? readFileSync(`${feed.fullPath}.gz`) : document.body(version, gzip));
      if (send(request, response, document.etag(version), body, gzip)) {
        answers.full += 1;
        servedAt.full.add(version);
      }
      return;
    }
    response.writeHead(404, { ...CORS, 'Content-Type': 'text/plain' }).end('not found');
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    feed,
    origin: `http://127.0.0.1:${port}`,
    answers,
    servedAt,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export type Federation = {
  /** The site: dist/ with config.json and tthc-index.json. */
  site: StaticServer;
  provinces: ProvinceServer[];
  /** Every feed's summary moves to `version` (generatedAt NOW + version × pollSeconds) from the next request on. */
  setVersion: (version: number) => void;
  setGzip: (gzip: boolean) => void;
  close: () => Promise<void>;
};

/**
 * The 34 provincial servers and the site's. `single`: config.json names one province's full document instead of the
 * index (the harness tried on a feed without the federation). Gzip applies to the feeds; the site's own files are
 * compressed when `siteGzip` (a server of its own per setting, as tests/browser/support/static-server.ts fixes it at start).
 */
export async function serveFederation(
  written: WrittenFeeds,
  options: { siteGzip: boolean; single?: boolean; pollSeconds?: number },
): Promise<Federation> {
  const state = { gzip: options.siteGzip, version: 0 };
  const servers = await Promise.all(written.feeds.map((feed) => startProvinceServer(feed, state)));
  const site = await startStaticServer(DIST, { gzip: options.siteGzip });
  const index = {
    schema: 'tthc-index/1',
    name: INDEX_NAME,
    feeds: servers.map(({ feed, origin }) => ({
      id: feed.id,
      name: feed.name,
      url: `${origin}/tthc/feed.json`,
      summaryUrl: `${origin}/tthc/summary.json`,
    })),
  };
  const config = JSON.stringify({
    feedUrl: options.single ? `${servers[0]!.origin}/tthc/feed.json` : 'tthc-index.json',
    pollSeconds: options.pollSeconds ?? 3600,
    timeZone: 'Asia/Ho_Chi_Minh',
    staleAfterSeconds: 10 ** 9,
  });
  const indexText = JSON.stringify(index);
  site.route('/config.json', (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(config);
  });
  site.route('/tthc-index.json', (request, response) => {
    const etag = '"index-0"';
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', ETag: etag }).end(indexText);
  });
  return {
    site,
    provinces: servers,
    setVersion: (version) => (state.version = version),
    setGzip: (gzip) => (state.gzip = gzip),
    close: async () => {
      await Promise.all([site.close(), ...servers.map((server) => server.close())]);
    },
  };
}

// ---- the page

const VIEWPORT = { width: 1440, height: 900 };

type KpiChange = { text: string; at?: number };
type FedWindow = Window & { __fed: { changes: KpiChange[] } };

/**
 * Runs in the page before its scripts: every value the first KPI figure (Đã tiếp nhận) is painted with, and when. The
 * national view adds provinces as their documents come (a province not yet answered is "waiting", not missing), so the
 * first value is the first numbers and the last one, once every feed has been served, is the whole country's.
 */
function recordNational() {
  const fed: FedWindow['__fed'] = { changes: [] };
  (window as unknown as FedWindow).__fed = fed;
  // No named inner function here: tsx would wrap it in a helper (__name) the page does not have. The frame after the
  // figures reach the DOM is the one that paints them; the task after it runs once it is painted.
  const observer = new MutationObserver(() => {
    const text = document.querySelector('.kpi-tile__value')?.textContent ?? '';
    if (!/\d/.test(text) || fed.changes[fed.changes.length - 1]?.text === text) return;
    const change: KpiChange = { text };
    fed.changes.push(change);
    requestAnimationFrame(() => setTimeout(() => (change.at ??= performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * After navigation: waits until every province's server has answered this page's request for its summary (or full
 * document with --single) and the page is quiet, then reads when the first and the final national figure were painted.
 */
async function nationalPainted(
  page: Page,
  federation: Federation,
  before: number[],
): Promise<{ firstMs: number; completeMs: number; values: number }> {
  await waitUntil(
    () => federation.provinces.every((server, i) => server.answers.summary + server.answers.full > before[i]!),
    'every feed served',
    120_000,
  );
  await page.waitForFunction(() => (window as unknown as FedWindow).__fed.changes.length > 0, null, { timeout: 60_000, polling: 50 });
  await settle(page, 700, 15_000);
  const { changes } = await page.evaluate(() => (window as unknown as FedWindow).__fed);
  const final = changes[changes.length - 1]!.text;
  const complete = changes.find((change) => change.text === final)!;
  if (changes[0]!.at === undefined || complete.at === undefined) throw new Error('the national figures were not painted');
  return { firstMs: changes[0]!.at, completeMs: complete.at, values: changes.length };
}

const answered = (federation: Federation) => federation.provinces.map((server) => server.answers.summary + server.answers.full);

type ResourceBytes = {
  feeds: number;
  feedRequests: number;
  page: number;
  requests: number;
  /** When the last feed's response had been received (responseEnd, from navigation start). */
  lastFeedMs: number;
};

/** Encoded body sizes from Resource and Navigation Timing: the feeds' (their origins send Timing-Allow-Origin) and all. */
async function bytesOfLoad(page: Page, feedOrigins: readonly string[]): Promise<ResourceBytes> {
  return page.evaluate((origins) => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    let feeds = 0;
    let feedRequests = 0;
    let all = 0;
    let lastFeedMs = 0;
    for (const entry of entries) {
      all += entry.encodedBodySize;
      if (origins.some((origin) => entry.name.startsWith(origin))) {
        feeds += entry.encodedBodySize;
        feedRequests += 1;
        lastFeedMs = Math.max(lastFeedMs, entry.responseEnd);
      }
    }
    return { feeds, feedRequests, page: all, requests: entries.length, lastFeedMs };
  }, feedOrigins);
}

export type NationalLoad = { firstMs: number; completeMs: number; values: number; bytes: ResourceBytes };

async function loadNational(browser: Browser, federation: Federation, path = 'index.html'): Promise<NationalLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordNational);
    const before = answered(federation);
    await page.goto(`${federation.site.origin}/${path}`);
    const painted = await nationalPainted(page, federation, before);
    const bytes = await bytesOfLoad(
      page,
      federation.provinces.map((server) => server.origin),
    );
    return { ...painted, bytes };
  } finally {
    await context.close();
  }
}

/** The province's figures are on screen with its fields: the heading names it and the fields' ranking is drawn. */
function provinceShown(name: string): boolean {
  return (
    document.querySelector('.view-heading')?.textContent?.includes(name) === true &&
    document.querySelector('.fields-ranking__bars li') !== null &&
    /\d/.test(document.querySelector('.kpi-tile__value')?.textContent ?? '')
  );
}

/** From the national view, settled: the province picked in the unit picker, click → its figures with fields painted. */
async function openProvinceByClick(browser: Browser, federation: Federation, province: { id: string; name: string }): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordNational);
    const before = answered(federation);
    await page.goto(`${federation.site.origin}/index.html`);
    await nationalPainted(page, federation, before);
    const combobox = page.getByRole('combobox', { name: 'Đơn vị', exact: true });
    await combobox.click();
    // Typed as an official types it, without diacritics: "thanh pho ho chi minh".
    await combobox.fill(
      province.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase(),
    );
    const option = page.getByRole('option', { name: new RegExp(`^${province.name}`) });
    await option.waitFor();
    await page.evaluate(() => {
      const timed = window as unknown as { __clickAt?: number };
      document.addEventListener('click', (event) => (timed.__clickAt = event.timeStamp), { capture: true, once: true });
    });
    await option.click();
    await page.waitForFunction(provinceShown, province.name, { timeout: 60_000, polling: 'raf' });
    // The frame that shows it has been painted once the task after it runs.
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve(performance.now() - (window as unknown as { __clickAt: number }).__clickAt), 0),
          ),
        ),
    );
  } finally {
    await context.close();
  }
}

/** A fresh visit to index.html?unit=<province>: navigation → its figures with fields painted. */
async function openProvinceByUrl(browser: Browser, federation: Federation, province: { id: string; name: string }): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.goto(`${federation.site.origin}/index.html?unit=${encodeURIComponent(province.id)}`);
    await page.waitForFunction(provinceShown, province.name, { timeout: 120_000, polling: 'raf' });
    return await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
    );
  } finally {
    await context.close();
  }
}

export type HeapFigures = {
  polls: number;
  seconds: number;
  startMB: number;
  warmUpMB: number;
  warmUpPolls: number;
  endMB: number;
  summariesServed: number;
  notModified: number;
  domNodesStart: number;
  domNodesEnd: number;
  /** Of the provinces, how many answered the unchanged poll after the hour with 304. */
  unchangedPoll304: number;
};

/**
 * The national figures of `version` are on screen: a KPI figure, no partial state, and the update time in the header
 * (oldest and newest generatedAt, equal here) is that version's.
 */
async function shownAt(page: Page, version: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const times = [...document.querySelectorAll('.updated-at time')];
      return (
        /\d/.test(document.querySelector('.kpi-tile__value')?.textContent ?? '') &&
        !document.querySelector('.federation-partial') &&
        times.length > 0 &&
        times.every((time) => Date.parse(time.getAttribute('datetime') ?? '') === expected)
      );
    },
    NOW.getTime() + version * POLL_SECONDS * 1000,
    { timeout: 60_000, polling: 20 },
  );
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The dashboard's national view on Playwright's clock: before each poll every feed moves to a new version, the clock
 * advances pollSeconds (the page's own timers fire its polls), and the poll is done when every feed has served that
 * version and the page is quiet. The heap after two forced collections at the start, after a warm-up, and at the end.
 */
async function heapOverPolls(
  browser: Browser,
  federation: Federation,
  polls: number,
  single: boolean,
  log: (line: string) => void,
): Promise<HeapFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    const before = answered(federation);
    await page.goto(`${federation.site.origin}/index.html`);
    await waitUntil(
      () => federation.provinces.every((server, i) => server.answers.summary + server.answers.full > before[i]!),
      'every feed served',
      120_000,
    );
    await shownAt(page, 0);
    await settle(page, 700, 15_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return { mb: heap.usedSize / 2 ** 20, nodes: metrics.find((metric) => metric.name === 'Nodes')?.value ?? 0 };
    };
    const started = Date.now();
    const servedBefore = federation.provinces.reduce((sum, server) => sum + server.answers.summary, 0);
    const notModifiedBefore = federation.provinces.reduce((sum, server) => sum + server.answers.notModified, 0);
    const start = await sample();
    log(`heap at the start: ${start.mb.toFixed(2)} MB, ${start.nodes} DOM nodes`);
    const warmUpPolls = Math.min(30, Math.floor(polls / 4));
    let warmUp = start;
    for (let poll = 1; poll <= polls; poll += 1) {
      federation.setVersion(poll);
      await page.clock.runFor(POLL_SECONDS * 1000);
      await waitUntil(
        () => federation.provinces.every((server) => server.servedAt[single ? 'full' : 'summary'].has(poll)),
        `poll ${poll} of every feed`,
      );
      // Every feed's new document is served; its parse, merge and render are done when the page is quiet.
      await shownAt(page, poll);
      await settle(page, 250, 5000);
      if (poll === warmUpPolls) {
        warmUp = await sample();
        log(`heap after ${poll} polls: ${warmUp.mb.toFixed(2)} MB`);
      } else if (poll % 60 === 0) {
        log(`poll ${poll}/${polls} (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
    const end = await sample();
    log(`heap after ${polls} polls: ${end.mb.toFixed(2)} MB, ${end.nodes} DOM nodes`);
    // Then one poll with nothing changed: each province's server should answer it 304, through the CORS preflight.
    const notModified = () => federation.provinces.reduce((sum, server) => sum + server.answers.notModified, 0);
    const notModifiedBeforeUnchanged = notModified();
    await page.clock.runFor(POLL_SECONDS * 1000);
    const deadline = Date.now() + 30_000;
    while (notModified() - notModifiedBeforeUnchanged < federation.provinces.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return {
      polls,
      seconds: Math.round((Date.now() - started) / 1000),
      startMB: start.mb,
      warmUpMB: warmUp.mb,
      warmUpPolls,
      endMB: end.mb,
      summariesServed: federation.provinces.reduce((sum, server) => sum + server.answers.summary, 0) - servedBefore,
      notModified: notModifiedBeforeUnchanged - notModifiedBefore,
      unchangedPoll304: notModified() - notModifiedBeforeUnchanged,
      domNodesStart: start.nodes,
      domNodesEnd: end.nodes,
    };
  } finally {
    await context.close();
  }
}

// ---- the benchmark

export type FederationFigures = {
  feeds: number;
  months: number;
  units: number;
  fullMB: number;
  summaryMB: number;
  summaryGzipMB: number;
  opened: { id: string; name: string; units: number; rows: number; mb: number; gzipKB: number };
  national: {
    gzip: boolean;
    first: Spread;
    complete: Spread;
    /** Navigation → the last feed's response received: the rest of `complete` is parse, merge and render. */
    lastFeed: Spread;
    /** How many values the figure went through as provinces came in. */
    values: Spread;
    feedKB: number;
    feedRequests: number;
    pageKB: number;
  }[];
  openByClick: Spread;
  openByUrl: Spread;
  heap: HeapFigures | null;
};

export async function benchFederation(
  browser: Browser,
  options: { runs: number; polls: number; single?: boolean; feeds?: number; log?: (line: string) => void },
): Promise<FederationFigures> {
  const log = options.log ?? ((line: string) => console.error(`[bench-federation] ${line}`));
  const count = options.single ? 1 : (options.feeds ?? provinces.length);
  log(`writing ${count} provinces' documents (about 1.5 s each)`);
  const written = writeFeeds(count, log);
  try {
    const { feeds } = written;
    const opened = feeds.find((feed) => feed.id === OPENED_PROVINCE.id) ?? feeds[0]!;
    const sum = (pick: (feed: WrittenFeed) => number) => feeds.reduce((total, feed) => total + pick(feed), 0);
    const national: FederationFigures['national'] = [];
    let openByClick: Spread | null = null;
    let openByUrl: Spread | null = null;
    for (const gzip of [false, true]) {
      const federation = await serveFederation(written, { siteGzip: gzip, single: options.single });
      try {
        const runs = gzip ? Math.max(1, Math.ceil(options.runs / 2)) : options.runs;
        const loads: NationalLoad[] = [];
        for (let run = 0; run < runs; run += 1) {
          loads.push(await loadNational(browser, federation));
          const last = loads[loads.length - 1]!;
          log(
            `national view, gzip ${gzip ? 'on' : 'off'}, run ${run + 1}/${runs}: first ${last.firstMs.toFixed(0)} ms, ` +
              `last feed received ${last.bytes.lastFeedMs.toFixed(0)} ms, all in ${last.completeMs.toFixed(0)} ms (${last.values} values painted), feeds ${(last.bytes.feeds / 1024).toFixed(0)} KB in ${last.bytes.feedRequests} requests`,
          );
        }
        const bytes = loads[loads.length - 1]!.bytes;
        national.push({
          gzip,
          first: spread(loads.map((load) => load.firstMs)),
          complete: spread(loads.map((load) => load.completeMs)),
          values: spread(loads.map((load) => load.values)),
          lastFeed: spread(loads.map((load) => load.bytes.lastFeedMs)),
          feedKB: bytes.feeds / 1024,
          feedRequests: bytes.feedRequests,
          pageKB: bytes.page / 1024,
        });
        if (!gzip && !options.single) {
          const clicks: number[] = [];
          const urls: number[] = [];
          for (let run = 0; run < options.runs; run += 1) {
            clicks.push(await openProvinceByClick(browser, federation, opened));
            urls.push(await openProvinceByUrl(browser, federation, opened));
            log(
              `open ${opened.name}, run ${run + 1}/${options.runs}: click ${clicks.at(-1)!.toFixed(0)} ms, URL ${urls.at(-1)!.toFixed(0)} ms`,
            );
          }
          openByClick = spread(clicks);
          openByUrl = spread(urls);
        }
      } finally {
        await federation.close();
      }
    }
    let heap: HeapFigures | null = null;
    if (options.polls > 0) {
      const federation = await serveFederation(written, { siteGzip: false, single: options.single, pollSeconds: POLL_SECONDS });
      try {
        heap = await heapOverPolls(browser, federation, options.polls, options.single === true, log);
      } finally {
        await federation.close();
      }
    }
    return {
      feeds: feeds.length,
      months: written.months,
      units: sum((feed) => feed.units),
      fullMB: sum((feed) => feed.fullBytes) / 2 ** 20,
      summaryMB: sum((feed) => feed.summaryBytes) / 2 ** 20,
      summaryGzipMB: sum((feed) => feed.summaryGzipBytes) / 2 ** 20,
      opened: {
        id: opened.id,
        name: opened.name,
        units: opened.units,
        rows: opened.fullRows,
        mb: opened.fullBytes / 2 ** 20,
        gzipKB: opened.fullGzipBytes / 1024,
      },
      national,
      openByClick: openByClick ?? spread([Number.NaN]),
      openByUrl: openByUrl ?? spread([Number.NaN]),
      heap,
    };
  } finally {
    written.remove();
  }
}

/** The rows of the printed table, in npm run bench's format. */
export function federationRows(chromium: string, figures: FederationFigures): BenchRow[] {
  const rows: BenchRow[] = [];
  const add = (section: string, name: string, unit: BenchRow['unit'], value: BenchRow['value'], note?: string) =>
    rows.push({ section, name, unit, value, ...(note ? { note } : {}) });
  const section =
    `${chromium}: index.html on a tthc-index/1 of ${figures.feeds} provincial feeds on ${figures.feeds} origins ` +
    `(${figures.units} units, ${figures.months} months by field: ${figures.fullMB.toFixed(0)} MB of full documents; ` +
    `summaries ${figures.summaryMB.toFixed(1)} MB, ${figures.summaryGzipMB.toFixed(1)} MB gzip)`;
  for (const load of figures.national) {
    const gzip = load.gzip ? 'gzip' : 'no gzip';
    add(section, `navigation → first national KPI figure painted, ${gzip}`, 'ms', load.first, load.gzip ? undefined : 'target ≤ 1500');
    add(section, `navigation → the last feed's response received, ${gzip}`, 'ms', load.lastFeed);
    add(section, `navigation → the whole country's figure painted (every feed in), ${gzip}`, 'ms', load.complete);
  }
  if (Number.isFinite(figures.openByClick.median)) {
    const opened = `${figures.opened.name}'s full document (${figures.opened.units} units, ${figures.opened.rows} rows, ${figures.opened.mb.toFixed(1)} MB)`;
    add(section, `open ${opened}: click → its figures and fields painted`, 'ms', figures.openByClick);
    add(section, `open it by URL (?unit=${figures.opened.id}): navigation → its figures and fields painted`, 'ms', figures.openByUrl);
  }
  for (const load of figures.national) {
    const gzip = load.gzip ? 'gzip' : 'no gzip';
    add(section, `bytes of the national view: the feeds (${load.feedRequests} requests), ${gzip}`, 'KB', load.feedKB * 1024);
    add(section, `bytes of the national view: the whole page load, ${gzip}`, 'KB', load.pageKB * 1024);
  }
  if (figures.heap) {
    const { heap } = figures;
    const hours = (heap.polls * POLL_SECONDS) / 3600;
    const heapSection =
      `${chromium}: index.html national view, JS heap after GC over ${heap.polls} accelerated polls of all ${figures.feeds} ` +
      `(${hours.toFixed(hours < 1 ? 2 : 1)} h at pollSeconds ${POLL_SECONDS}; ${heap.summariesServed} summaries served, in ${heap.seconds} s)`;
    add(heapSection, 'heap at the start', 'MB', heap.startMB);
    add(heapSection, `heap after ${heap.warmUpPolls} polls`, 'MB', heap.warmUpMB);
    add(heapSection, `heap after ${heap.polls} polls`, 'MB', heap.endMB);
    add(heapSection, `growth after the warm-up`, 'MB', heap.endMB - heap.warmUpMB);
    add(heapSection, 'DOM nodes at the start', 'count', heap.domNodesStart);
    add(heapSection, `DOM nodes after ${heap.polls} polls`, 'count', heap.domNodesEnd);
    add(heapSection, `then one unchanged poll: feeds answered 304 (of ${figures.feeds})`, 'count', heap.unchangedPoll304);
  }
  return rows;
}

function option(name: string, fallback: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given === undefined ? fallback : Number(given.split('=')[1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Math.max(1, option('runs', 5));
  const polls = option('polls', 360);
  const single = process.argv.includes('--single');
  const feeds = option('feeds', provinces.length);
  console.error(`bench-federation: ${DIST}, ${runs} runs, ${polls} polls${single ? ', one province as feedUrl' : ''}`);
  const browser = await launchChromium();
  try {
    const figures = await benchFederation(browser, { runs, polls, single, feeds });
    console.log(formatTable(federationRows(`Chromium ${browser.version()}`, figures)));
  } finally {
    await browser.close();
  }
}
