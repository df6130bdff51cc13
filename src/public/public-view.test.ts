import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../feed/parse-feed';
import { parsePeriod } from '../stats/period';
import { monthlyTrend, periodFigures } from '../stats/roll-up';
import { formatRate } from '../i18n/format';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { widgetTestFeed } from '../widget/widget-test-feed';
import { publicScreen, rankAmongKind } from './public-view';

const parsed = parseFeedDocument(widgetTestFeed());
if (!parsed.ok) throw new Error('test feed refused');
const model = parsed.model;
const clock = { timeZone: 'Asia/Ho_Chi_Minh', onTimeTarget: 95 };

describe('the public view', () => {
  it('ranks a unit among every unit of its kind by on-time rate, ties sharing a place', () => {
    const range = { from: model.months!.earliest, to: model.months!.latest };
    const figures = periodFigures(model, range);
    for (const unit of model.units.values()) {
      const rank = rankAmongKind(model, figures, unit);
      const own = figures.get(unit.id)?.onTimeRate ?? null;
      const peers = [...model.units.values()].filter((other) => other.kind === unit.kind && figures.get(other.id)?.onTimeRate != null);
      if (own === null || unit.synthetic || peers.length < 2) {
        expect(rank).toBeNull();
        continue;
      }
      const better = peers.filter((other) => (figures.get(other.id)!.onTimeRate as number) > own).length;
      expect(rank).toEqual({ rank: better + 1, total: peers.length });
    }
  });

  it('says the widget’s sentence and the engine’s figures, in plain words', () => {
    const screen = publicScreen(model, null, { unitId: '31569', period: parsePeriod('2026-Q2')!, lang: 'vi' }, clock);
    const view = unitPeriodFigures(model, '31569', parsePeriod('2026-Q2')!);
    if (screen.kind !== 'figures' || view.status !== 'ok') throw new Error('no figures');
    expect(`${screen.lead.before}${screen.lead.rate}${screen.lead.after}`).toBe(
      'Trong quý 2/2026, Xã Phú Tâm đã giải quyết 98,4% hồ sơ đúng hạn.',
    );
    expect(screen.facts[0]).toBe('Đã tiếp nhận: 1.383. Đã giải quyết: 1.342.');
    // The months' rates are the engine's, month by month.
    const months = monthlyTrend(model, '31569', view.resolved.range);
    expect(screen.trend.months.map((month) => month.text)).toEqual(
      months.map((point) => `Tháng ${(point.month % 12) + 1}/2026: ${formatRate(point.figures.onTimeRate, 'vi')}`),
    );
    expect(screen.targetWords).toBe('Mục tiêu 95,0%');
  });

  it('gives an unknown unit a clear message and no numbers', () => {
    const screen = publicScreen(model, null, { unitId: 'nope', period: parsePeriod('ytd')!, lang: 'en' }, clock);
    expect(screen).toEqual({ kind: 'message', alert: true, text: 'No unit with code "nope".' });
  });

  it('keeps the last numbers when a poll fails, and says so in plain words', () => {
    const screen = publicScreen(model, new Error('503'), { unitId: null, period: parsePeriod('ytd')!, lang: 'vi' }, clock);
    expect(screen.kind === 'figures' && screen.staleNote).toBe('Không cập nhật được; đây là số liệu lúc 16:40 26/11/2026.');
  });
});
