// @vitest-environment jsdom
// The public view on a national view (FEED.md "Federation"): the partial state named, the provinces' times as the headline.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../stats/period';
import * as words from '../view/national-words';
import { NATIONAL_NOW_MS, nationalSnapshot } from '../view/national-test-snapshot';
import { publicRenderer } from './public-render';
import { publicScreen } from './public-view';

const clock = { timeZone: 'Asia/Ho_Chi_Minh', onTimeTarget: 95, staleAfterSeconds: 3600, now: NATIONAL_NOW_MS };

function drawn(failing: boolean, unitId: string | null = null): HTMLElement {
  const snapshot = nationalSnapshot({ failing });
  const choice = { unitId, period: parsePeriod('2026-Q1')!, lang: 'vi' as const };
  const screen = publicScreen(snapshot.model, null, choice, clock, { status: snapshot.federation!, words });
  const root = document.createElement('div');
  publicRenderer(root)(screen, []);
  return root;
}

describe('the public view of a national view', () => {
  it('names the province that is missing and since when, and gives the oldest and the newest update time', () => {
    const root = drawn(true);
    expect(root.querySelector('h1')?.textContent).toMatch(/^Cả nước/);
    expect(root.querySelector('.public__partial')?.textContent).toBe(
      'Số liệu chưa đủ: thiếu 1/3 tỉnh: Tỉnh Lai Châu (không tải được từ 17:05).',
    );
    expect(root.querySelector('.public__updated')?.textContent).toBe('Cập nhật lúc 16:40 – 17:10 (2 tỉnh)');
    // A span of times is no one moment: no <time> claims one.
    expect(root.querySelector('.public__updated time')).toBeNull();
  });

  it('says nothing partial when every province is in and fresh', () => {
    const root = drawn(false);
    expect(root.querySelector('.public__partial')).toBeNull();
    expect(root.querySelector('.public__updated')?.textContent).toBe('Cập nhật lúc 16:40 – 17:10 (2 tỉnh)');
  });

  it('gives a commune its own province’s time, and no partial notice for another province', () => {
    const root = drawn(true, 'C1');
    expect(root.querySelector('.public__partial')).toBeNull();
    expect(root.querySelector('.public__updated time')?.getAttribute('datetime')).toBe('2026-03-31T16:40:00+07:00');
    expect(root.querySelector('.public__updated')?.textContent).toBe('Cập nhật lúc 16:40 31/03/2026');
  });

  it('says a province’s outage on that province’s own units', () => {
    const snapshot = nationalSnapshot();
    const status = {
      ...snapshot.federation!,
      feeds: snapshot.federation!.feeds.map((feed) => ({ ...feed, state: 'failed' as const, failingSinceMs: NATIONAL_NOW_MS - 60_000 })),
    };
    const choice = { unitId: 'B-C1', period: parsePeriod('2026-Q1')!, lang: 'vi' as const };
    const screen = publicScreen(snapshot.model, null, choice, clock, { status, words });
    expect(screen.kind === 'figures' && screen.partial).toBe('Số liệu chưa đủ: 1/1 tỉnh chưa cập nhật: Tỉnh B (không tải được từ 17:19).');
  });
});
