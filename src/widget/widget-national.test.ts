// @vitest-environment jsdom
// The widget on a national view (FEED.md "Federation"): the partial state named, the provinces' times as the headline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { parsePeriod } from '../stats/period';
import * as national from '../view/national-words';
import { NATIONAL_NOW_MS, SMALL_PROVINCE_TEXT, nationalSnapshot, otherProvinceText } from '../view/national-test-snapshot';
import { FeedError } from '../queries/fetch-feed';
import { startWidget } from './widget-app';
import { screenRenderer } from './widget-render';
import { feedScreen, type WidgetChoice } from './widget-screen';

const choice = (unitId: string | null = null): WidgetChoice => ({ unitId, period: parsePeriod('2026-Q1')!, badPeriod: null, lang: 'vi' });
const clock = { timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 3600, now: NATIONAL_NOW_MS };
const BASE = 'https://thongke.example.vn/tthc/widget.html';

function drawn(failing: boolean, unitId: string | null = null): HTMLElement {
  const snapshot = nationalSnapshot({ failing });
  const feed = { model: snapshot.model, error: null, failureCount: 0, federation: snapshot.federation };
  const root = document.createElement('div');
  screenRenderer(root, { title: 'Tình hình', figuresUpdated: '' })(feedScreen(feed, choice(unitId), clock, BASE, national));
  return root;
}

describe('the widget on a national view', () => {
  it('names the province that is missing and since when, and says the oldest and the newest update time', () => {
    const root = drawn(true);
    const partial = root.querySelector('.widget__partial');
    expect(partial?.getAttribute('role')).toBe('status');
    expect(partial?.textContent).toBe('Số liệu chưa đủ: thiếu 1/3 tỉnh: Tỉnh Lai Châu (không tải được từ 17:05).');
    expect(root.querySelector('.widget__updated')?.textContent).toBe('Cập nhật lúc 16:40 – 17:10 (2 tỉnh)');
    expect(root.querySelector('.widget__lead')?.textContent).toContain('Cả nước');
  });

  it('says nothing partial when every province is in and fresh', () => {
    const root = drawn(false);
    expect(root.querySelector('.widget__partial')).toBeNull();
    expect(root.querySelector('.widget__updated')?.textContent).toBe('Cập nhật lúc 16:40 – 17:10 (2 tỉnh)');
  });

  it('gives a unit inside one province that province’s own time, untouched by another province’s outage', () => {
    const root = drawn(true, 'B-C1');
    expect(root.querySelector('.widget__partial')).toBeNull();
    expect(root.querySelector('.widget__updated')?.textContent).toBe('Cập nhật lúc 17:10 31/03/2026');
  });

  it('says the national view’s own problems in their words, not the generic trouble', () => {
    const screen = feedScreen(
      { model: undefined, error: new FeedError({ code: 'no-province', total: 34 }), failureCount: 1 },
      choice(),
      clock,
      BASE,
      national,
    );
    expect(screen).toMatchObject({
      kind: 'message',
      detail: 'Chưa tải được số liệu của tỉnh nào (34 tỉnh trong danh sách); hệ thống tiếp tục thử lại.',
    });
    const badIndex = new FeedError({ code: 'refused', refusal: { code: 'bad-index', problem: { code: 'duplicate-id', id: '92' } } });
    expect(feedScreen({ model: undefined, error: badIndex, failureCount: 1 }, choice(), clock, BASE, national)).toMatchObject({
      detail: 'Danh sách nguồn (tthc-index/1): mã "92" xuất hiện hai lần.',
    });
  });
});

describe('the widget page over an index', () => {
  let stop = () => {};
  beforeEach(() => {
    const answers = new Map<string, () => Response>([
      [
        'https://thongke.example.vn/tthc/config.json',
        () => Response.json({ feedUrl: 'index.json', pollSeconds: 60, timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 10 ** 9 }),
      ],
      [
        'https://thongke.example.vn/tthc/index.json',
        () =>
          Response.json({
            schema: 'tthc-index/1',
            name: 'Cả nước',
            feeds: [
              { id: 'P1', name: 'Tỉnh Mẫu', url: 'p1.json' },
              { id: 'B-P1', name: 'Tỉnh B', url: 'b.json' },
            ],
          }),
      ],
      ['https://thongke.example.vn/tthc/p1.json', () => new Response(SMALL_PROVINCE_TEXT)],
      ['https://thongke.example.vn/tthc/b.json', () => new Response('down', { status: 503 })],
    ]);
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      const answer = answers.get(url);
      if (!answer) throw new TypeError(`unexpected request ${url}`);
      return answer();
    });
  });
  afterEach(() => {
    stop();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('loads the national words with the index and names the province that does not answer', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    stop = startWidget(root, choice(), BASE);
    await waitFor(() =>
      expect(root.querySelector('.widget__partial')?.textContent).toMatch(/^Số liệu chưa đủ: thiếu 1\/2 tỉnh: Tỉnh B \(/),
    );
    expect(root.querySelector('.widget__updated')?.textContent).toBe('Cập nhật lúc 16:40 31/03/2026 (1 tỉnh)');
    expect(otherProvinceText()).toContain('B-P1');
  });
});
