// Memory of the built kiosk over thousands of polls of a changing document: prints the JS heap after a warm-up
// and as the polls go on. A benchmark that prints figures, not a test. Target: under 5 MB growth over 2,000 polls.
//
//   npm run build && npx tsx scripts/bench-kiosk-memory.ts [polls=2000] [warmUp=200]
//
// How the interval is accelerated, honestly: the app has no test hook. config.json (served here) asks for
// pollSeconds 10, the minimum the app allows, and Playwright's clock (page.clock) replaces the page's timers and
// Date; before each poll the script advances that clock by 10 s, which fires the kiosk's own refetchInterval (and
// with it the wall clock, the slide rotation every 20 s, the burn-in step and the hourly housekeeping). The fetch,
// the parse of a 640 KB document (Cần Thơ's demo feed, a new generatedAt and new figures on every poll), the
// saved copy in localStorage and the render of the slides, charts included, are all real.
// The heap is read over CDP after two forced collections (HeapProfiler.collectGarbage, Runtime.getHeapUsage).
// What little still grows was, in a heap-snapshot diff between polls 300 and 1300, V8's compiled code and
// Chromium's DevTools network records (one per request, kept only while a debugger such as this script is
// attached), not objects of the app.
import { existsSync } from 'node:fs';
import { generateProvinceFeed } from '../mocks/demo-feed';
import { launchChromium } from '../tests/browser/support/browser';
import { json, startStaticServer } from '../tests/browser/support/static-server';

const POLLS = Number(process.argv[2] ?? 2000);
const WARM_UP = Number(process.argv[3] ?? 200);
const POLL_SECONDS = 10;
const START = Date.parse('2026-11-26T09:00:00+07:00');

if (!existsSync('dist/kiosk.html')) {
  console.error('dist/kiosk.html is missing: run npm run build first.');
  process.exit(1);
}

/** generatedAt at the second, as a publisher in Vietnam writes it. */
function vietnamIso(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

const server = await startStaticServer('dist');
server.route('/config.json', json({ feedUrl: 'feed.json', pollSeconds: POLL_SECONDS, staleAfterSeconds: 3600, kioskReloadHour: 3 }));
let served = 0;
let lastGeneratedAt = '';
server.route('/feed.json', (_request, response) => {
  // The page's clock as the publisher's: every poll a document of that moment, so every poll is a new document.
  const at = START + served * POLL_SECONDS * 1000;
  const document = generateProvinceFeed({ now: new Date(at) });
  document.generatedAt = vietnamIso(at);
  lastGeneratedAt = document.generatedAt;
  served += 1;
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(JSON.stringify(document));
});

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (error) => errors.push(error.message));
await page.clock.install({ time: START });
await page.goto(`${server.origin}/kiosk.html?rotate=20`);
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');

type Sample = { poll: number; heapMB: number; totalMB: number; nodes: number; listeners: number; storedKB: number };

async function sample(poll: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).reduce((sum, key) => sum + (localStorage.getItem(key)?.length ?? 0), 0),
  );
  return {
    poll,
    heapMB: heap.usedSize / 2 ** 20,
    totalMB: heap.totalSize / 2 ** 20,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    storedKB: stored / 1024,
  };
}

function print(s: Sample, note = '') {
  console.log(
    `${String(s.poll).padStart(6)}  ${s.heapMB.toFixed(2).padStart(8)} MB used  ${s.totalMB.toFixed(2).padStart(8)} MB total  ` +
      `${String(s.nodes).padStart(6)} nodes  ${String(s.listeners).padStart(5)} listeners  ` +
      `${s.storedKB.toFixed(0).padStart(5)} KB saved ${note}`,
  );
}

async function waitFor(condition: () => boolean, what: string, ms = 30_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function shown(generatedAt: string) {
  // The figures and "Cập nhật vào lúc" of this very document are on screen: its parse and render are done.
  await page.waitForFunction(
    (expected) => document.querySelector('.kiosk-updated time')?.getAttribute('datetime') === expected,
    generatedAt,
    {
      polling: 20,
      timeout: 30_000,
    },
  );
}

const started = Date.now();
await waitFor(() => served >= 1, 'the first poll');
await shown(lastGeneratedAt);
console.log(
  `kiosk.html, 1920×1080, a ${(JSON.stringify(generateProvinceFeed({ now: new Date(START) })).length / 1024).toFixed(0)} KB document per poll, pollSeconds ${POLL_SECONDS} on a fake clock`,
);
console.log('  poll    JS heap after GC               DOM');
print(await sample(0), '(first document)');
let baseline: Sample | null = null;
for (let poll = 1; poll <= POLLS; poll += 1) {
  const before = served;
  await page.clock.runFor(POLL_SECONDS * 1000);
  await waitFor(() => served > before, `poll ${poll}`);
  await shown(lastGeneratedAt);
  if (poll === WARM_UP) {
    baseline = await sample(poll);
    print(baseline, '(after warm-up: baseline)');
  } else if (poll % 250 === 0 || poll === POLLS) {
    print(await sample(poll));
  }
}
const end = await sample(POLLS);
await browser.close();
await server.close();

if (!baseline) throw new Error(`warm-up (${WARM_UP}) must be below the number of polls (${POLLS})`);
const growth = end.heapMB - baseline.heapMB;
console.log(
  `\n${POLLS} polls (${served} documents served, ${((POLLS * POLL_SECONDS) / 3600).toFixed(1)} h of kiosk time) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `JS heap after warm-up (poll ${WARM_UP}): ${baseline.heapMB.toFixed(2)} MB; at poll ${POLLS}: ${end.heapMB.toFixed(2)} MB; ` +
    `growth ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB over ${POLLS - WARM_UP} polls (target < 5 MB): ${growth < 5 ? 'within target' : 'OVER TARGET'}`,
);
console.log(`DOM nodes ${baseline.nodes} → ${end.nodes}; listeners ${baseline.listeners} → ${end.listeners}`);
if (errors.length > 0) console.log(`page errors: ${errors.slice(0, 5).join(' | ')}`);
