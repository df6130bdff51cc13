// The official's report in Chromium: the header's way to the data-quality panel, the CSV of the table, and the printed page.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { it } from './support/fixtures';
import type { Page } from 'playwright-core';
import { generateNationalFeed } from '../../mocks/national-feed';
import { engineFigures, fixtureText, modelOf } from './support/page-helpers';

const small = fixtureText('small-province.json');

async function waitForFigures(page: Page, unitName: RegExp) {
  await expect.poll(() => page.getByRole('heading', { level: 2, name: unitName }).count(), { timeout: 20_000 }).toBe(1);
}

describe('data quality from the header', () => {
  it('opens and focuses the panel listing each row left out with its unit, month and field', async ({ openPage, serve }) => {
    const server = await serve(fixtureText('bad-rows.json'));
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await waitForFigures(page, /Tỉnh/);
    const panel = page.locator('details.quality-panel');
    expect(await panel.getAttribute('open')).toBeNull();
    // 7 rows left out and 3 units flagged.
    await page.getByRole('link', { name: 'Chất lượng số liệu: 10 vấn đề' }).click();
    await expect.poll(() => panel.getAttribute('open')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    const text = await panel.textContent();
    expect(text).toContain('Dòng #1 · Trung tâm Phục vụ hành chính công · 2026-01: "receivedOnline" không hợp lệ (-3)');
    expect(text).toContain('"pendingOverdue"');
    expect(text).toContain('tháng "2026-13" không đúng dạng YYYY-MM');
    expect(text).toContain('mã đơn vị "NO-SUCH-UNIT" không có trong danh sách');
    expect(errors).toEqual([]);
  });

  it('says nothing in the header for a clean document, and warns of a generatedAt in the future', async ({ openPage, serve }) => {
    const clean = await serve(small);
    const first = await openPage(`${clean.origin}/index.html`);
    await waitForFigures(first.page, /Tỉnh/);
    expect(await first.page.getByRole('link', { name: /Chất lượng số liệu/ }).count()).toBe(0);

    const future = await serve(small.replace('"2026-03-31T16:40:00+07:00"', '"2099-03-31T16:40:00+07:00"'));
    const { page } = await openPage(`${future.origin}/index.html`);
    await waitForFigures(page, /Tỉnh/);
    await page.getByRole('link', { name: 'Chất lượng số liệu: 1 vấn đề' }).click();
    const text = await page.locator('details.quality-panel[open]').textContent();
    expect(text).toContain('ở tương lai');
    expect(text).toContain('2099-03-31T16:40:00+07:00');
  });
});

describe('CSV of the table', () => {
  async function csvOf(page: Page): Promise<{ csv: string; lines: string[] }> {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Xuất CSV|Export CSV/ }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    return { csv, lines: csv.slice(1).split('\r\n') };
  }

  it('writes a BOM, the header block in Viet Nam time, the columns in order and numbers a Vietnamese Excel reads', async ({
    openPage,
    serve,
  }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html`);
    await waitForFigures(page, /Tỉnh/);
    const { csv, lines } = await csvOf(page);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const model = modelOf(small);
    // ";" between fields: the list separator of a Vietnamese Windows, whose decimal mark is the comma the rates use.
    expect(lines.slice(0, 6)).toEqual([
      'Biểu;Biểu số 06 – Tình hình, kết quả giải quyết TTHC',
      `Đơn vị;${model.units.get(model.rootId)!.name}`,
      `Kỳ báo cáo;${await page.locator('.view-heading__period').evaluate((el) => el.textContent!.replace('· ', ''))}`,
      // 2026-03-31T16:40:00+07:00, day first, in Viet Nam time whatever the official's machine's time zone (New York here).
      'Số liệu tạo lúc (giờ Việt Nam);31/03/2026 16:40',
      'Đơn vị tính;Số hồ sơ TTHC',
      '',
    ]);
    expect(lines[6]).toBe(
      'STT;Lĩnh vực / đơn vị;Số hồ sơ nhận giải quyết – Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước;' +
        'Số hồ sơ đã giải quyết – Tổng số;Trước hạn;Đúng hạn;Quá hạn;Số hồ sơ đang giải quyết – Tổng số;Trong hạn;Quá hạn;' +
        'Trả lại / rút hồ sơ;Tỷ lệ đúng hạn (%);Thay đổi – tỷ lệ đúng hạn so với cùng kỳ năm trước (điểm %);Mã đơn vị',
    );
    const syt = lines.find((line) => line.includes(';Sở Y tế;'))!;
    const f = engineFigures(model, 'P1-SYT', 'ytd');
    const rate = f.onTimeRate === null ? '' : (f.onTimeRate / 10).toFixed(1).replace('.', ',');
    const cells = syt.split(';');
    expect(cells.slice(1, 15)).toEqual(
      [
        'Sở Y tế',
        f.toProcess,
        f.receivedOnline,
        f.receivedDirect + f.receivedPostal,
        f.carriedOver,
        f.resolved,
        f.resolvedEarly,
        f.resolvedOnTime,
        f.resolvedLate,
        f.pending,
        f.pendingWithinDeadline,
        f.pendingOverdue,
        f.returned,
        rate,
      ].map(String),
    );
    // The unit's code last, after the form's columns and the change, never between two of the form's.
    expect(cells.at(-1)).toBe('P1-SYT');
    // Counts bare (no thousands separator, summable), no % sign, no ISO time.
    expect(csv).not.toMatch(/\d\.\d{3}\b|%;|%\r|T\d\d:\d\d:/);
  });

  it('follows the table’s order of Biểu số 06 and ends with the totals row of the units listed', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html?lang=en`);
    await waitForFigures(page, /Tỉnh/);
    const { lines } = await csvOf(page);
    const model = modelOf(small);
    const header = lines[6]!.split(',');
    // English: a decimal point, so "," separates, and the same columns in the same order.
    expect(header.slice(0, 3)).toEqual(['No.', 'Field / unit', 'Dossiers to process – Total']);
    expect(header.at(-3)).toBe('On-time rate (%)');
    expect(header.at(-1)).toBe('Unit code');
    const body = lines.slice(7).filter((line) => line !== '');
    const names = body.slice(0, -1).map((line) => line.split(',')[1]);
    const tableNames = await page.locator('.data-table tbody th.unit-cell .unit-link').allTextContents();
    expect(names).toEqual(tableNames);
    expect(body.slice(0, -1).map((line) => line.split(',')[0])).toEqual(names.map((_, index) => String(index + 1)));
    // The totals row is the form's last line: the root's own figures, as the children add up to it.
    const totals = body.at(-1)!.split(',');
    const root = engineFigures(model, model.rootId, 'ytd');
    expect(totals.slice(0, 4)).toEqual(['', 'Total', String(root.toProcess), String(root.receivedOnline)]);
    expect(totals[14]).toBe(root.onTimeRate === null ? '' : (root.onTimeRate / 10).toFixed(1));
    const sumOfRows = body.slice(0, -1).reduce((sum, line) => sum + Number(line.split(',')[6]), 0);
    expect(sumOfRows).toBe(Number(totals[6]));
  });
});

describe('Excel workbook of the table', () => {
  it('is fetched only when asked for, and is an .xlsx holding the unit names and raw numbers', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await waitForFigures(page, /Tỉnh/);
    const scriptsBefore = [...server.requests];
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bieu-06_P1_ytd.xlsx');
    const bytes = await readFile((await file.path())!);
    const files = unzipSync(new Uint8Array(bytes));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, content]) => strFromU8(content))
      .join('\n');
    expect(xml).toContain('Sở Y tế');
    expect(xml).toContain('Số hồ sơ TTHC');
    const f = engineFigures(modelOf(small), 'P1-SYT', 'ytd');
    // A number cell, not text: <c ...><v>toProcess</v></c> without t="s" or t="inlineStr".
    expect(xml).toMatch(new RegExp(`<c r="C\\d+"(?![^>]*t=)[^>]*><v>${f.toProcess}</v></c>`));
    const xlsxChunk = server.requests.filter((path) => !scriptsBefore.includes(path) && path.includes('xlsx-export'));
    expect(xlsxChunk).toHaveLength(1);
    expect(scriptsBefore.some((path) => path.includes('xlsx-export'))).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('printing', () => {
  it('prints the Biểu số 06 heading, the KPI summary and every row, without controls', async ({ openPage, serveStatic }) => {
    const server = await serveStatic();
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await waitForFigures(page, /Thành phố Cần Thơ/);
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 119 / 119 đơn vị');
    const rows = page.locator('.bieu-06 .data-table tbody tr:not(.spacer)');
    const heading = page.locator('.print-heading');
    expect(await heading.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In báo cáo' }).isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rows.count()).toBe(119);
    expect(await heading.isVisible()).toBe(true);
    const headingText = await heading.textContent();
    expect(headingText).toContain('Biểu số 06');
    expect(headingText).toContain('Đơn vị: Thành phố Cần Thơ');
    expect(headingText).toMatch(/Kỳ báo cáo: Đến tháng \d+\/\d{4}/);
    expect(headingText).toContain('Đơn vị tính: Số hồ sơ TTHC');
    expect(await page.locator('.kpi-row').first().isVisible()).toBe(true);
    for (const name of ['In báo cáo', 'Xuất CSV', 'Nhúng tiện ích', 'Tiếng Việt']) {
      expect(await page.getByRole('button', { name }).isVisible(), name).toBe(false);
    }
    expect(await page.getByRole('searchbox').or(page.getByRole('combobox')).first().isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Vị trí' }).isVisible()).toBe(false);
    // The paper form's signatures, below the table.
    const signatures = page.locator('.print-signatures');
    expect(await signatures.isVisible()).toBe(true);
    expect(await signatures.textContent()).toBe('Người lập biểu(Ký, ghi rõ họ tên)Thủ trưởng đơn vị(Ký, ghi rõ họ tên)');
    const below = await page.evaluate(
      () =>
        document.querySelector('.print-signatures')!.getBoundingClientRect().top >
        document.querySelector('.bieu-06')!.getBoundingClientRect().bottom,
    );
    expect(below).toBe(true);
    // The table's head repeats on every printed page.
    expect(await page.locator('.bieu-06 .data-table thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');

    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);

    expect(errors).toEqual([]);
  });

  it('prints every row of a table that the screen virtualises (3,853 units of the national document)', async ({ openPage, serve }) => {
    const server = await serve(JSON.stringify(generateNationalFeed({ now: new Date('2026-11-26T09:40:00Z') })));
    const { page, errors } = await openPage(`${server.origin}/index.html`);
    await expect.poll(() => page.locator('.table-count').textContent(), { timeout: 20_000 }).toBe('Hiển thị 34 / 34 đơn vị');
    await page.getByLabel('Phạm vi').selectOption({ label: 'Tất cả đơn vị cấp dưới' });
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Hiển thị 3.853 / 3.853 đơn vị');
    const rows = page.locator('.bieu-06 .data-table tbody tr:not(.spacer)');
    // On screen only the rows in view are in the DOM.
    expect(await rows.count()).toBeLessThan(200);
    // The browser lays out for paper as soon as `beforeprint` returns: every row must be there by then.
    const rowsRightAfterBeforePrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.bieu-06 .data-table tbody tr:not(.spacer)').length;
    });
    expect(rowsRightAfterBeforePrint).toBe(3853);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => rows.count()).toBeLessThan(200);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(3853);
    await page.emulateMedia({ media: 'screen' });
    // Taking 3,853 rows out again can take over a second on a loaded machine: the poll waits as the one above does.
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('the print button asks the browser to print', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/index.html`);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await waitForFigures(page, /Tỉnh/);
    await page.getByRole('button', { name: 'In báo cáo' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
  });
});
