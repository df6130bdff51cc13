// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { WidgetScreen } from './widget-screen';
import type { WidgetSummary } from './widget-summary';
import { screenRenderer } from './widget-render';

const link = { href: 'index.html', text: 'Xem chi tiết', newTab: '(mở trong thẻ mới)' };

function figures(rate: string, updated: string): WidgetScreen {
  const summary: WidgetSummary = {
    lead: { before: 'Năm 2026, Xã Phú Tâm đã giải quyết ', rate, after: ' hồ sơ đúng hạn.' },
    onTimeShare: 99,
    target: { share: 95, label: 'Mục tiêu 95,0%' },
    counts: [{ label: 'Đã tiếp nhận', value: '120' }],
    overdue: 'Không có hồ sơ nào đang quá hạn.',
    updated: { label: 'Cập nhật lúc', value: updated, dateTime: '2026-11-26T16:40:00+07:00' },
  };
  return { kind: 'figures', label: 'Tình hình', summary, staleNote: null, link };
}

describe('the widget page around its screens', () => {
  it('has a main landmark and a level-one heading, and speaks only when the figures change', () => {
    const root = document.createElement('div');
    const show = screenRenderer(root, { title: 'Tình hình giải quyết hồ sơ', figuresUpdated: 'Số liệu vừa cập nhật.' });
    const live = () => root.querySelector('[aria-live="polite"]')?.textContent;
    show({ kind: 'message', text: 'Đang tải số liệu…' });
    expect(root.querySelector('main h1')?.textContent).toBe('Tình hình giải quyết hồ sơ');
    show(figures('99,0%', '16:40'));
    expect(live()).toBe('');
    // A new document with the same figures: only its time moved.
    show(figures('99,0%', '16:50'));
    expect(live()).toBe('');
    show(figures('98,5%', '17:00'));
    expect(live()).toBe(
      'Số liệu vừa cập nhật. Năm 2026, Xã Phú Tâm đã giải quyết 98,5% hồ sơ đúng hạn. Đã tiếp nhận: 120. Không có hồ sơ nào đang quá hạn.',
    );
  });

  it('draws the rate on a scale from 0% to 100% with the target marked and named', () => {
    const root = document.createElement('div');
    screenRenderer(root, { title: 'Tình hình', figuresUpdated: '' })(figures('99,0%', '16:40'));
    expect(root.querySelector<HTMLElement>('.widget__bar-fill')?.style.width).toBe('99%');
    expect(root.querySelector<HTMLElement>('.widget__target-mark')?.style.left).toBe('95%');
    expect(root.querySelector('.widget__target-label')?.textContent).toBe('Mục tiêu 95,0%');
    expect(root.querySelector('.widget__ends')?.textContent).toBe('0%100%');
    expect(root.querySelector('.widget__updated')?.textContent).toBe('Cập nhật lúc 16:40');
  });
});
