// The dashboard on the national document in Chromium: every interaction an official makes, timed from input to the paint
// that shows its result, then the DOM mutations and main-thread long tasks of an unchanged and of a changed poll.
import type { Browser, Page } from 'playwright-core';
import { spread, type Spread } from './bench-figures';
import { countMutations, openDashboard, settle, timeInteraction, timeInteractionAndPart, watchLongTasks } from './bench-pages';
import type { FeedServer } from './bench-serve';

export type InteractionName =
  | 'pick a province'
  | 'pick a province, until its charts are drawn'
  | 'back to the national view'
  | 'drill to a commune'
  | 'change the period'
  | 'scope: every unit below (3,853 rows)'
  | 'sort the largest table by name'
  | 'sort the largest table by on-time rate'
  | 'filter the largest table'
  | 'clear the filter';

export type PollFigures = {
  unchangedPolls: number;
  /** DOM mutations in #main outside the charts, and in the charts. */
  unchangedMutations: { inside: number; apart: number };
  changedMutations: { inside: number; apart: number };
  changedLongTasks: { count: number; totalMs: number; longestMs: number };
};

const PROVINCE = 'Thành phố Cần Thơ';
const COMMUNE = 'Phường Cái Khế';

const kpiValue = (page: Page) => page.getByRole('region', { name: 'Đã tiếp nhận', exact: true }).locator('.kpi-tile__value');
const heading = (page: Page) => page.locator('.view-heading');

async function headingContains(page: Page, text: string) {
  await page.waitForFunction((text) => document.querySelector('.view-heading')?.textContent?.includes(text) === true, text, {
    polling: 50,
  });
}

/** The figures and table first (what the user waits for), then the charts, which redraw in a render React can interrupt. */
async function pickProvince(page: Page): Promise<{ numbers: number; charts: number }> {
  const combobox = page.getByRole('combobox', { name: 'Đơn vị', exact: true });
  await combobox.click();
  await combobox.fill('can tho');
  const option = page.getByRole('option', { name: new RegExp(`^${PROVINCE}`) });
  await option.waitFor();
  // The charts are drawn when their panel is no longer busy and shows the province's trend.
  const { first, part } = await timeInteractionAndPart(page, 'click', () => option.click(), '.panel[aria-busy="false"] .chart-card--wide');
  await headingContains(page, PROVINCE);
  return { numbers: first, charts: part };
}

async function backToNational(page: Page): Promise<number> {
  const ms = await timeInteraction(page, 'click', () =>
    page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: 'Toàn quốc' }).click(),
  );
  await headingContains(page, 'Toàn quốc');
  return ms;
}

async function drillToCommune(page: Page): Promise<number> {
  const ms = await timeInteraction(page, 'click', () => page.getByRole('link', { name: COMMUNE, exact: true }).click());
  await headingContains(page, COMMUNE);
  await page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: PROVINCE }).click();
  await headingContains(page, PROVINCE);
  return ms;
}

async function changePeriod(page: Page, value: string): Promise<number> {
  const before = await heading(page).textContent();
  const ms = await timeInteraction(page, 'change', () =>
    page
      .getByLabel('Kỳ báo cáo')
      .selectOption(value)
      .then(() => undefined),
  );
  await page.waitForFunction((before) => document.querySelector('.view-heading')?.textContent !== before, before, { polling: 50 });
  return ms;
}

/** `runs` timings of one interaction, each once the page is quiet again. */
async function times(page: Page, runs: number, once: (run: number) => Promise<number>): Promise<Spread> {
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    values.push(await once(run));
    await settle(page, 300, 5000);
  }
  return spread(values);
}

export async function benchDashboardInteractions(
  browser: Browser,
  server: FeedServer,
  runs: number,
): Promise<Map<InteractionName, Spread>> {
  const { page, close } = await openDashboard(browser, `${server.origin}/index.html`);
  const figures = new Map<InteractionName, Spread>();
  try {
    const picks: number[] = [];
    const pickCharts: number[] = [];
    const backs: number[] = [];
    const drills: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const pick = await pickProvince(page);
      picks.push(pick.numbers);
      pickCharts.push(pick.charts);
      await settle(page, 300, 5000);
      drills.push(await drillToCommune(page));
      await settle(page, 300, 5000);
      backs.push(await backToNational(page));
      await settle(page, 300, 5000);
    }
    figures.set('pick a province', spread(picks));
    figures.set('pick a province, until its charts are drawn', spread(pickCharts));
    figures.set('drill to a commune', spread(drills));
    figures.set('back to the national view', spread(backs));
    figures.set('change the period', await times(page, runs, (run) => changePeriod(page, run % 2 === 0 ? '2026-Q3' : 'ytd')));
    if ((await heading(page).textContent())?.includes('Quý')) await changePeriod(page, 'ytd');

    const scope = page.getByLabel('Phạm vi');
    figures.set(
      'scope: every unit below (3,853 rows)',
      await times(page, runs, async () => {
        const ms = await timeInteraction(page, 'change', () => scope.selectOption('descendants').then(() => undefined));
        await settle(page, 300, 5000);
        await scope.selectOption('children');
        return ms;
      }),
    );
    await scope.selectOption('descendants');
    await page.waitForFunction(() => /3\.853/.test(document.querySelector('.table-count')?.textContent ?? ''), null, { polling: 50 });
    await settle(page, 300, 5000);
    const byName = page.getByRole('button', { name: /Lĩnh vực \/ đơn vị/ });
    figures.set('sort the largest table by name', await times(page, runs, () => timeInteraction(page, 'click', () => byName.click())));
    const byRate = page.getByRole('button', { name: /Tỷ lệ đúng hạn/ });
    figures.set(
      'sort the largest table by on-time rate',
      await times(page, runs, () => timeInteraction(page, 'click', () => byRate.click())),
    );
    const filter = page.getByLabel('Lọc theo tên');
    const clears: number[] = [];
    figures.set(
      'filter the largest table',
      await times(page, runs, async () => {
        const ms = await timeInteraction(page, 'input', () => filter.fill('phu'));
        await settle(page, 300, 5000);
        clears.push(await timeInteraction(page, 'input', () => filter.fill('')));
        return ms;
      }),
    );
    figures.set('clear the filter', spread(clears));
    return figures;
  } finally {
    await close();
  }
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A copy of the document with one commune's latest month moved by one dossier (received and resolved early alike, so it stays consistent). */
export function changedDocument(text: string, generatedAt: string): string {
  const document = JSON.parse(text) as {
    generatedAt: string;
    units: Array<{ id: string; kind: string }>;
    stats: Array<{ unitId: string; month: string; receivedOnline: number; resolvedEarly: number }>;
  };
  const commune = document.units.find((unit) => unit.kind === 'commune')!;
  const rows = document.stats.filter((row) => row.unitId === commune.id);
  const latest = rows.reduce((a, b) => (a.month > b.month ? a : b));
  latest.receivedOnline += 1;
  latest.resolvedEarly += 1;
  document.generatedAt = generatedAt;
  return JSON.stringify(document);
}

export async function benchPolls(browser: Browser, server: FeedServer, text: string): Promise<PollFigures> {
  server.setFeed(text);
  const { page, close } = await openDashboard(browser, `${server.origin}/index.html`);
  try {
    const checkNow = page.getByRole('button', { name: 'Kiểm tra ngay' });
    const unchangedPolls = 3;
    const asked = server.feedAnswers.notModified;
    const unchangedMutations = await countMutations(page, '#main', async () => {
      for (let i = 0; i < unchangedPolls; i += 1) {
        const answered = server.feedAnswers.notModified;
        await checkNow.click();
        await waitUntil(() => server.feedAnswers.notModified > answered, 'a 304 for the unchanged poll');
        await page.waitForFunction(
          () => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Kiểm tra ngay' && !button.disabled),
          null,
          { polling: 50 },
        );
      }
    });
    if (server.feedAnswers.notModified - asked < unchangedPolls) throw new Error('the unchanged polls were not answered 304');
    const before = await kpiValue(page).textContent();
    server.setFeed(changedDocument(text, '2026-11-26T16:41:00+07:00'));
    const stop = await watchLongTasks(page);
    const changedMutations = await countMutations(page, '#main', async () => {
      await checkNow.click();
      await page.waitForFunction((before) => document.querySelector('.kpi-tile__value')?.textContent !== before, before, {
        polling: 50,
        timeout: 30_000,
      });
    });
    const changedLongTasks = await stop();
    return { unchangedMutations, unchangedPolls, changedMutations, changedLongTasks };
  } finally {
    server.setFeed(text);
    await close();
  }
}
