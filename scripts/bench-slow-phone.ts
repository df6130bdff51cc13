// widget.html on a slow phone's emulation beside a minimal hand-written page (tests/bench/minimal-widget.*) that reads the
// same config.json and feed and writes the same sentence with no framework; both measured in the same run, interleaved.
// npm run bench calls benchSlowPhone(); alone, after a build: [DIST_DIR=…] npx tsx scripts/bench-slow-phone.ts [runs]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { generateProvinceFeed } from '../mocks/demo-feed';
import type { FeedDocument } from '../src/feed/feed-schema';
import { parseFeedDocument } from '../src/feed/parse-feed';
import { monthKey } from '../src/feed/month';
import { periodFigures } from '../src/stats/roll-up';
import { spread, type Spread } from './bench-figures';
import { NUMBERS_SELECTOR } from './bench-pages';
import { serveFeed, type FeedServer } from './bench-serve';
import { launchChromium } from '../tests/browser/support/browser';

/** Chromium's "slow phone": CPU 4× slower, 150 ms latency, 1.6 Mbps down, 750 kbps up. */
export const SLOW_PHONE = { cpu: 4, latency: 150, download: 200_000, upload: 93_750 };

const MINIMAL = new URL('../tests/bench/', import.meta.url).pathname;

export type SlowPhoneFigures = {
  feed: string;
  feedBytes: number;
  feedGzipBytes: number;
  widget: Spread;
  minimal: Spread;
  ratio: number;
  sameSentence: boolean;
};

/** Cần Thơ's demo document at a fixed clock: what `feedUrl` serves in a province. */
export function provinceDocument(): FeedDocument {
  return generateProvinceFeed({ now: new Date('2026-11-26T09:40:00Z') });
}

/** A document of the same shape that lists the root alone with the province's totals: what FEED.md suggests for `widgetFeedUrl`. */
export function rootOnlyDocument(document: FeedDocument): FeedDocument {
  const parsed = parseFeedDocument(document);
  if (!parsed.ok || !parsed.model.months) throw new Error('demo feed refused');
  const { model } = parsed;
  const months = parsed.model.months;
  const root = model.units.get(model.rootId)!;
  const rows: FeedDocument['stats'] = [];
  for (let month = months.earliest; month <= months.latest; month += 1) {
    const f = periodFigures(model, { from: month, to: month }).get(root.id)!;
    rows.push({
      unitId: root.id,
      month: monthKey(month),
      carriedOver: f.carriedOver,
      receivedOnline: f.receivedOnline,
      receivedDirect: f.receivedDirect,
      receivedPostal: f.receivedPostal,
      resolvedEarly: f.resolvedEarly,
      resolvedOnTime: f.resolvedOnTime,
      resolvedLate: f.resolvedLate,
      returned: f.returned,
      pendingWithinDeadline: f.pendingWithinDeadline,
      pendingOverdue: f.pendingOverdue,
    });
  }
  return { ...document, units: [{ id: root.id, name: root.name, kind: root.kind }], stats: rows };
}

function serveMinimalPage(server: FeedServer) {
  for (const [name, type] of [
    ['minimal-widget.html', 'text/html; charset=utf-8'],
    ['minimal-widget.js', 'text/javascript; charset=utf-8'],
  ] as const) {
    const body = readFileSync(`${MINIMAL}${name}`);
    const gzipped = gzipSync(body, { level: 6 });
    server.route(`/${name}`, (request, response) => {
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(gzip ? gzipped : body);
    });
  }
}

/** One first visit on the slow phone: navigation → the sentence painted, and the sentence's text. */
async function slowVisit(browser: Browser, url: string): Promise<{ ms: number; sentence: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 480 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latency,
      downloadThroughput: SLOW_PHONE.download,
      uploadThroughput: SLOW_PHONE.upload,
    });
    await page.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => ((window as unknown as { numbersAt: number }).numbersAt = performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, NUMBERS_SELECTOR);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { numbersAt?: number }).numbersAt !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const ms = await page.evaluate(() => (window as unknown as { numbersAt: number }).numbersAt);
    const sentence = await page.locator('.widget__figures p').allTextContents();
    return { ms, sentence };
  } finally {
    await context.close();
  }
}

export async function benchSlowPhone(
  browser: Browser,
  feed: { name: string; document: FeedDocument },
  runs: number,
): Promise<SlowPhoneFigures> {
  const text = JSON.stringify(feed.document);
  const server = await serveFeed(text, { gzip: true, pollSeconds: 60 });
  serveMinimalPage(server);
  try {
    const widget: number[] = [];
    const minimal: number[] = [];
    let sameSentence = true;
    for (let run = 0; run < runs; run += 1) {
      // Interleaved, so that a noisy moment on the machine weighs on both pages alike.
      const a = await slowVisit(browser, `${server.origin}/widget.html`);
      const b = await slowVisit(browser, `${server.origin}/minimal-widget.html`);
      widget.push(a.ms);
      minimal.push(b.ms);
      if (a.sentence.join('\n') !== b.sentence.join('\n')) sameSentence = false;
    }
    const widgetSpread = spread(widget);
    const minimalSpread = spread(minimal);
    return {
      feed: feed.name,
      feedBytes: Buffer.byteLength(text),
      feedGzipBytes: gzipSync(text, { level: 6 }).length,
      widget: widgetSpread,
      minimal: minimalSpread,
      ratio: widgetSpread.median / minimalSpread.median,
      sameSentence,
    };
  } finally {
    await server.close();
  }
}

/** Both feeds npm run bench measures: the whole province as feedUrl, and the root-only document as widgetFeedUrl. */
export function slowPhoneFeeds(): Array<{ name: string; document: FeedDocument }> {
  const province = provinceDocument();
  return [
    { name: 'whole province as feedUrl', document: province },
    { name: 'root-only document as widgetFeedUrl', document: rootOnlyDocument(province) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 7);
  const browser = await launchChromium();
  try {
    for (const feed of slowPhoneFeeds()) {
      const figures = await benchSlowPhone(browser, feed, runs);
      const ms = (spread: Spread) => `${spread.median.toFixed(0)} ms (${spread.min.toFixed(0)}–${spread.max.toFixed(0)})`;
      console.log(
        `${figures.feed}: widget.html ${ms(figures.widget)}, minimal ${ms(figures.minimal)}, ratio ${figures.ratio.toFixed(2)}×` +
          `${figures.sameSentence ? '' : ', NOT the same sentence'} (${runs} runs each)`,
      );
    }
  } finally {
    await browser.close();
  }
}
