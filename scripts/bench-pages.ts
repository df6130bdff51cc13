// Chromium figures of the built pages: navigation → first numbers, long tasks while the national document loads,
// the time each dashboard interaction takes to reach the screen, and the DOM mutations of an unchanged and of a changed poll.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { spread, type Spread } from './bench-figures';

export const PAGES = ['index.html', 'widget.html', 'kiosk.html'] as const;
export type PageName = (typeof PAGES)[number];

const VIEWPORTS: Record<PageName, { width: number; height: number }> = {
  'index.html': { width: 1440, height: 900 },
  'widget.html': { width: 360, height: 480 },
  'kiosk.html': { width: 1920, height: 1080 },
};

/** The first element that carries figures, on each page: a KPI tile, the widget's sentence, a kiosk tile, lead or row. */
export const NUMBERS_SELECTOR = '.kpi-tile__value, .widget__figures, .kiosk-tile__value, .kiosk-lead__rate, .kiosk-row__value';

type LongTask = { start: number; duration: number };
type BenchWindow = Window & { __bench: { numbersAt?: number; longTasks: LongTask[] } };

/** Runs in the page before its scripts: records long tasks and the moment the first numbers are painted. */
function recordLoad(selector: string) {
  const bench = { longTasks: [] as LongTask[], numbersAt: undefined as number | undefined };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    // The frame after the figures reach the DOM is the one that paints them; the task after it runs once it is painted.
    requestAnimationFrame(() => setTimeout(() => (bench.numbersAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export type LoadRun = { numbersMs: number; longTaskCount: number; longTaskMs: number; longestTaskMs: number };

async function newContext(browser: Browser, pageName: PageName): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORTS[pageName], timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
}

/**
 * Waits until the page has had no long task (and, with `mutations`, no DOM change) for `quietMs`, at most `maxMs`.
 * The kiosk's clock and progress bar change the DOM for ever: its loads wait for long tasks only.
 */
export async function settle(page: Page, quietMs = 1000, maxMs = 15_000, mutations = true): Promise<void> {
  await page.evaluate(
    ({ quietMs, maxMs, mutations }) =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const started = last;
        const observer = new MutationObserver(() => (last = performance.now()));
        if (mutations) observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
        const tasks = new PerformanceObserver(() => (last = performance.now()));
        tasks.observe({ type: 'longtask' });
        // No named inner function here: tsx would wrap it in a helper (__name) the page does not have.
        const timer = setInterval(() => {
          const now = performance.now();
          if (now - last < quietMs && now - started < maxMs) return;
          clearInterval(timer);
          observer.disconnect();
          tasks.disconnect();
          resolve();
        }, 100);
      }),
    { quietMs, maxMs, mutations },
  );
}

/** One first visit in a fresh context: navigation → numbers painted, and the long tasks until a second passes without one. */
export async function loadOnce(browser: Browser, url: string, pageName: PageName): Promise<LoadRun> {
  const context = await newContext(browser, pageName);
  try {
    const page = await context.newPage();
    await page.addInitScript(recordLoad, NUMBERS_SELECTOR);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.numbersAt !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    await settle(page, 1000, 15_000, false);
    const { numbersAt, longTasks } = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    return {
      numbersMs: numbersAt!,
      longTaskCount: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
    };
  } finally {
    await context.close();
  }
}

export type LoadFigures = { numbers: Spread; longTaskCount: Spread; longTaskMs: Spread; longestTaskMs: Spread };

export async function loadFigures(browser: Browser, url: string, pageName: PageName, runs: number): Promise<LoadFigures> {
  const results: LoadRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await loadOnce(browser, url, pageName));
  return {
    numbers: spread(results.map((r) => r.numbersMs)),
    longTaskCount: spread(results.map((r) => r.longTaskCount)),
    longTaskMs: spread(results.map((r) => r.longTaskMs)),
    longestTaskMs: spread(results.map((r) => r.longestTaskMs)),
  };
}

type ArmedWindow = Window & { __interaction?: Promise<number>; __interactionThen?: Promise<number> };

/**
 * Arms a timer for the next `type` event: from the event's timestamp to the paint that follows the first DOM change it
 * causes (what a user waits for), and, with `then`, to the paint after `then` first matches (a part drawn later).
 * The event listener runs in the capture phase, before React's own.
 */
async function arm(page: Page, type: 'click' | 'input' | 'change' | 'keydown', then: string | null): Promise<void> {
  await page.evaluate(
    ({ type, then }) => {
      const armed = window as ArmedWindow;
      // Resolvers kept on an object: a function stored in a local would get a tsx helper (__name) the page lacks.
      const done: { first?: (ms: number) => void; then?: (ms: number) => void } = {};
      armed.__interaction = new Promise<number>((resolve) => (done.first = resolve));
      armed.__interactionThen = new Promise<number>((resolve) => (done.then = resolve));
      document.addEventListener(
        type,
        (event) => {
          const start = event.timeStamp;
          const root = document.getElementById('root') ?? document.body;
          const timeout = setTimeout(() => {
            done.first?.(Number.NaN);
            done.then?.(Number.NaN);
          }, 20_000);
          let changed = false;
          const observer = new MutationObserver(() => {
            if (!changed) {
              changed = true;
              requestAnimationFrame(() => setTimeout(() => done.first?.(performance.now() - start), 0));
            }
            if (then === null || document.querySelector(then)) {
              observer.disconnect();
              clearTimeout(timeout);
              requestAnimationFrame(() => setTimeout(() => done.then?.(performance.now() - start), 0));
            }
          });
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        },
        { capture: true, once: true },
      );
    },
    { type, then },
  );
}

/** Runs `act`, which must cause one `type` event, and returns how long that event took to reach the screen. */
export async function timeInteraction(
  page: Page,
  type: 'click' | 'input' | 'change' | 'keydown',
  act: () => Promise<void>,
): Promise<number> {
  return (await timeInteractionAndPart(page, type, act, null)).first;
}

/** timeInteraction, and also the time until the part `then` names is drawn (the charts, drawn after the figures). */
export async function timeInteractionAndPart(
  page: Page,
  type: 'click' | 'input' | 'change' | 'keydown',
  act: () => Promise<void>,
  then: string | null,
): Promise<{ first: number; part: number }> {
  await arm(page, type, then);
  await act();
  const first = await page.evaluate(() => (window as ArmedWindow).__interaction!);
  const part = await page.evaluate(() => (window as ArmedWindow).__interactionThen!);
  if (!Number.isFinite(first) || !Number.isFinite(part)) throw new Error(`the ${type} did not change the page as expected`);
  return { first, part };
}

type MutationRecordWindow = Window & { __mutations: { inside: number; apart: number }; __mutationObserver?: MutationObserver };

/**
 * Counts the DOM mutations under `selector` while `act` runs and until the page is quiet again: `apart` those under
 * `apartSelector` (the charts, whose animation makes their count vary from run to run), `inside` all the others.
 */
export async function countMutations(
  page: Page,
  selector: string,
  act: () => Promise<void>,
  apartSelector = '.charts',
): Promise<{ inside: number; apart: number }> {
  await page.evaluate(
    ({ selector, apartSelector }) => {
      const record = window as unknown as MutationRecordWindow;
      record.__mutationObserver?.disconnect();
      record.__mutations = { inside: 0, apart: 0 };
      record.__mutationObserver = new MutationObserver((list) => {
        for (const mutation of list) {
          const element = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
          if (element?.closest(apartSelector)) record.__mutations.apart += 1;
          else record.__mutations.inside += 1;
        }
      });
      record.__mutationObserver.observe(document.querySelector(selector)!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    { selector, apartSelector },
  );
  await act();
  await settle(page, 1000);
  return page.evaluate(() => {
    const record = window as unknown as MutationRecordWindow;
    record.__mutationObserver?.disconnect();
    return record.__mutations;
  });
}

/** Starts recording long tasks in an open page; the returned function stops and sums them. */
export async function watchLongTasks(page: Page): Promise<() => Promise<{ count: number; totalMs: number; longestMs: number }>> {
  await page.evaluate(() => {
    const record = window as unknown as { __tasks: number[]; __taskObserver?: PerformanceObserver };
    record.__tasks = [];
    record.__taskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.__tasks.push(entry.duration);
    });
    record.__taskObserver.observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const record = window as unknown as { __tasks: number[]; __taskObserver?: PerformanceObserver };
      record.__taskObserver?.disconnect();
      return {
        count: record.__tasks.length,
        totalMs: record.__tasks.reduce((sum, ms) => sum + ms, 0),
        longestMs: Math.max(0, ...record.__tasks),
      };
    });
}

export async function openDashboard(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(browser, 'index.html');
  const page = await context.newPage();
  await page.addInitScript(recordLoad, NUMBERS_SELECTOR);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.numbersAt !== undefined, null, {
    timeout: 60_000,
    polling: 50,
  });
  await settle(page);
  return { page, close: () => context.close() };
}
