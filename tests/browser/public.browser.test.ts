// public.html, built, in Chromium: the engine's figures in plain words, the rank, bad input, the widget's link to it,
// axe-core in both themes and languages, and the strict CSP.
import axe from 'axe-core';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixtures';
import { contentSecurityPolicy, recordCspViolations } from './support/csp';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import { formatRate } from '../../src/i18n/format';
import { parsePeriod, resolvePeriod } from '../../src/stats/period';
import { periodFigures } from '../../src/stats/roll-up';
import { rankAmongKind } from '../../src/public/public-view';

const small = fixtureText('small-province.json');
const smallModel = modelOf(small);

async function mainText(page: Page): Promise<string> {
  await page.locator('main h1, main [role="alert"]').first().waitFor({ timeout: 20_000 });
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

describe('public.html on a fixed feed', () => {
  it('says the engine’s figures and rank for a unit, as the widget does', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page, errors } = await openPage(`${server.origin}/public.html?unit=C1&period=2026-02..2026-03`, {
      viewport: { width: 390, height: 844 },
    });
    const figures = engineFigures(smallModel, 'C1', '2026-02..2026-03');
    const text = await mainText(page);
    expect(text).toContain(`Xã Phú Tâm đã giải quyết ${formatRate(figures.onTimeRate, 'vi')} hồ sơ đúng hạn.`);
    expect(text).toContain(`Đã tiếp nhận: ${vi(figures.received)}. Đã giải quyết: ${vi(figures.resolved)}.`);
    const resolved = resolvePeriod(parsePeriod('2026-02..2026-03')!, smallModel.months);
    if (!resolved.hasMonths) throw new Error('no months');
    const rank = rankAmongKind(smallModel, periodFigures(smallModel, resolved.range), smallModel.units.get('C1')!);
    if (rank) expect(text).toContain(`Xếp thứ ${rank.rank}/${rank.total}`);
    // The widget says the same rate, and its "Xem chi tiết" opens this very view.
    const widget = await openPage(`${server.origin}/widget.html?unit=C1&period=2026-02..2026-03`, {
      viewport: { width: 320, height: 400 },
    });
    await widget.page.getByRole('region').waitFor({ timeout: 20_000 });
    expect(await widget.page.getByRole('region').innerText()).toContain(formatRate(figures.onTimeRate, 'vi'));
    expect(await widget.page.getByRole('link', { name: /Xem chi tiết/ }).getAttribute('href')).toBe(
      `${server.origin}/public.html?unit=C1&period=2026-02..2026-03`,
    );
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  it('gives an unknown unit a clear message and no numbers', async ({ openPage, serve }) => {
    const server = await serve(small);
    const { page } = await openPage(`${server.origin}/public.html?unit=nope`, { viewport: { width: 390, height: 844 } });
    const text = await mainText(page);
    expect(text).toBe('Không tìm thấy đơn vị có mã "nope".');
    expect(text).not.toMatch(/\d+,\d%/);
  });

  for (const [lang, theme] of [
    ['vi', 'light'],
    ['en', 'dark'],
  ] as const) {
    it(`axe-core finds nothing (${lang}, ${theme})`, async ({ openPage, serve }) => {
      const server = await serve(small);
      const { page } = await openPage(`${server.origin}/public.html?unit=C1&lang=${lang}&theme=${theme}`, {
        viewport: { width: 390, height: 844 },
      });
      await mainText(page);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const run = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          resultTypes: ['violations'],
        });
        return run.violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }

  it('runs under the strict CSP with no violation', async ({ openPage, serve }) => {
    const server = await serve(small);
    server.setHeaders({ 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: "'none'" }) });
    const { page, errors } = await openPage(`${server.origin}/public.html?unit=C1`, { viewport: { width: 390, height: 844 } });
    const violations: string[] = [];
    recordCspViolations(page, violations);
    await mainText(page);
    await page.reload();
    await mainText(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
