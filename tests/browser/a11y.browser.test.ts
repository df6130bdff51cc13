// WCAG 2.2 AA in the built pages: an axe-core scan of every page and state (light, dark, the system's choice, the
// embed dialog, a drill-down, every kiosk slide), a keyboard walk with a visible focus, polite announcements only
// when figures change, and English switched without a reload. Writes the per-page figures to .tmp/a11y-summary.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import axe from 'axe-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { it, type OpenPage } from './support/fixtures';
import { fixtureText, modelOf } from './support/page-helpers';

const summary: Array<{ page: string; state: string; violations: number; passes: number; incomplete: string[] }> = [];

const SHOTS = new URL('../../.tmp/a11y-shots/', import.meta.url).pathname;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => {
  if (summary.length === 0) return;
  const byPage = new Map<string, typeof summary>();
  for (const row of summary) byPage.set(row.page, [...(byPage.get(row.page) ?? []), row]);
  const lines = [
    '# axe-core scan of the built pages',
    '',
    `axe-core ${axe.version}; tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice.`,
    '',
    '| page | state | violations | rules passed | left to a person (axe: incomplete) |',
    '| --- | --- | ---: | ---: | --- |',
    ...[...byPage.values()]
      .flat()
      .map((row) => `| ${row.page} | ${row.state} | ${row.violations} | ${row.passes} | ${row.incomplete.join(', ') || '—'} |`),
    '',
  ];
  mkdirSync(new URL('../../.tmp/', import.meta.url).pathname, { recursive: true });
  writeFileSync(new URL('../../.tmp/a11y-summary.md', import.meta.url), lines.join('\n'));
  console.log(lines.join('\n'));
});

const small = fixtureText('small-province.json');
const smallModel = modelOf(small);

/** A page in a context of its own (the tests run concurrently; the fixture closes each with its test), light unless told. */
async function open(
  openPage: OpenPage,
  url: string,
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
) {
  return openPage(url, { viewport: options.viewport ?? { width: 1440, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
}

type Found = { id: string; impact: string | null | undefined; help: string; nodes: string[] };

/** Runs axe in the page (no CSP on this server) and records the counts for the summary. */
async function scan(page: Page, name: string, state: string): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async () => {
    const run = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return {
      violations: run.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        nodes: rule.nodes.slice(0, 4).map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`.slice(0, 400)),
      })),
      passes: run.passes.length,
      incomplete: run.incomplete.map((rule) => rule.id),
    };
  });
  summary.push({ page: name, state, violations: result.violations.length, passes: result.passes, incomplete: result.incomplete });
  return result.violations;
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function dashboardReady(page: Page): Promise<void> {
  await page
    .getByRole('heading', { level: 2, name: /Tỉnh Mẫu|Sở Y tế/ })
    .first()
    .waitFor({ timeout: 20_000 });
  await page.locator('.chart-card').nth(2).waitFor({ timeout: 20_000 });
  await page.locator('.recharts-surface').first().waitFor();
}

/** The charts' tables are scanned too: every <details> opened. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

describe.concurrent('axe-core finds no violation', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`dashboard, following a ${colorScheme} system, with the charts' tables open`, async ({ expect, serve, openPage }) => {
      const server = await serve(small);
      const { page, errors } = await open(openPage, `${server.origin}/index.html`, { colorScheme });
      await dashboardReady(page);
      expect(await theme(page)).toBe(colorScheme);
      expect(await lang(page)).toBe('vi');
      await openAllDetails(page);
      expect(await scan(page, 'index.html', `system ${colorScheme}, vi, tables open`)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}dashboard-${colorScheme}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });
  }

  it('dashboard, dark chosen on a light system, in English', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html?theme=dark&lang=en`);
    await page.getByRole('heading', { level: 2, name: /Tỉnh Mẫu/ }).waitFor({ timeout: 20_000 });
    expect(await theme(page)).toBe('dark');
    expect(await lang(page)).toBe('en');
    expect(await scan(page, 'index.html', 'dark chosen, en')).toEqual([]);
  });

  for (const chosen of ['light', 'dark'] as const) {
    it(`dashboard with the embed dialog open (${chosen})`, async ({ expect, serve, openPage }) => {
      const server = await serve(small);
      const { page } = await open(openPage, `${server.origin}/index.html?theme=${chosen}`);
      await dashboardReady(page);
      await page.getByRole('button', { name: 'Nhúng tiện ích' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nhúng tiện ích vào cổng thông tin' });
      await dialog.waitFor();
      await dialog.locator('iframe').contentFrame().getByRole('region').waitFor({ timeout: 20_000 });
      expect(await scan(page, 'index.html', `embed dialog open, ${chosen}`)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}embed-dialog-${chosen}.png` });
      // Escape in the unit picker closes its list, not the dialog; the dialog's own close gives the focus back.
      await dialog.getByRole('combobox', { name: 'Đơn vị', exact: true }).focus();
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(true);
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nhúng tiện ích');
    });
  }

  // Every state the dashboard can be in, each in light Vietnamese and in dark English (issue 11).
  const STATES: Array<{
    state: string;
    feed: () => string;
    config?: Record<string, unknown>;
    ready: (page: Page) => Promise<void>;
  }> = [
    // The fixture's generatedAt (31/03/2026) is long past a day: the page is stale, the header's data-quality link shown
    // on the band's yellow (once white on pale yellow, 1.09:1).
    {
      state: 'stale',
      feed: () => small,
      config: { staleAfterSeconds: 86_400 },
      ready: (page) => page.locator('.quality-link').waitFor({ timeout: 20_000 }),
    },
    {
      state: 'partial (rows left out)',
      feed: () => fixtureText('bad-rows.json'),
      ready: (page) => page.locator('.quality-link').waitFor({ timeout: 20_000 }),
    },
    {
      state: 'refused',
      feed: () => JSON.stringify({ schema: 'tthc-feed/1', generatedAt: '2026-03-31T16:40:00+07:00', units: [], stats: [] }),
      ready: (page) => page.locator('.page-message[role="alert"]').waitFor({ timeout: 20_000 }),
    },
    {
      state: 'future time',
      feed: () => small.replace('"2026-03-31T16:40:00+07:00"', '"2099-03-31T16:40:00+07:00"'),
      ready: (page) => page.locator('.quality-link').waitFor({ timeout: 20_000 }),
    },
  ];
  for (const { state, feed, config, ready } of STATES) {
    for (const [query, look] of [
      ['', 'light, vi'],
      ['?theme=dark&lang=en', 'dark, en'],
    ] as const) {
      it(`dashboard ${state}, ${look}`, async ({ expect, serve, openPage }) => {
        const server = await serve(feed(), config);
        const { page } = await open(openPage, `${server.origin}/index.html${query}`);
        await ready(page);
        await page.waitForTimeout(500);
        expect(await scan(page, 'index.html', `${state}, ${look}`)).toEqual([]);
      });
    }
  }

  it('dashboard with the month range open, light and dark', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    for (const chosen of ['light', 'dark']) {
      const { page } = await open(openPage, `${server.origin}/index.html?theme=${chosen}`);
      await dashboardReady(page);
      const header = await page.locator('.dashboard-header').evaluate((node) => node.getBoundingClientRect().height);
      await page.getByLabel('Kỳ báo cáo').selectOption('__range__');
      await page.getByRole('dialog', { name: 'Chọn khoảng tháng' }).waitFor();
      // A popover over the page: the header keeps its height.
      expect(await page.locator('.dashboard-header').evaluate((node) => node.getBoundingClientRect().height)).toBe(header);
      expect(await scan(page, 'index.html', `month range open, ${chosen}`)).toEqual([]);
    }
  });

  it('dashboard after a drill-down by keyboard (dark)', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`, { colorScheme: 'dark' });
    await dashboardReady(page);
    await page.getByRole('link', { name: 'Sở Y tế', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Sở Y tế/ }).waitFor();
    await page.getByRole('navigation', { name: 'Vị trí' }).getByRole('button', { name: 'Tỉnh Mẫu' }).focus();
    expect(await scan(page, 'index.html', 'after drill-down, system dark')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}drill-down-breadcrumb-focus.png` });
  });

  it('widget, light, dark and transparent, vi and en', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/widget.html`, { viewport: { width: 360, height: 640 } });
    for (const query of ['unit=C1', 'theme=dark&lang=en', 'theme=transparent&unit=P1-SYT', 'theme=dark&period=2026-03']) {
      await page.goto(`${server.origin}/widget.html?${query}`);
      await page.getByRole('region').waitFor({ timeout: 20_000 });
      expect(await lang(page)).toBe(query.includes('lang=en') ? 'en' : 'vi');
      expect(await scan(page, 'widget.html', query)).toEqual([]);
    }
  });

  for (const chosen of ['dark', 'light'] as const) {
    it(`kiosk, every slide (${chosen})`, async ({ expect, serve, openPage }) => {
      const server = await serve(small);
      const { page } = await open(openPage, `${server.origin}/kiosk.html?rotate=3${chosen === 'light' ? '&theme=light' : ''}`, {
        viewport: { width: 1920, height: 1080 },
      });
      const kind = () => page.locator('.kiosk-slide').getAttribute('class');
      await page.locator('.kiosk-slide').waitFor({ timeout: 20_000 });
      expect(await theme(page)).toBe(chosen);
      const seen: string[] = [];
      const started = Date.now();
      while (seen.length < 5 && Date.now() - started < 25_000) {
        const current = (await kind()) ?? '';
        if (!seen.includes(current)) {
          seen.push(current);
          // Charts are drawn once measured: a moment after the slide appears.
          await page.waitForTimeout(150);
          expect(await scan(page, 'kiosk.html', `${chosen}, ${current.replace('kiosk-slide kiosk-slide--', '')}`)).toEqual([]);
        }
        await page.waitForTimeout(100);
      }
      expect(seen).toHaveLength(5);
    });
  }
});

describe.concurrent('keyboard, focus, announcements and language', () => {
  it('every control of the dashboard is reached by Tab and shows a focus ring of 2px or more', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`);
    await dashboardReady(page);
    const reached: string[] = [];
    for (let step = 0; step < 45; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
        // Not hidden under anything (a sticky table head, the unit list): the element is what its centre shows.
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          what: `${element.tagName.toLowerCase()} ${name}`,
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          seen: hit !== null && (hit === element || element.contains(hit)),
        };
      });
      if (!focus) continue;
      reached.push(focus.what);
      expect(focus.outline, focus.what).not.toBe('none');
      expect(focus.width, focus.what).toBeGreaterThanOrEqual(2);
      expect(focus.seen, `${focus.what} obscured`).toBe(true);
      if (step === 3) await page.screenshot({ path: `${SHOTS}focus-header.png` });
    }
    // The header's pickers, the theme and language choices, the table's sort headers and drill-down rows.
    const text = reached.join('\n');
    for (const expected of ['input', 'select', 'Theo hệ thống', 'English', 'Kiểm tra ngay', 'Lĩnh vực / đơn vị', 'Sở Y tế']) {
      expect(text).toContain(expected);
    }
  });

  it('the unit picker works from the keyboard alone', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`);
    await dashboardReady(page);
    const combobox = page.getByRole('combobox', { name: 'Đơn vị', exact: true });
    await combobox.focus();
    await page.keyboard.type('phu tam');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(['Xã Phú Tâm · Xã, phường, đặc khu']);
    await page.screenshot({ path: `${SHOTS}focus-unit-picker.png` });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('C1');
    await combobox.press('Escape');
    expect(await combobox.getAttribute('aria-expanded')).toBe('false');
  });

  it('announces politely when the figures change, not on a poll that brings the same figures', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`);
    await dashboardReady(page);
    const announcer = page.locator('.figures-announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    expect(await announcer.textContent()).toBe('');
    // A new document with the same figures: polled, not announced.
    server.setFeed(small.replace(smallModel.generatedAt, '2026-03-31T16:50:00+07:00'));
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => page.locator('.updated-at time').getAttribute('datetime')).toBe('2026-03-31T16:50:00+07:00');
    expect(await announcer.textContent()).toBe('');
    // New figures: said once, in words.
    const changed = JSON.parse(small) as { generatedAt: string; stats: Array<Record<string, number | string>> };
    changed.generatedAt = '2026-03-31T17:00:00+07:00';
    const last = changed.stats.filter((row) => row.month === '2026-03').at(-1)!;
    last.receivedOnline = Number(last.receivedOnline) + 7;
    last.pendingWithinDeadline = Number(last.pendingWithinDeadline) + 7;
    server.setFeed(JSON.stringify(changed));
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await expect.poll(() => announcer.textContent()).toMatch(/^Số liệu vừa cập nhật/);
    // The clock of "last checked" moves with every poll; it is not in a live region.
    expect(await page.locator('.checked-at').evaluate((element) => element.closest('[aria-live]'))).toBeNull();
  });

  it('switches to English without a reload, with no Vietnamese left but the feed’s names, and back', async ({
    expect,
    serve,
    openPage,
  }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`);
    await dashboardReady(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: /Up to March 2026/ }).waitFor();
    await openAllDetails(page);
    expect(await lang(page)).toBe('en');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.title()).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    const names = [...smallModel.units.values()].map((unit) => unit.name).concat([smallModel.source?.name ?? '']);
    // The charts' axes repeat the names, cut short; their tables (open) say them in full.
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('svg, noscript').forEach((element) => element.remove());
      return clone.textContent ?? '';
    });
    const leftover = names
      .sort((a, b) => b.length - a.length)
      .reduce((rest, name) => rest.split(name).join(' '), text)
      .replace('Tiếng Việt', ' ');
    expect(leftover.match(/[^\n]*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư][^\n]*/gi) ?? []).toEqual([]);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await lang(page)).toBe('vi');
  });

  it('follows the system into dark, and a chosen theme outlasts it', async ({ expect, serve, openPage }) => {
    const server = await serve(small);
    const { page } = await open(openPage, `${server.origin}/index.html`, { colorScheme: 'dark' });
    await dashboardReady(page);
    expect(await theme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(page)).toBe('light');
    await page.getByRole('group', { name: 'Giao diện' }).getByRole('button', { name: 'Tối' }).click();
    expect(await theme(page)).toBe('dark');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await theme(page)).toBe('dark');
    await page.getByRole('group', { name: 'Giao diện' }).getByRole('button', { name: 'Theo hệ thống' }).click();
    expect(await theme(page)).toBe('light');
    expect(new URL(page.url()).searchParams.get('theme')).toBeNull();
  });
});
