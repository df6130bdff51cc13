// Benchmark of widget.html, built: what it transfers (gzipped) and how long a slow phone waits for the numbers. Prints figures; asserts nothing.
// npx tsx scripts/bench-widget.ts [runs]   (after npm run build)
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/support/browser';
import { generateProvinceFeed } from '../mocks/demo-feed';
import { parseFeedDocument } from '../src/feed/parse-feed';
import type { FeedDocument } from '../src/feed/feed-schema';
import { monthKey } from '../src/feed/month';
import { periodFigures } from '../src/stats/roll-up';

const DIST = new URL('../dist/', import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 5);
/** Chromium's "slow phone": CPU 4× slower, 150 ms latency, 1.6 Mbps down, 750 kbps up. */
const SLOW_PHONE = { cpu: 4, latency: 150, download: 200_000, upload: 93_750 };

if (!existsSync(join(DIST, 'widget.html'))) throw new Error('No dist/widget.html: run npm run build first.');

const gz = (bytes: Buffer | string, level = 9) => gzipSync(bytes, { level }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** widget.html and every file it loads before it can run: its scripts, their static imports, its stylesheets. */
function staticFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(join(DIST, 'widget.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports only ("import … from './x.js'", "import './x.js'"); import() is loaded on demand (the demo's MSW) and not counted.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g))
      visit(join('assets', match[1]!.slice(2)));
  };
  for (const ref of refs.filter((file) => file.endsWith('.js'))) visit(ref);
  return { js: [...js], css: refs.filter((file) => file.endsWith('.css')) };
}

function printBuildFigures() {
  const { js, css } = staticFiles();
  const html = readFileSync(join(DIST, 'widget.html'));
  const sum = (files: string[], level: number) => files.reduce((total, file) => total + gz(readFileSync(join(DIST, file)), level), 0);
  console.log('widget.html, from the build (gzip -9; gzip -6 in brackets):');
  for (const file of js) console.log(`  ${file.padEnd(44)} ${kb(gz(readFileSync(join(DIST, file))))}`);
  const jsTotal = sum(js, 9);
  const total = jsTotal + sum(css, 9) + gz(html);
  console.log(`  JavaScript, all static imports:            ${kb(jsTotal)} [${kb(sum(js, 6))}]  (budget 80 KB)`);
  console.log(`  CSS:                                       ${kb(sum(css, 9))}`);
  console.log(`  widget.html + JS + CSS:                    ${kb(total)} [${kb(sum(js, 6) + sum(css, 6) + gz(html, 6))}]`);
  const embed = readFileSync(join(DIST, 'embed.js'));
  console.log(`  embed.js:                                  ${kb(gz(embed))} (${embed.length} bytes raw; budget 2 KB)`);
}

/** The whole province (what feedUrl serves) and a root-only document of the same shape (what FEED.md suggests for widgetFeedUrl). */
function feeds(): { province: string; rootOnly: string } {
  const document = generateProvinceFeed({ now: new Date('2026-11-26T09:40:00Z') });
  const parsed = parseFeedDocument(document);
  if (!parsed.ok) throw new Error('demo feed refused');
  const { model } = parsed;
  const root = model.units.get(model.rootId)!;
  const rows: FeedDocument['stats'] = [];
  for (let month = model.months!.earliest; month <= model.months!.latest; month += 1) {
    const figures = periodFigures(model, { from: month, to: month }).get(root.id)!;
    const {
      rowCount: _rows,
      received: _r,
      toProcess: _t,
      resolved: _s,
      pending: _p,
      onTimeRate: _o,
      onlineRate: _l,
      progressRate: _g,
      ...counts
    } = figures;
    rows.push({ unitId: root.id, month: monthKey(month), ...counts });
  }
  const rootOnly: FeedDocument = { ...document, units: [{ id: root.id, name: root.name, kind: root.kind }], stats: rows };
  return { province: JSON.stringify(document), rootOnly: JSON.stringify(rootOnly) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** dist/ served as a real deployment would: gzip on the wire, config.json pointing at the chosen feed. */
async function serve(feedText: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const config = JSON.stringify({ feedUrl: 'feed.json', pollSeconds: 60, timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 10 ** 9 });
  const send = (response: ServerResponse, type: string, body: Buffer | string, gzipped: boolean) => {
    const bytes = gzipped ? gzipSync(body, { level: 6 }) : Buffer.from(body);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(bytes);
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (path === '/config.json') return send(response, TYPES['.json']!, config, gzipped);
    if (path === '/feed.json') return send(response, TYPES['.json']!, feedText, gzipped);
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file)) return void response.writeHead(404).end();
    send(response, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), gzipped);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

type Run = { numbersMs: number; transfer: { js: number; other: number; feed: number } };

async function oneRun(browser: Browser, url: string): Promise<Run> {
  // A fresh context each run: a first visit, nothing cached.
  const context = await browser.newContext({ viewport: { width: 320, height: 480 }, timezoneId: 'Asia/Ho_Chi_Minh' });
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
  const urls = new Map<string, string>();
  const transfer = { js: 0, other: 0, feed: 0 };
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId) ?? '';
    if (url.endsWith('/feed.json')) transfer.feed += event.encodedDataLength;
    else if (url.endsWith('.js')) transfer.js += event.encodedDataLength;
    else transfer.other += event.encodedDataLength;
  });
  // The moment the figures are in the DOM, then the frame after (when they are painted), on the page's clock (0 = navigation start).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.widget__figures')) return;
      observer.disconnect();
      requestAnimationFrame(() => ((window as unknown as { numbersAt: number }).numbersAt = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { numbersAt?: number }).numbersAt !== undefined, null, { timeout: 60_000 });
  const numbersMs = await page.evaluate(() => (window as unknown as { numbersAt: number }).numbersAt);
  await context.close();
  return { numbersMs, transfer };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

printBuildFigures();
const { province, rootOnly } = feeds();
const browser = await launchChromium();
try {
  for (const [name, feed] of [
    ['whole province feed as feedUrl', province],
    ['root-only document as widgetFeedUrl', rootOnly],
  ] as const) {
    const server = await serve(feed);
    try {
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await oneRun(browser, `${server.origin}/widget.html`));
      const last = runs[runs.length - 1]!.transfer;
      console.log(
        `\nSlow phone (CPU ${SLOW_PHONE.cpu}×, ${SLOW_PHONE.latency} ms, 1.6 Mbps down, 750 kbps up), ${name} (${kb(feed.length)} raw, ${kb(gz(feed, 6))} gzipped):`,
      );
      console.log(`  navigation → numbers painted, ${RUNS} runs: ${runs.map((run) => Math.round(run.numbersMs)).join(', ')} ms`);
      console.log(`  median: ${Math.round(median(runs.map((run) => run.numbersMs)))} ms`);
      console.log(
        `  on the wire: JS ${kb(last.js)}, HTML+CSS+config ${kb(last.other)}, feed ${kb(last.feed)}, total ${kb(last.js + last.other + last.feed)}`,
      );
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
