import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { parsePeriod } from '../stats/period';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import type { Lang } from '../i18n/lang';
import { dashboardHref } from '../view/view-params';
import { summarize, summaryText, type OkView } from './widget-summary';
import { overdueWords } from '../i18n/overdue-words';
import { feedScreen, type WidgetChoice } from './widget-screen';
import { widgetTestFeed } from './widget-test-feed';
import { FeedError } from '../queries/fetch-feed';

const parsed = parseFeedDocument(widgetTestFeed());
if (!parsed.ok) throw new Error('test feed refused');
const model: FeedModel = parsed.model;

function sentence(unitId: string | null, period: string, lang: Lang, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const view = unitPeriodFigures(model, unitId, parsePeriod(period)!);
  if (view.status !== 'ok') throw new Error(`no figures: ${view.status}`);
  return summaryText(summarize(view as OkView, { ms: model.generatedAtMs, iso: model.generatedAt }, lang, timeZone));
}

describe('the widget sentence in Vietnamese', () => {
  it('reads as the issue’s example for the root, year to date', () => {
    expect(sentence(null, 'ytd', 'vi')).toBe(
      'Đến tháng 6/2026, Thành phố Cần Thơ đã giải quyết 99,8% hồ sơ đúng hạn. Đã tiếp nhận: 123.456. Đã giải quyết: 120.001. Cuối kỳ không có hồ sơ nào quá hạn. Cập nhật lúc 16:40 26/11/2026.',
    );
  });

  it.each([
    ['2026-Q2', 'Trong quý 2/2026, Xã Phú Tâm đã giải quyết 98,4% hồ sơ đúng hạn. Đã tiếp nhận: 1.383. Đã giải quyết: 1.342.'],
    ['2026-05', 'Trong tháng 5/2026, Xã Phú Tâm đã giải quyết 95,7% hồ sơ đúng hạn. Đã tiếp nhận: 461. Đã giải quyết: 460.'],
    [
      '2026-01..2026-03',
      'Từ tháng 1 đến tháng 3/2026, Xã Phú Tâm đã giải quyết 99,8% hồ sơ đúng hạn. Đã tiếp nhận: 1.374. Đã giải quyết: 1.323.',
    ],
  ])('follows the period %s for a commune', (period, expected) => {
    expect(sentence('31569', period, 'vi')).toBe(`${expected} Cuối kỳ không có hồ sơ nào quá hạn. Cập nhật lúc 16:40 26/11/2026.`);
  });

  it('names the year and says where the feed stops inside it', () => {
    expect(sentence(null, '2026', 'vi')).toMatch(
      /^Trong năm 2026 \(số liệu đến tháng 6\/2026\), Thành phố Cần Thơ đã giải quyết 99,8% hồ sơ đúng hạn\. Đã tiếp nhận: 123\.456\./,
    );
    expect(sentence(null, '2026-H1', 'vi')).toMatch(/^Trong 6 tháng đầu năm 2026, Thành phố Cần Thơ đã giải quyết 99,8%/);
  });

  it('says nothing was resolved rather than a rate without a denominator', () => {
    const text = sentence('92-SYT', '2026-06', 'vi');
    expect(text).toBe(
      'Trong tháng 6/2026, Sở Y tế chưa có hồ sơ nào được giải quyết. Đã tiếp nhận: 0. Đã giải quyết: 0. Cuối kỳ không có hồ sơ nào quá hạn. Cập nhật lúc 16:40 26/11/2026.',
    );
    expect(text).not.toMatch(/NaN|—|%/);
  });
});

describe('the widget sentence in English', () => {
  it('reads naturally with English numbers for the root, year to date', () => {
    expect(sentence(null, 'ytd', 'en')).toBe(
      'By June 2026, Thành phố Cần Thơ resolved 99.8% of dossiers on time. Received: 123,456. Resolved: 120,001. No dossier was overdue at the end of the period. Updated 16:40, 26 November 2026.',
    );
  });

  it.each([
    ['2026-Q2', 'In Q2 2026, Xã Phú Tâm resolved 98.4% of dossiers on time. Received: 1,383. Resolved: 1,342.'],
    ['2026-05', 'In May 2026, Xã Phú Tâm resolved 95.7% of dossiers on time. Received: 461. Resolved: 460.'],
    ['2026-01..2026-03', 'From January to March 2026, Xã Phú Tâm resolved 99.8% of dossiers on time. Received: 1,374. Resolved: 1,323.'],
  ])('follows the period %s', (period, expected) => {
    expect(sentence('31569', period, 'en')).toBe(
      `${expected} No dossier was overdue at the end of the period. Updated 16:40, 26 November 2026.`,
    );
  });

  it('opens an English sentence with the period and its preposition', () => {
    expect(sentence('31569', '2026', 'en')).toMatch(/^In 2026 \(figures to June 2026\), Xã Phú Tâm resolved /);
    expect(sentence('31569', '2026-H1', 'en')).toMatch(/^In the first half of 2026, Xã Phú Tâm resolved /);
    expect(sentence('31569', '2026-Q2', 'vi')).toMatch(/^Trong quý 2\/2026, Xã Phú Tâm đã giải quyết /);
  });

  it('shows the time in the configured zone, not the machine’s', () => {
    expect(sentence(null, 'ytd', 'en', 'UTC')).toMatch(/Updated 09:40, 26 November 2026\.$/);
  });
});

describe('the widget screen', () => {
  const choice = (overrides: Partial<WidgetChoice>): WidgetChoice => ({
    unitId: null,
    period: parsePeriod('ytd')!,
    badPeriod: null,
    lang: 'vi',
    ...overrides,
  });
  const base = 'https://thongke.example.vn/tthc/widget.html?unit=31569';
  /** Drawn a minute after the document was generated, with the default stale limit. */
  const clock = { timeZone: 'Asia/Ho_Chi_Minh', staleAfterSeconds: 600, now: model.generatedAtMs + 60_000 };

  it('says so for an unknown unit instead of showing the root’s numbers', () => {
    const screen = feedScreen({ model, error: null, failureCount: 0 }, choice({ unitId: 'nope' }), clock, base);
    expect(screen).toEqual({ kind: 'message', alert: true, text: 'Không tìm thấy đơn vị có mã "nope".' });
  });

  it('says there is no data for a period the feed does not reach, never zeros', () => {
    const screen = feedScreen({ model, error: null, failureCount: 0 }, choice({ period: parsePeriod('2025')! }), clock, base);
    expect(screen.kind).toBe('no-data');
    expect(screen.kind === 'no-data' && screen.text).toBe('Thành phố Cần Thơ: không có số liệu cho kỳ này (Năm 2025).');
  });

  it('keeps the figures through a failed poll and marks them with their time', () => {
    const screen = feedScreen({ model, error: new Error('503'), failureCount: 1 }, choice({ lang: 'en' }), clock, base);
    expect(screen.kind).toBe('figures');
    expect(screen.kind === 'figures' && screen.staleNote).toBe('Could not update; these are the figures of 16:40, 26 November 2026.');
  });

  it('stops saying "loading" after the first failed attempt without data', () => {
    expect(feedScreen({ model: undefined, error: null, failureCount: 0 }, choice({}), clock, base)).toEqual({
      kind: 'message',
      text: 'Đang tải số liệu…',
    });
    expect(feedScreen({ model: undefined, error: null, failureCount: 1 }, choice({}), clock, base)).toEqual({
      kind: 'message',
      text: 'Chưa tải được số liệu',
      detail: 'không kết nối được tới nguồn số liệu; sẽ tự động thử lại',
    });
  });

  it('says plainly, without status codes, whether the source cannot be reached or sent a bad document', () => {
    const outage = new FeedError({ code: 'http', status: 503, retryAfterSeconds: 120 });
    const refused = new FeedError({ code: 'refused', refusal: { code: 'html' } });
    expect(feedScreen({ model: undefined, error: outage, failureCount: 1 }, choice({ lang: 'en' }), clock, base)).toEqual({
      kind: 'message',
      text: 'Figures could not be loaded',
      detail: 'the data source cannot be reached; retrying automatically',
    });
    expect(feedScreen({ model: undefined, error: refused, failureCount: 0 }, choice({}), clock, base)).toEqual({
      kind: 'message',
      text: 'Chưa tải được số liệu',
      detail: 'nguồn số liệu gửi về tài liệu không hợp lệ; sẽ tự động thử lại',
    });
  });

  it('says when the source has not moved for longer than the stale limit, and not before', () => {
    const fresh = feedScreen({ model, error: null, failureCount: 0 }, choice({}), clock, base);
    expect(fresh.kind === 'figures' && fresh.staleNote).toBeNull();
    const old = feedScreen({ model, error: null, failureCount: 0 }, choice({}), { ...clock, now: model.generatedAtMs + 601_000 }, base);
    expect(old.kind === 'figures' && old.staleNote).toBe('Nguồn số liệu chưa có số liệu mới từ 16:40 26/11/2026.');
  });

  it('shows an update time in the future as given, with a word that it may be wrong, beyond a few minutes of drift', () => {
    const drift = feedScreen(
      { model, error: null, failureCount: 0 },
      choice({}),
      { ...clock, now: model.generatedAtMs - 4 * 60_000 },
      base,
    );
    expect(drift.kind === 'figures' && drift.staleNote).toBeNull();
    const ahead = feedScreen(
      { model, error: null, failureCount: 0 },
      choice({}),
      { ...clock, now: model.generatedAtMs - 7 * 3_600_000 },
      base,
    );
    expect(ahead.kind === 'figures' && ahead.staleNote).toBe(
      'Giờ cập nhật do nguồn số liệu ghi (16:40 26/11/2026) ở tương lai, có thể chưa đúng.',
    );
    expect(ahead.kind === 'figures' && ahead.summary.updated.value).toBe('16:40 26/11/2026');
  });

  it('says the figures are partial when rows under the unit were left out', () => {
    const doc = widgetTestFeed();
    const broken = { ...doc.stats[0]!, receivedOnline: -1 };
    const withBadRows = parseFeedDocument({ ...doc, stats: [...doc.stats, broken, broken] });
    if (!withBadRows.ok) throw new Error('refused');
    const screen = feedScreen({ model: withBadRows.model, error: null, failureCount: 0 }, choice({}), clock, base);
    expect(screen.kind === 'figures' && screen.partialNote).toBe('Số liệu chưa đầy đủ: 2 dòng không hợp lệ của nguồn đã bị loại.');
    expect(screen.kind === 'figures' && screen.staleNote).toBeNull();
  });
});

describe('the link to the full dashboard', () => {
  it('opens the same unit and period beside widget.html', () => {
    expect(
      dashboardHref('https://thongke.example.vn/tthc/widget.html?unit=31569', {
        unitId: '31569',
        period: parsePeriod('2026-Q3')!,
        lang: 'vi',
      }),
    ).toBe('https://thongke.example.vn/tthc/index.html?unit=31569&period=2026-Q3');
    expect(dashboardHref('https://thongke.example.vn/widget.html', { unitId: null, period: parsePeriod('ytd')!, lang: 'en' })).toBe(
      'https://thongke.example.vn/index.html?lang=en',
    );
  });

  it('encodes a unit id rather than letting it add parameters', () => {
    const href = new URL(
      dashboardHref('https://a.example/widget.html', { unitId: 'x&period=2020', period: parsePeriod('ytd')!, lang: 'vi' }),
    );
    expect(href.searchParams.get('unit')).toBe('x&period=2020');
    expect(href.searchParams.get('period')).toBeNull();
  });
});

describe('overdue dossiers in plain words', () => {
  it('counts them now while the period runs, at its end once it is over', () => {
    expect(overdueWords(12, true, 'vi')).toBe('12 hồ sơ đang quá hạn.');
    expect(overdueWords(0, true, 'vi')).toBe('Không có hồ sơ nào đang quá hạn.');
    expect(overdueWords(1_234, false, 'vi')).toBe('Cuối kỳ có 1.234 hồ sơ quá hạn.');
    expect(overdueWords(1, true, 'en')).toBe('1 dossier is overdue.');
    expect(overdueWords(12, true, 'en')).toBe('12 dossiers are overdue.');
    expect(overdueWords(0, true, 'en')).toBe('No dossier is overdue.');
    expect(overdueWords(3, false, 'en')).toBe('3 dossiers were overdue at the end of the period.');
  });

  it('says the feed’s day and "now" for a month still running', () => {
    const doc = widgetTestFeed();
    // Written on 2 June 2026, Viet Nam time, with June as its latest month: the year to date runs to that day.
    doc.generatedAt = '2026-06-02T09:00:00+07:00';
    const running = parseFeedDocument(doc);
    if (!running.ok) throw new Error('refused');
    const view = unitPeriodFigures(running.model, null, parsePeriod('ytd')!) as OkView;
    const vi = summarize(view, { ms: running.model.generatedAtMs, iso: doc.generatedAt }, 'vi', 'Asia/Ho_Chi_Minh', null, 95);
    expect(vi.lead.before).toBe('Tính đến ngày 2/6/2026, Thành phố Cần Thơ đã giải quyết ');
    expect(vi.overdue).toMatch(/đang quá hạn\.$/);
    expect(vi.target).toEqual({ share: 95, label: 'Mục tiêu 95,0%' });
    const en = summarize(view, { ms: running.model.generatedAtMs, iso: doc.generatedAt }, 'en', 'Asia/Ho_Chi_Minh');
    expect(en.lead.before).toBe('By 2 June 2026, Thành phố Cần Thơ resolved ');
    expect(en.updated.value).toBe('09:00, 2 June 2026');
    expect(en.target).toBeNull();
  });
});
