// The dashboard on a document by field in Chromium (issue 12): navigation → first numbers painted, input → paint for a
// pick in the field picker, a pick in the unit picker and a change of period, and the DOM mutations of unchanged polls.
// Run alone (builds nothing: dist/ or DIST_DIR): npx tsx scripts/bench-fields.ts [runs]; npm run bench uses benchFieldsDashboard().
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/support/browser';
import { canThoByFieldText } from './bench-engine';
import { formatTable, spread, type BenchRow, type Spread } from './bench-figures';
import { countMutations, loadFigures, openDashboard, settle, timeInteraction, type LoadFigures } from './bench-pages';
import { DIST, serveFeed, type FeedServer } from './bench-serve';

export type FieldPickName = 'pick a field (Đất đai ↔ every field)' | 'pick a unit (a commune ↔ the province)' | 'change the period';

export type FieldsDashboardFigures = {
  load: LoadFigures;
  picks: Map<FieldPickName, Spread>;
  unchangedPolls: number;
  /** DOM mutations in #main outside the charts, and in the charts, over the unchanged polls (answered 304). */
  unchangedMutations: { inside: number; apart: number };
};

/** Each pick alternates between these two, so every run changes what is shown. */
const FIELDS = [
  { query: 'dat dai', name: 'Đất đai' },
  { query: 'moi linh vuc', name: 'Mọi lĩnh vực' },
];
const UNITS = [
  { query: 'cai khe', name: 'Phường Cái Khế' },
  { query: 'can tho', name: 'Thành phố Cần Thơ' },
];
const PERIODS = ['2026-Q3', 'ytd'];

/** Types the query into a search combobox, checks the first option is the one meant, and times the Enter that picks it. */
async function pickInCombobox(page: Page, label: string, choice: { query: string; name: string }): Promise<number> {
  const combobox = page.getByRole('combobox', { name: label, exact: true });
  await combobox.click();
  await combobox.fill(choice.query);
  const first = page.getByRole('listbox', { name: label, exact: true }).getByRole('option').first();
  await first.waitFor();
  const firstText = (await first.textContent()) ?? '';
  if (!firstText.startsWith(choice.name)) throw new Error(`${label}: "${choice.query}" offers "${firstText}" first, not ${choice.name}`);
  const ms = await timeInteraction(page, 'keydown', () => combobox.press('Enter'));
  await page.waitForFunction(
    ({ label, name }) =>
      [...document.querySelectorAll<HTMLInputElement>('input[role="combobox"]')].some(
        (input) => input.labels?.[0]?.textContent === label && input.value === name,
      ),
    { label, name: choice.name },
    { polling: 50 },
  );
  return ms;
}

async function changePeriod(page: Page, value: string): Promise<number> {
  const before = await page.locator('.view-heading').textContent();
  const ms = await timeInteraction(page, 'change', () =>
    page
      .getByLabel('Kỳ báo cáo')
      .selectOption(value)
      .then(() => undefined),
  );
  await page.waitForFunction((before) => document.querySelector('.view-heading')?.textContent !== before, before, { polling: 50 });
  return ms;
}

async function times(page: Page, runs: number, once: (run: number) => Promise<number>): Promise<Spread> {
  const values: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    values.push(await once(run));
    await settle(page, 300, 5000);
  }
  return spread(values);
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `server` serves a document by field; `runs` page loads and `runs` of each pick. The polls are counted with one field picked. */
export async function benchFieldsDashboard(browser: Browser, server: FeedServer, runs: number): Promise<FieldsDashboardFigures> {
  const url = `${server.origin}/index.html`;
  const load = await loadFigures(browser, url, 'index.html', runs);
  const { page, close } = await openDashboard(browser, url);
  try {
    const picks = new Map<FieldPickName, Spread>();
    picks.set('pick a field (Đất đai ↔ every field)', await times(page, runs, (run) => pickInCombobox(page, 'Lĩnh vực', FIELDS[run % 2]!)));
    picks.set('pick a unit (a commune ↔ the province)', await times(page, runs, (run) => pickInCombobox(page, 'Đơn vị', UNITS[run % 2]!)));
    picks.set('change the period', await times(page, runs, (run) => changePeriod(page, PERIODS[run % 2]!)));

    // The polls with one field picked, the view this document adds.
    await pickInCombobox(page, 'Lĩnh vực', FIELDS[0]!);
    await settle(page);
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
    return { load, picks, unchangedPolls, unchangedMutations };
  } finally {
    await close();
  }
}

/** The by-field document the benchmark serves, and the section titles its rows go under. */
export function fieldsDocument(): { text: string; description: string } {
  const text = canThoByFieldText(true);
  const document = JSON.parse(text) as { units: unknown[]; fields: unknown[]; stats: Array<{ month: string }> };
  const months = new Set(document.stats.map((row) => row.month)).size;
  return {
    text,
    description:
      `Cần Thơ by field, every unit every field (${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB, ` +
      `${document.units.length - 1} units × ${document.fields.length} fields × ${months} months)`,
  };
}

/** The rows of the printed table, in npm run bench's format. */
export function fieldsRows(chromium: string, description: string, figures: FieldsDashboardFigures): BenchRow[] {
  const rows: BenchRow[] = [];
  const add = (section: string, name: string, unit: BenchRow['unit'], value: BenchRow['value'], note?: string) =>
    rows.push({ section, name, unit, value, ...(note ? { note } : {}) });
  const section = `${chromium}: index.html on ${description}`;
  add(section, 'navigation → first numbers painted (fresh profile each run)', 'ms', figures.load.numbers, 'target ≤ 1000');
  add(section, 'long tasks while it loads, total', 'ms', figures.load.longTaskMs);
  add(section, 'longest task while it loads', 'ms', figures.load.longestTaskMs);
  for (const [name, spread] of figures.picks) add(section, `input → paint: ${name}`, 'ms', spread, 'target ≤ 100');
  const { inside, apart } = figures.unchangedMutations;
  add(
    section,
    `DOM mutations in #main over ${figures.unchangedPolls} unchanged polls (304), one field picked`,
    'count',
    inside + apart,
    'target 0',
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('runs must be a whole number ≥ 1');
  console.error(`bench-fields: ${DIST}, ${runs} runs`);
  const { text, description } = fieldsDocument();
  const browser = await launchChromium();
  try {
    const server = await serveFeed(text);
    try {
      const figures = await benchFieldsDashboard(browser, server, runs);
      console.log(formatTable(fieldsRows(`Chromium ${browser.version()}`, description, figures)));
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
}
