// The three pages against figures known without the engine: the contract's worked examples (docs/examples/*.json) and
// the figures their expected files give for them. The numbers each page must show are written out here from those
// files (counts grouped with "." as vi-VN writes them, rates as the files spell them), never computed by src/: an engine
// bug that the other browser tests would share with the page fails here.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { it } from './support/fixtures';
import { fixtureText } from './support/page-helpers';

/** One unit over one period, as the expected files give it. */
type Expected = {
  carriedOver: number;
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
  received: number;
  resolved: number;
  pending: number;
  /** "99,3%": one decimal, a comma, as the pages must write it. */
  onTimeRate: string;
  onlineRate: string;
};
type ByUnit = Record<string, Record<string, Expected>>;

const example = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8')) as T;
const small = example<ByUnit>('small-province.expected.json');
const badRows = example<{ rowsLeftOut: number; figures: ByUnit }>('bad-rows.expected.json');

type Case = { document: 'small-province.json' | 'bad-rows.json'; unit: string; period: string; figures: Expected };
const CASES: Case[] = [
  ...Object.entries(small).flatMap(([unit, periods]) =>
    Object.entries(periods).map(([period, figures]) => ({ document: 'small-province.json' as const, unit, period, figures })),
  ),
  ...Object.entries(badRows.figures).flatMap(([unit, periods]) =>
    Object.entries(periods).map(([period, figures]) => ({ document: 'bad-rows.json' as const, unit, period, figures })),
  ),
];

/** 7012 → "7.012", 447 → "447": the thousands grouping of vi-VN, written out here rather than asked of Intl or the app. */
function grouped(count: number): string {
  expect(Number.isInteger(count) && count >= 0, `a count: ${count}`).toBe(true);
  return String(count).replace(/\B(?=(\d{3})+$)/g, '.');
}

/** What a reader sees in an element, its whitespace as single spaces. */
async function seen(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

const documents = [...new Set(CASES.map((c) => c.document))];
const casesOf = (document: Case['document']) => CASES.filter((c) => c.document === document);

describe('the expected files themselves', () => {
  it('give every unit and period the pages are checked on, with rates written as the pages write them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(13);
    for (const { figures } of CASES) {
      expect(figures.onTimeRate).toMatch(/^\d{1,3},\d%$/);
      expect(figures.onlineRate).toMatch(/^\d{1,3},\d%$/);
      // The expected file's own sums hold, so a page that shows them shows a consistent story.
      expect(figures.receivedOnline + figures.receivedDirect + figures.receivedPostal).toBe(figures.received);
      expect(figures.resolvedEarly + figures.resolvedOnTime + figures.resolvedLate).toBe(figures.resolved);
      expect(figures.pendingWithinDeadline + figures.pendingOverdue).toBe(figures.pending);
    }
    expect(grouped(7012)).toBe('7.012');
    expect(grouped(1234567)).toBe('1.234.567');
    expect(grouped(447)).toBe('447');
  });
});

describe('the dashboard shows the expected figures', () => {
  for (const document of documents) {
    it(`of ${document}, for every unit and period of its expected file`, async ({ serve, openPage }) => {
      const site = await serve(fixtureText(document));
      const { page, errors } = await openPage('about:blank');
      const tile = (name: string) => page.getByRole('region', { name, exact: true });
      for (const { unit, period, figures: f } of casesOf(document)) {
        await page.goto(`${site.origin}/index.html?unit=${unit}&period=${period}`);
        const where = `${unit} ${period}`;
        await expect
          .poll(() => tile('Đã tiếp nhận').locator('.kpi-tile__value').textContent(), { timeout: 20_000 })
          .toBe(grouped(f.received));
        expect(await tile('Đã giải quyết').locator('.kpi-tile__value').textContent(), where).toBe(grouped(f.resolved));
        expect(await tile('Tỷ lệ đúng hạn').locator('.kpi-tile__value').textContent(), where).toBe(f.onTimeRate);
        expect(await tile('Đang giải quyết').locator('.kpi-tile__value').textContent(), where).toBe(grouped(f.pending));
        expect(await tile('Tỷ lệ tiếp nhận trực tuyến').locator('.kpi-tile__value').textContent(), where).toBe(f.onlineRate);
        // The tiles' details: every count of the form the expected file gives.
        const received = await seen(tile('Đã tiếp nhận'));
        expect(received, where).toContain(
          `Trực tuyến ${grouped(f.receivedOnline)} · Trực tiếp ${grouped(f.receivedDirect)} · Bưu chính ${grouped(f.receivedPostal)}`,
        );
        expect(received, where).toContain(`Từ kỳ trước chuyển sang: ${grouped(f.carriedOver)}`);
        expect(await seen(tile('Đã giải quyết')), where).toContain(
          `Trước hạn ${grouped(f.resolvedEarly)} · Đúng hạn ${grouped(f.resolvedOnTime)} · Quá hạn ${grouped(f.resolvedLate)}`,
        );
        expect(await seen(tile('Đang giải quyết')), where).toContain(
          `Trong hạn ${grouped(f.pendingWithinDeadline)} · Quá hạn ${grouped(f.pendingOverdue)}`,
        );
        expect(await seen(tile('Tỷ lệ tiếp nhận trực tuyến')), where).toContain(
          `${grouped(f.receivedOnline)} / ${grouped(f.received)} hồ sơ`,
        );
      }
      if (document === 'bad-rows.json') {
        await expect.poll(() => page.locator('.quality-panel summary').textContent()).toContain(`${badRows.rowsLeftOut} dòng bị loại`);
      }
      expect(errors).toEqual([]);
    });
  }
});

describe('the kiosk shows the expected figures', () => {
  for (const document of documents) {
    it(`of ${document}, for every unit and period of its expected file`, async ({ serve, openPage }) => {
      const site = await serve(fixtureText(document));
      const { page, errors } = await openPage('about:blank', { viewport: { width: 1920, height: 1080 } });
      const tile = (name: string) => page.getByRole('listitem', { name, exact: true });
      for (const { unit, period, figures: f } of casesOf(document)) {
        // One slide for as long as the test looks: the summary.
        await page.goto(`${site.origin}/kiosk.html?rotate=3600&unit=${unit}&period=${period}`);
        const where = `${unit} ${period}`;
        await expect
          .poll(() => tile('Đã tiếp nhận').locator('.kiosk-tile__value').textContent(), { timeout: 20_000 })
          .toBe(grouped(f.received));
        expect(await seen(tile('Đã tiếp nhận')), where).toContain(`Trực tuyến ${f.onlineRate}`);
        expect(await tile('Đã giải quyết').locator('.kiosk-tile__value').textContent(), where).toBe(grouped(f.resolved));
        expect(await seen(tile('Đã giải quyết')), where).toContain(`Trước và đúng hạn ${grouped(f.resolvedEarly + f.resolvedOnTime)}`);
        expect(await tile('Đang giải quyết').locator('.kiosk-tile__value').textContent(), where).toBe(grouped(f.pending));
        expect(await seen(tile('Đang giải quyết')), where).toContain(`Quá hạn ${grouped(f.pendingOverdue)}`);
        expect(await seen(page.locator('.kiosk-lead')), where).toContain(`đã giải quyết ${f.onTimeRate} hồ sơ đúng hạn`);
      }
      expect(errors).toEqual([]);
    });
  }
});

describe('the widget shows the expected figures', () => {
  /** The widget's words as a reader meets them, once its counts are there. */
  async function widgetText(page: Page): Promise<string> {
    await page.getByText('Đã tiếp nhận:').first().waitFor({ timeout: 20_000 });
    return seen(page.locator('body'));
  }

  for (const document of documents) {
    it(`of ${document}, for every unit and period of its expected file`, async ({ serve, openPage }) => {
      const site = await serve(fixtureText(document));
      const { page, errors } = await openPage('about:blank', { viewport: { width: 360, height: 400 } });
      for (const { unit, period, figures: f } of casesOf(document)) {
        await page.goto(`${site.origin}/widget.html?unit=${unit}&period=${period}`);
        const text = await widgetText(page);
        const where = `${unit} ${period}: ${text}`;
        expect(text, where).toContain(`đã giải quyết ${f.onTimeRate} hồ sơ đúng hạn.`);
        expect(text, where).toContain(`Đã tiếp nhận: ${grouped(f.received)}.`);
        expect(text, where).toContain(`Đã giải quyết: ${grouped(f.resolved)}.`);
      }
      expect(errors).toEqual([]);
    });
  }
});
