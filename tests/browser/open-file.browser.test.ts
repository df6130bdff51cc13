// "Mở tệp" in the built dashboard, in Chromium: a dossier export built in the page's worker shows the figures the
// builder library computes in Node for the same file, with no request at all while it is opened; cancel, a file that
// is not an export, and the way back to the live feed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { it, type FeedSite, type OpenPage } from './support/fixtures';
import { engineFigures, vi } from './support/page-helpers';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { buildFromCsvText, buildFromXlsx } from '../../src/dossiers/build-from-export';
import type { BuildOptions, UnitsList } from '../../src/dossiers/build-feed';
import { parseFeedDocument } from '../../src/feed/parse-feed';
import type { FeedModel } from '../../src/feed/feed-model';
import { formatRate } from '../../src/i18n/format';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE_DIR = `${ROOT}docs/examples/dossiers/`;
const DEMO_CSV = `${ROOT}public/demo/can-tho-dossiers.csv`;
const TMP = `${ROOT}.tmp/open-file-test/`;

/** The live feed of these tests: the demo's Cần Thơ at a fixed minute, polled so rarely that no poll falls in a test. */
const liveDocument = generateProvinceFeed({ now: new Date('2026-11-20T03:00:00Z') });
const liveText = JSON.stringify(liveDocument);
const liveModel = modelOfJson(liveDocument);
const LIVE_CONFIG = { pollSeconds: 3600 };

function modelOfJson(json: unknown): FeedModel {
  const result = parseFeedDocument(json);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

function tile(page: Page, label: string) {
  return page.getByRole('region', { name: label, exact: true }).locator('.kpi-tile__value');
}

async function tiles(page: Page) {
  return Promise.all(
    ['Đã tiếp nhận', 'Đã giải quyết', 'Tỷ lệ đúng hạn', 'Đang giải quyết'].map((label) => tile(page, label).textContent()),
  );
}

function expectedTiles(model: FeedModel, unitId: string) {
  const figures = engineFigures(model, unitId, 'ytd');
  return [vi(figures.received), vi(figures.resolved), formatRate(figures.onTimeRate, 'vi'), vi(figures.pending)];
}

async function openDashboard(serve: (text: string, config?: Record<string, unknown>) => Promise<FeedSite>, openPage: OpenPage) {
  const site = await serve(liveText, LIVE_CONFIG);
  const opened = await openPage(`${site.origin}/index.html`);
  await expect.poll(() => tiles(opened.page), { timeout: 20_000 }).toEqual(expectedTiles(liveModel, liveModel.rootId));
  return { site, ...opened };
}

/** Every request the page's context makes from now on (pages and their workers), and every one the server receives. */
function recordRequests(context: BrowserContext, site: FeedSite) {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  const serverFrom = site.requests.length;
  return { all: () => [...seen, ...site.requests.slice(serverFrom).map((path) => `server:${path}`)] };
}

/** Opens the dialog and waits until its worker has arrived, so that what follows needs nothing more from the server. */
async function openDialog(page: Page, site: FeedSite) {
  await page.getByRole('button', { name: 'Mở tệp', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mở tệp số liệu trên máy này' });
  await dialog.waitFor();
  await expect.poll(() => site.requests.some((path) => path.includes('build-feed.worker')), { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(300);
  return dialog;
}

/** The time the page says the local document was built at, which the Node build must use too. */
async function builtAt(page: Page): Promise<string> {
  const time = await page
    .getByRole('status')
    .filter({ hasText: 'Đang hiển thị tệp trên máy này' })
    .locator('time')
    .getAttribute('datetime');
  expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  return time!;
}

function band(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Đang hiển thị tệp trên máy này' });
}

describe('open a dossier export', () => {
  it('builds the shared example with its units.json, with no request, and shows what the builder computes in Node', async ({
    serve,
    openPage,
  }) => {
    const { site, page, context, errors } = await openDashboard(serve, openPage);
    const dialog = await openDialog(page, site);
    // Focus moved into the dialog.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    const requests = recordRequests(context, site);

    await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles(`${EXAMPLE_DIR}dossiers.csv`);
    await dialog.getByRole('radio', { name: 'Từ một tệp units.json' }).check();
    await dialog.getByLabel('Tệp units.json', { exact: true }).setInputFiles(`${EXAMPLE_DIR}units.json`);
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    await band(page).waitFor({ timeout: 20_000 });
    const generatedAt = await builtAt(page);

    const units = JSON.parse(readFileSync(`${EXAMPLE_DIR}units.json`, 'utf8')) as UnitsList;
    const built = buildFromCsvText(units, { generatedAt }, readFileSync(`${EXAMPLE_DIR}dossiers.csv`, 'utf8'));
    const model = modelOfJson(built.document);
    await expect.poll(() => tiles(page)).toEqual(expectedTiles(model, 'P1'));
    expect(await page.getByRole('heading', { level: 2, name: /Tỉnh Mẫu/ }).count()).toBe(1);
    expect(requests.all()).toEqual([]);

    // The band says what was read, kept and left out, as the builder's report does.
    const leftOut = built.report.leftOut.reduce((sum, entry) => sum + entry.count, 0);
    expect(await band(page).textContent()).toContain(
      `Đọc ${vi(built.report.read)} hồ sơ: dùng ${vi(built.report.kept)}, thay thế ${vi(built.report.replaced)}, loại ${vi(leftOut)}.`,
    );
    expect(await band(page).textContent()).toContain('dossiers.csv');
    // The records left out are listed with their lines in the data-quality panel.
    await band(page).getByRole('button', { name: 'Xem hồ sơ bị loại' }).click();
    const panel = page.locator('#data-quality');
    expect(await panel.getAttribute('open')).not.toBeNull();
    for (const entry of built.document.leftOut) {
      if ('line' in entry) expect(await panel.getByText(`Dòng ${entry.line}: ${entry.reason}`, { exact: true }).count()).toBe(1);
    }
    // Focus went back to the button that opened the dialog, and the dialog is gone.
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(requests.all()).toEqual([]);

    // Back to the live feed: its figures, no band, the focus on "Mở tệp".
    await band(page).getByRole('button', { name: 'Quay lại số liệu trực tiếp' }).click();
    await expect.poll(() => tiles(page)).toEqual(expectedTiles(liveModel, liveModel.rootId));
    expect(await band(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mở tệp');
    // The recorder does see requests: the live feed asked by hand is one.
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => requests.all().some((url) => url.includes('feed.json'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it.runIf(existsSync(DEMO_CSV))(
    'builds the Cần Thơ demo export with the live feed’s own units and fields',
    async ({ serve, openPage }) => {
      const { site, page, context, errors } = await openDashboard(serve, openPage);
      const dialog = await openDialog(page, site);
      const requests = recordRequests(context, site);
      await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles(DEMO_CSV);
      expect(await dialog.getByRole('radio', { name: /Của nguồn số liệu trực tiếp: Thành phố Cần Thơ/ }).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
      await band(page).waitFor({ timeout: 60_000 });
      const generatedAt = await builtAt(page);
      const units: UnitsList = {
        units: liveDocument.units,
        ...('fields' in liveDocument ? { fields: liveDocument.fields as UnitsList['fields'] } : {}),
      };
      const options: BuildOptions = { generatedAt };
      const model = modelOfJson(buildFromCsvText(units, options, readFileSync(DEMO_CSV, 'utf8')).document);
      await expect.poll(() => tiles(page)).toEqual(expectedTiles(model, model.rootId));
      expect(requests.all()).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

describe('open an Excel export', () => {
  it('reads the first sheet of an .xlsx in the worker and shows what the builder computes for it in Node', async ({ serve, openPage }) => {
    // The shared example as a workbook of text and number cells (the builder's own tests cover date cells).
    const [header = '', ...lines] = readFileSync(`${EXAMPLE_DIR}dossiers.csv`, 'utf8').trim().split('\n');
    const rows: SheetData = [header, ...lines].map((line) =>
      line
        .split(',')
        .map((value) => (value === '' ? null : /^\d+$/.test(value) ? { value: Number(value), type: Number } : { value, type: String })),
    );
    const workbook = await writeXlsxFile(rows).toBuffer();
    const { site, page, context, errors } = await openDashboard(serve, openPage);
    const dialog = await openDialog(page, site);
    const requests = recordRequests(context, site);
    await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles({
      name: 'ho-so.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await dialog.getByRole('radio', { name: 'Từ một tệp units.json' }).check();
    await dialog.getByLabel('Tệp units.json', { exact: true }).setInputFiles(`${EXAMPLE_DIR}units.json`);
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    await band(page).waitFor({ timeout: 20_000 });
    const units = JSON.parse(readFileSync(`${EXAMPLE_DIR}units.json`, 'utf8')) as UnitsList;
    const built = await buildFromXlsx(units, { generatedAt: await builtAt(page) }, workbook);
    expect(built.report.kept).toBeGreaterThan(0);
    await expect.poll(() => tiles(page)).toEqual(expectedTiles(modelOfJson(built.document), 'P1'));
    expect(await band(page).textContent()).toContain(`Đọc ${vi(built.report.read)} hồ sơ: dùng ${vi(built.report.kept)}`);
    expect(requests.all()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('what does not open', () => {
  it('cancels a long build: the worker stops, the live figures stay', async ({ serve, openPage }) => {
    // About 60 MB: long enough to be cancelled half way on any machine.
    mkdirSync(TMP, { recursive: true });
    const big = `${TMP}big-export.csv`;
    if (!existsSync(big)) {
      const [header, ...lines] = readFileSync(`${EXAMPLE_DIR}dossiers.csv`, 'utf8').trim().split('\n');
      const body = lines.join('\n');
      const copies = Math.ceil(60_000_000 / body.length);
      writeFileSync(big, `${header}\n${Array.from({ length: copies }, () => body).join('\n')}\n`);
    }
    const { site, page } = await openDashboard(serve, openPage);
    const dialog = await openDialog(page, site);
    await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles(big);
    await dialog.getByRole('radio', { name: 'Từ một tệp units.json' }).check();
    await dialog.getByLabel('Tệp units.json', { exact: true }).setInputFiles(`${EXAMPLE_DIR}units.json`);
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Đang đọc và tính tệp big-export.csv' });
    await expect.poll(() => progress.evaluate((bar: HTMLProgressElement) => bar.value), { timeout: 20_000 }).toBeGreaterThan(0);
    const [value, max] = await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max]);
    expect(value).toBeLessThan(max!);
    // The focused "Open" button was disabled: Cancel holds the focus while the file is read, and gives it back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Đã hủy mở tệp big-export.csv');
    expect(await progress.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mở và hiển thị');
    // Long after the build would have ended, nothing replaced the live figures.
    await page.waitForTimeout(3000);
    expect(await band(page).count()).toBe(0);
    expect(await tiles(page)).toEqual(expectedTiles(liveModel, liveModel.rootId));
  });

  it('says plainly that a file which is neither CSV, Excel nor JSON cannot be opened, and keeps the live figures', async ({
    serve,
    openPage,
  }) => {
    const { site, page, errors } = await openDashboard(serve, openPage);
    const dialog = await openDialog(page, site);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: png });
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Không mở được tệp anh-chup.png. Đây không phải tệp CSV, Excel (.xlsx) hay JSON. Số liệu đang hiển thị không thay đổi.');
    // A text file that is not an export names the columns it lacks.
    await dialog
      .getByLabel('Tệp số liệu hoặc tệp hồ sơ')
      .setInputFiles({ name: 'danh-ba.csv', mimeType: 'text/csv', buffer: Buffer.from('ho ten,so dien thoai\nAn,0900\n') });
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    await expect.poll(() => alert.textContent()).toContain('thiếu cột maHoSo');
    // Escape closes the dialog; the live feed never left the screen.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await band(page).count()).toBe(0);
    expect(await tiles(page)).toEqual(expectedTiles(liveModel, liveModel.rootId));
    expect(errors).toEqual([]);
  });
});

describe('a feed document from this computer', () => {
  it('opens a tthc-feed/1 file like the live feed, its leftOut in the data-quality panel, and a poll meanwhile does not replace it', async ({
    serve,
    openPage,
  }) => {
    const { site, page, errors } = await openDashboard(serve, openPage);
    const dialog = await openDialog(page, site);
    const text = readFileSync(`${EXAMPLE_DIR}expected-feed.json`, 'utf8');
    await dialog
      .getByLabel('Tệp số liệu hoặc tệp hồ sơ')
      .setInputFiles({ name: 'so-lieu.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
    await band(page).waitFor();
    const model = modelOfJson(JSON.parse(text));
    await expect.poll(() => tiles(page)).toEqual(expectedTiles(model, 'P1'));
    expect(await band(page).textContent()).toContain('so-lieu.json');
    const summary = page.locator('#data-quality summary');
    // Every line the builder left out, and no row of the document left out by the engine.
    const count = model.quality.recordsLeftOut.length;
    expect(model.quality.rowsLeftOut).toEqual([]);
    expect(await summary.textContent()).toContain(`${count} hồ sơ không được tính`);

    // The live feed goes on being polled, and a new document from it does not replace the file's figures.
    const laterDocument = generateProvinceFeed({ now: new Date('2026-11-20T09:00:00Z') });
    const laterModel = modelOfJson(laterDocument);
    expect(expectedTiles(laterModel, laterModel.rootId)).not.toEqual(expectedTiles(liveModel, liveModel.rootId));
    site.setFeed(JSON.stringify(laterDocument));
    const asked = site.requests.filter((path) => path.startsWith('/feed.json')).length;
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => site.requests.filter((path) => path.startsWith('/feed.json')).length).toBeGreaterThan(asked);
    await page.waitForTimeout(1000);
    expect(await tiles(page)).toEqual(expectedTiles(model, 'P1'));
    await band(page).getByRole('button', { name: 'Quay lại số liệu trực tiếp' }).click();
    await expect.poll(() => tiles(page)).toEqual(expectedTiles(laterModel, laterModel.rootId));
    expect(errors).toEqual([]);
  });
});

/** axe-core's WCAG 2.2 AA and best-practice rules in the page as it is now: the ids and nodes of what fails. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const run = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return run.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds nothing wrong in the dialog, its error and the band (${theme})`, async ({ serve, openPage }) => {
      const site = await serve(liveText, LIVE_CONFIG);
      const { page } = await openPage(`${site.origin}/index.html?theme=${theme}`, { viewport: { width: 390, height: 844 } });
      await expect.poll(() => tiles(page), { timeout: 20_000 }).toEqual(expectedTiles(liveModel, liveModel.rootId));
      const dialog = await openDialog(page, site);
      expect(await axeViolations(page)).toEqual([]);
      await dialog
        .getByLabel('Tệp số liệu hoặc tệp hồ sơ')
        .setInputFiles({ name: 'rong.csv', mimeType: 'text/csv', buffer: Buffer.from('\n') });
      await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Tệp trống.');
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByLabel('Tệp số liệu hoặc tệp hồ sơ').setInputFiles(`${EXAMPLE_DIR}expected-feed.json`);
      await dialog.getByRole('button', { name: 'Mở và hiển thị' }).click();
      await band(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
