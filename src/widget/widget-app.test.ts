// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getByRole, queryByRole, waitFor } from '@testing-library/dom';
import { parsePeriod } from '../stats/period';
import { startWidget } from './widget-app';
import type { WidgetChoice } from './widget-screen';
import { widgetTestFeed } from './widget-test-feed';

const BASE = 'https://thongke.example.vn/tthc/widget.html';
const FEED = 'https://thongke.example.vn/tthc/feed.json';
const SENTENCE =
  'Đến tháng 6/2026, Thành phố Cần Thơ đã giải quyết 99,8% hồ sơ đúng hạn. Mục tiêu 95,0% 0%100% Đã tiếp nhận: 123.456. Đã giải quyết: 120.001. Cuối kỳ không có hồ sơ nào quá hạn. Cập nhật lúc 16:40 26/11/2026';

type Answer = () => Response | Promise<Response>;
let answers: Map<string, Answer>;
let requests: string[];
let stop: () => void = () => {};

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function choice(overrides: Partial<WidgetChoice> = {}): WidgetChoice {
  return { unitId: null, period: parsePeriod('ytd')!, badPeriod: null, lang: 'vi', ...overrides };
}

/** The figures as a reader meets them: each paragraph's text, joined by spaces. */
function figuresText(root: HTMLElement): string {
  const region = getByRole(root, 'region');
  return Array.from(region.querySelectorAll('p'), (p) => p.textContent).join(' ');
}

function start(overrides: Partial<WidgetChoice> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  stop = startWidget(root, choice(overrides), BASE);
  return root;
}

beforeEach(() => {
  requests = [];
  answers = new Map([
    // A stale limit the test document (26/11/2026) never reaches, whatever day the tests run.
    [
      'https://thongke.example.vn/tthc/config.json',
      json({ feedUrl: 'feed.json', pollSeconds: 10, timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 10 ** 9 }),
    ],
    [FEED, json(widgetTestFeed())],
  ]);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    const answer = answers.get(url);
    if (!answer) throw new TypeError(`unexpected request ${url}`);
    return answer();
  });
});

afterEach(() => {
  stop();
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the widget page', () => {
  it('shows the sentence for the root, year to date, and links to the public view in a new tab', async () => {
    const root = start();
    await waitFor(() => expect(figuresText(root)).toBe(SENTENCE));
    const link = getByRole(root, 'link', { name: /Xem chi tiết/ });
    expect(link.getAttribute('href')).toBe('https://thongke.example.vn/tthc/public.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(root.querySelector<HTMLElement>('.widget__bar-fill')?.style.width).toBe('99.8%');
  });

  it('shows a unit’s figures for another period, in English, linking to that unit and period', async () => {
    const root = start({ unitId: '31569', period: parsePeriod('2026-Q2')!, lang: 'en' });
    await waitFor(() =>
      expect(figuresText(root)).toMatch(
        /^In Q2 2026, Xã Phú Tâm resolved 98\.4% of dossiers on time\. Target 95\.0% 0%100% Received: 1,383\. Resolved: 1,342\./,
      ),
    );
    expect(getByRole(root, 'link', { name: /Full details/ }).getAttribute('href')).toBe(
      'https://thongke.example.vn/tthc/public.html?unit=31569&period=2026-Q2&lang=en',
    );
  });

  it('treats the feed’s strings as text, never markup', async () => {
    const doc = widgetTestFeed();
    doc.units[0]!.name = '<img src=x onerror=alert(1)>Tỉnh';
    answers.set(FEED, json(doc));
    const root = start();
    await waitFor(() => expect(figuresText(root)).toContain('<img src=x onerror=alert(1)>Tỉnh đã giải quyết'));
    expect(root.querySelector('img')).toBeNull();
  });

  it('says so for an unknown unit, with no other unit’s numbers', async () => {
    const root = start({ unitId: '99999' });
    await waitFor(() => expect(getByRole(root, 'alert').textContent).toBe('Không tìm thấy đơn vị có mã "99999".'));
    expect(root.textContent).not.toMatch(/123\.456|99,8%/);
  });

  it('says so for an unreadable period without asking for the feed', async () => {
    const root = start({ badPeriod: '2026-Q9' });
    expect(getByRole(root, 'alert').textContent).toBe('Không đọc được kỳ báo cáo "2026-Q9".');
    await new Promise((done) => setTimeout(done, 20));
    expect(requests).toEqual([]);
  });

  it('shows one quiet line when the first load fails, then the figures once the feed answers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    answers.set(FEED, json('', 503));
    const root = start();
    await waitFor(() =>
      expect(getByRole(root, 'status').textContent).toBe(
        'Chưa tải được số liệu (không kết nối được tới nguồn số liệu; sẽ tự động thử lại)',
      ),
    );
    expect(root.textContent).not.toMatch(/503|HTTP|Error/);
    answers.set(FEED, json(widgetTestFeed()));
    await vi.advanceTimersByTimeAsync(40_000);
    await waitFor(() => expect(figuresText(root)).toBe(SENTENCE));
  });

  it('names config.json and the field when the configuration is wrong', async () => {
    answers.set('https://thongke.example.vn/tthc/config.json', json({ feedUrl: 42 }));
    const root = start();
    await waitFor(() => expect(getByRole(root, 'status').textContent).toBe('Chưa tải được số liệu (config.json: feedUrl)'));
  });

  it('gives up saying "loading" when config.json never answers, and asks again after a failure', async () => {
    answers.set('https://thongke.example.vn/tthc/config.json', () => new Promise<Response>(() => {}));
    const root = document.createElement('div');
    document.body.append(root);
    stop = startWidget(root, choice(), BASE, { setupPatienceMs: 50, setupRetryMs: 50 });
    expect(getByRole(root, 'status').textContent).toBe('Đang tải số liệu…');
    await waitFor(() => expect(getByRole(root, 'status').textContent).toBe('Chưa tải được số liệu'));
    stop();

    let calls = 0;
    answers.set('https://thongke.example.vn/tthc/config.json', () =>
      (calls += 1) === 1 ? new Response('not found', { status: 404 }) : json({ feedUrl: 'feed.json' })(),
    );
    const again = document.createElement('div');
    document.body.append(again);
    stop = startWidget(again, choice(), BASE, { setupPatienceMs: 5_000, setupRetryMs: 50 });
    await waitFor(() => expect(getByRole(again, 'status').textContent).toBe('Chưa tải được số liệu (config.json)'));
    await waitFor(() => expect(figuresText(again)).toBe(SENTENCE));
  });

  it('keeps the last numbers through a failed poll, marked with their time, and clears the mark when the feed is back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const root = start();
    await waitFor(() => expect(figuresText(root)).toBe(SENTENCE));
    answers.set(FEED, json('<html>502 Bad Gateway</html>'));
    await vi.advanceTimersByTimeAsync(10_000);
    await waitFor(() =>
      expect(queryByRole(root, 'status')?.textContent).toBe('⚠ Không cập nhật được; đây là số liệu lúc 16:40 26/11/2026.'),
    );
    expect(figuresText(root)).toBe(SENTENCE);
    answers.set(FEED, json(widgetTestFeed()));
    await vi.advanceTimersByTimeAsync(10_000);
    await waitFor(() => expect(queryByRole(root, 'status')).toBeNull());
  });
});

describe('polling', () => {
  let observed: Array<(entries: Array<Pick<IntersectionObserverEntry, 'isIntersecting'>>) => void>;

  beforeEach(() => {
    observed = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Array<Pick<IntersectionObserverEntry, 'isIntersecting'>>) => void) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
  });

  const feedRequests = () => requests.filter((url) => url === FEED).length;

  it('polls every pollSeconds while on screen, not while scrolled out of view, and catches up when seen again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const root = start();
    await waitFor(() => expect(figuresText(root)).toBe(SENTENCE));
    expect(feedRequests()).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(feedRequests()).toBe(2);
    for (const callback of observed) callback([{ isIntersecting: false }]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(feedRequests()).toBe(2);
    for (const callback of observed) callback([{ isIntersecting: true }]);
    await vi.advanceTimersByTimeAsync(100);
    expect(feedRequests()).toBe(3);
  });

  it('does not poll while the tab is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const root = start();
    await waitFor(() => expect(figuresText(root)).toBe(SENTENCE));
    const before = feedRequests();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(feedRequests()).toBe(before);
  });
});
