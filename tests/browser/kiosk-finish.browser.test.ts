// The wall screen as citizens read it (issue 11): no text box clips its own letters (the dot under ọ, the tail of g) on
// any slide, with the site's font and without it; the headline comes back at least once a minute at the default pace;
// a first failure is said in plain words; the ranking's bars run from the target; the QR code carries the public view.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { encode } from 'uqr';
import { it } from './support/fixtures';
import { fixtureText } from './support/page-helpers';
import { qrPath } from '../../src/kiosk/kiosk-qr';

/** The small fixture with names whose letters reach below the line and above it: ọ, g, y, Ư, Ộ. */
const names: Record<string, string> = {
  'Tỉnh Mẫu': 'Phường Ngọc Hà – Công ty Long Giang',
  'Sở Y tế': 'Ban Quản lý các khu chế xuất và công nghiệp Quỳnh Ngọc',
  'Sở Tài chính': 'Phường Ngọc Quý',
  'Xã Phú Tâm': 'Xã Gò Quao Ngọc Gặp',
  'Phường Ngã Bảy': 'Phường Ngã Bảy Quỳnh Giang',
};
let feedText = fixtureText('small-province.json');
for (const [from, to] of Object.entries(names)) feedText = feedText.replace(`"name": "${from}"`, `"name": "${to}"`);

const slideKind = (page: Page) =>
  page.locator('.kiosk-slide').evaluate((element) => [...element.classList].find((name) => name.startsWith('kiosk-slide--')) ?? '');

/**
 * Every element with text of its own: inside the viewport and inside the frame's box that holds it; where it hides
 * its overflow, its content fits (scroll sizes within client sizes, 1 px of rounding) and its letters as the font
 * draws them (ascent to descent, the range's boxes) stay inside it.
 */
async function glyphProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
      problems.push(`document scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    const boxes = '.kiosk-row, .kiosk-tile, .kiosk-band, .kiosk-header, .kiosk-footer, .kiosk-main, .kiosk-chart__plot, .kiosk-qr';
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
    const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
    for (const element of document.querySelectorAll<HTMLElement>('.kiosk *')) {
      if (element.closest('.visually-hidden') || element instanceof SVGElement) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${element.textContent?.trim().slice(0, 40)}"`;
      if (!inside(rect, viewport)) problems.push(`${name} outside the viewport`);
      const box = element.parentElement?.closest(boxes);
      if (box && !inside(rect, box.getBoundingClientRect())) problems.push(`${name} outside its ${box.className}`);
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (element.scrollWidth > element.clientWidth + 1)
        problems.push(`${name} cut off (${element.scrollWidth} > ${element.clientWidth} wide)`);
      if (element.scrollHeight > element.clientHeight + 1)
        problems.push(`${name} cut off (${element.scrollHeight} > ${element.clientHeight} high)`);
      const range = document.createRange();
      range.selectNodeContents(element);
      for (const glyphs of range.getClientRects()) {
        if (!inside(glyphs, rect)) {
          problems.push(
            `${name} clips its letters (${Math.round(glyphs.top)}–${Math.round(glyphs.bottom)} in ${Math.round(rect.top)}–${Math.round(rect.bottom)})`,
          );
          break;
        }
      }
    }
    return problems;
  });
}

const sizes = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 3840, height: 2160 },
];
const cases = sizes.flatMap((size) => [
  { ...size, font: 'loaded' as const },
  { ...size, font: 'blocked' as const },
]);

describe('kiosk glyphs', () => {
  it.for(cases)(
    'no text box clips its letters on any slide at $width×$height, font $font, stale band up',
    { timeout: 60_000 },
    async ({ width, height, font }, { serve, openPage }) => {
      const site = await serve(feedText, { staleAfterSeconds: 60 });
      const { page, errors } = await openPage('', { viewport: { width, height }, goto: false });
      const fontRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
      });
      // The system stack must hold too: a screen whose font files do not arrive.
      if (font === 'blocked') await page.route('**/*.woff2', (route) => route.abort());
      await page.goto(`${site.origin}/kiosk.html?rotate=2`);
      await page.locator('.kiosk-slide').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.locator('.kiosk-band').count(), { timeout: 10_000 }).toBe(1);
      if (font === 'loaded') {
        await expect
          .poll(() => page.evaluate(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Ngọc')), { timeout: 10_000 })
          .toBe(true);
        // Only the site's own files (CSP font-src 'self'), and only Vietnamese, Latin and Latin Extended subsets.
        for (const url of fontRequests)
          expect(url).toMatch(
            new RegExp(`^${site.origin}/assets/be-vietnam-pro-(vietnamese|latin|latin-ext)-(400|600|700)-normal-[\\w-]+\\.woff2$`),
          );
      } else {
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => [...document.fonts].some((face) => face.status === 'loaded'))).toBe(false);
      }
      expect(fontRequests.length).toBeGreaterThan(0);
      const checked = new Map<string, string[]>();
      const started = Date.now();
      while (checked.size < 5 && Date.now() - started < 25_000) {
        const kind = await slideKind(page).catch(() => '');
        if (kind && !checked.has(kind)) {
          if (kind === 'kiosk-slide--volume' || kind === 'kiosk-slide--trend') await page.locator('.kiosk-chart svg').first().waitFor();
          // The fit runs in a layout effect; one frame for the fonts' late re-fit.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          checked.set(kind, await glyphProblems(page));
        }
        await page.waitForTimeout(100);
      }
      expect(Object.fromEntries(checked)).toEqual({
        'kiosk-slide--summary': [],
        'kiosk-slide--ranking': [],
        'kiosk-slide--volume': [],
        'kiosk-slide--trend': [],
        'kiosk-slide--overdue': [],
      });
      // The names that carry the letters below the line are on screen, whole (not an ellipsis).
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Phường Ngọc Hà – Công ty Long Giang');
      expect(errors).toEqual([]);
    },
  );
});

describe('kiosk rotation', () => {
  it(
    'brings the headline back every third slide at the default 20 s: never a minute without it',
    { timeout: 60_000 },
    async ({ serve, openPage }) => {
      const site = await serve(feedText);
      const { page, errors } = await openPage('', { viewport: { width: 1920, height: 1080 }, goto: false });
      await page.clock.install();
      await page.goto(`${site.origin}/kiosk.html`);
      await page.locator('.kiosk-slide--summary').waitFor({ timeout: 20_000 });
      const shown: string[] = [await slideKind(page)];
      for (let turn = 0; turn < 12; turn += 1) {
        await page.clock.runFor(20_000);
        await expect.poll(() => page.locator('.kiosk-footer__position').textContent(), { timeout: 5000 }).toBe(`${((turn + 1) % 6) + 1}/6`);
        shown.push(await slideKind(page));
      }
      // Four minutes, twelve turns of 20 s: the headline at least once in every three consecutive slides (60 s).
      for (let start = 0; start + 3 <= shown.length; start += 1)
        expect(shown.slice(start, start + 3), `slides ${start}–${start + 2}`).toContain('kiosk-slide--summary');
      expect(shown.slice(0, 6)).toEqual([
        'kiosk-slide--summary',
        'kiosk-slide--ranking',
        'kiosk-slide--volume',
        'kiosk-slide--summary',
        'kiosk-slide--trend',
        'kiosk-slide--overdue',
      ]);
      expect(errors).toEqual([]);
    },
  );
});

describe('kiosk for citizens', () => {
  it('says a feed that fails from the start in plain words, without the parser’s message', async ({ serve, openPage }) => {
    const site = await serve(feedText.slice(0, 3000));
    const { page } = await openPage('', { viewport: { width: 1920, height: 1080 }, goto: false });
    await page.goto(`${site.origin}/kiosk.html`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('Nguồn số liệu gửi về tài liệu không hợp lệ.');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Chưa tải được số liệu.');
    expect(text).not.toMatch(/JSON|position|Unterminated|Unexpected/i);
  });

  it('draws the ranking’s bars from the target marker to each unit’s rate', async ({ serve, openPage }) => {
    const site = await serve(feedText);
    const { page } = await openPage(`${site.origin}/kiosk.html?rotate=2&lang=en`, { viewport: { width: 1920, height: 1080 } });
    await expect.poll(() => slideKind(page), { timeout: 10_000 }).toBe('kiosk-slide--ranking');
    const bars = await page.locator('.kiosk-row:not(.kiosk-row--gap)').evaluateAll((rows) =>
      rows.map((row) => {
        const fill = row.querySelector('.kiosk-row__fill')!.getBoundingClientRect();
        const target = row.querySelector('.kiosk-row__target')!.getBoundingClientRect();
        const middle = target.left + target.width / 2;
        return {
          below: row.classList.contains('is-bad'),
          startsAtTarget: Math.abs(fill.left - middle) <= 1.5,
          endsAtTarget: Math.abs(fill.right - middle) <= 1.5,
        };
      }),
    );
    expect(bars.length).toBeGreaterThan(1);
    for (const bar of bars) expect(bar.below ? bar.endsAtTarget : bar.startsAtTarget, JSON.stringify(bar)).toBe(true);
    expect(await page.locator('.kiosk-scale__end').textContent()).toBe('100%');
    // The scale's labels stand apart: the target's name overlaps neither end.
    const [start, target, end] = await Promise.all(
      ['.kiosk-scale__start', '.kiosk-scale__target', '.kiosk-scale__end'].map((selector) => page.locator(selector).boundingBox()),
    );
    const apart = (a: typeof start, b: typeof start) =>
      !!a && !!b && (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
    expect(apart(start, target) && apart(target, end) && apart(start, end)).toBe(true);
  });

  it('shows a QR code of the unit’s public view, made in the page, with its caption', async ({ serve, openPage }) => {
    const site = await serve(feedText);
    const { page } = await openPage(`${site.origin}/kiosk.html?rotate=3600&period=2026-Q1&lang=en`, {
      viewport: { width: 1080, height: 1920 },
    });
    const code = page.getByRole('img', { name: 'Scan to view on your phone' });
    await code.waitFor({ timeout: 20_000 });
    const url = `${site.origin}/public.html?unit=P1&period=2026-Q1&lang=en`;
    expect(await code.getAttribute('data-url')).toBe(url);
    expect(await code.locator('path').getAttribute('d')).toBe(qrPath(encode(url, { ecc: 'M', border: 2 }).data));
    expect(await page.locator('.kiosk-qr__caption').textContent()).toBe('Scan to view on your phone');
    // Large enough to scan from a step away: at least 12% of the screen's width.
    const box = await code.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(1080 * 0.12);
  });
});
