import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import {
  changeDirection,
  changeTone,
  compareUnit,
  comparisonRanges,
  countChange,
  coversRange,
  figureChange,
  onTimeChanges,
  rateChange,
  relativeTenths,
  runningMonth,
  sameBaselines,
  sortByChange,
} from './compare';
import { formatTenthsMagnitude } from '../i18n/format';
import { monthKey, parseMonth } from '../feed/month';
import { parsePeriod, resolvePeriod, type MonthRange } from './period';
import { periodFigures } from './roll-up';

type Row = Record<string, string | number>;

const m = (text: string) => parseMonth(text)!;
const range = (from: string, to: string): MonthRange => ({ from: m(from), to: m(to) });
const keys = (r: MonthRange | null) => (r ? `${monthKey(r.from)}..${monthKey(r.to)}` : null);

function row(unitId: string, month: string, counts: Partial<Record<string, number>> = {}): Row {
  return {
    unitId,
    month,
    carriedOver: 0,
    receivedOnline: 60,
    receivedDirect: 40,
    receivedPostal: 0,
    resolvedEarly: 50,
    resolvedOnTime: 40,
    resolvedLate: 10,
    returned: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    ...counts,
  };
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = m(from); i <= m(to); i += 1) out.push(monthKey(i));
  return out;
}

/** A province with a department reporting every month since January 2025 and a commune formed in July 2025. */
function model(options: { generatedAt?: string; latest?: string; extra?: Row[] } = {}): FeedModel {
  const latest = options.latest ?? '2026-06';
  const stats: Row[] = [
    ...monthsBetween('2025-01', latest).map((month) => row('D', month)),
    ...monthsBetween('2025-07', latest).map((month) => row('C', month)),
    ...(options.extra ?? []),
  ];
  const result = parseFeedText(
    JSON.stringify({
      schema: 'tthc-feed/1',
      generatedAt: options.generatedAt ?? '2026-07-02T08:00:00+07:00',
      units: [
        { id: 'P', name: 'Tỉnh', kind: 'province' },
        { id: 'D', name: 'Sở A', kind: 'department', parentId: 'P' },
        { id: 'C', name: 'Xã B', kind: 'commune', parentId: 'P' },
        { id: 'E', name: 'Sở trống', kind: 'department', parentId: 'P' },
      ],
      stats,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  return result.model;
}

function resolved(feed: FeedModel, period: string) {
  const r = resolvePeriod(parsePeriod(period)!, feed.months);
  if (!r.hasMonths) throw new Error(`no months for ${period}`);
  return r;
}

describe('comparisonRanges', () => {
  const feed = model({ latest: '2026-11' });
  const ranges = (period: string) => {
    const r = comparisonRanges(resolved(feed, period));
    return { yearAgo: keys(r.yearAgo), previous: keys(r.previous) };
  };

  it('compares a month with the month before and the same month a year earlier, January with December', () => {
    expect(ranges('2026-07')).toEqual({ yearAgo: '2025-07..2025-07', previous: '2026-06..2026-06' });
    expect(ranges('2026-01')).toEqual({ yearAgo: '2025-01..2025-01', previous: '2025-12..2025-12' });
  });

  it('compares a quarter and a half with the one before', () => {
    expect(ranges('2026-Q1')).toEqual({ yearAgo: '2025-01..2025-03', previous: '2025-10..2025-12' });
    expect(ranges('2026-H2')).toEqual({ yearAgo: '2025-07..2025-11', previous: '2026-01..2026-05' });
  });

  it('compares a period cut at the latest month over as many months as it has', () => {
    // Q4 up to November: October–November against July–August, and against October–November 2025.
    expect(ranges('2026-Q4')).toEqual({ yearAgo: '2025-10..2025-11', previous: '2026-07..2026-08' });
  });

  it('gives a year, whose previous period is the year earlier, once', () => {
    expect(ranges('2025')).toEqual({ yearAgo: '2024-01..2024-12', previous: null });
    expect(ranges('2026')).toEqual({ yearAgo: '2025-01..2025-11', previous: null });
  });

  it('compares the year to date with the same months last year and the as many months just before', () => {
    expect(ranges('ytd')).toEqual({ yearAgo: '2025-01..2025-11', previous: '2025-02..2025-12' });
    const january = model({ latest: '2026-01' });
    const r = comparisonRanges(resolved(january, 'ytd'));
    expect([keys(r.yearAgo), keys(r.previous)]).toEqual(['2025-01..2025-01', '2025-12..2025-12']);
    const december = model({ latest: '2025-12', generatedAt: '2026-01-01T08:00:00+07:00' });
    expect(keys(comparisonRanges(resolved(december, 'ytd')).previous)).toBeNull();
  });

  it('compares a range with as many months just before it', () => {
    expect(ranges('2026-03..2026-05')).toEqual({ yearAgo: '2025-03..2025-05', previous: '2025-12..2026-02' });
    expect(ranges('2025-06..2026-05')).toEqual({ yearAgo: '2024-06..2025-05', previous: null });
  });
});

describe('runningMonth and coverage', () => {
  it('reads the running month from generatedAt as the publisher wrote it', () => {
    expect(runningMonth(model({ generatedAt: '2026-06-30T23:59:00+07:00' }))).toBe(m('2026-06'));
    expect(runningMonth(model({ generatedAt: '2026-07-01T00:10:00+07:00' }))).toBe(m('2026-07'));
  });

  it('covers a range only when every month has a row under the unit and the feed has the months', () => {
    const feed = model();
    expect(coversRange(feed, 'D', range('2025-01', '2025-06'))).toBe(true);
    expect(coversRange(feed, 'D', range('2024-12', '2025-06'))).toBe(false);
    expect(coversRange(feed, 'D', range('2026-06', '2026-07'))).toBe(false);
    // The commune formed in July 2025 has no first half of 2025; the province has, through the department.
    expect(coversRange(feed, 'C', range('2025-01', '2025-06'))).toBe(false);
    expect(coversRange(feed, 'C', range('2025-07', '2025-12'))).toBe(true);
    expect(coversRange(feed, 'P', range('2025-01', '2025-06'))).toBe(true);
    expect(coversRange(feed, 'E', range('2025-07', '2025-12'))).toBe(false);
    expect(coversRange(feed, 'nobody', range('2025-07', '2025-12'))).toBe(false);
  });

  it('sees a month missing in the middle of a range', () => {
    const feed = model({ extra: [row('G', '2026-01'), row('G', '2026-03')] });
    expect(coversRange(feed, 'G', range('2026-01', '2026-03'))).toBe(false);
  });
});

describe('compareUnit', () => {
  it('gives both baselines with their figures when the feed has them whole', () => {
    const feed = model({ latest: '2026-06', generatedAt: '2026-07-02T08:00:00+07:00' });
    const comparison = compareUnit(feed, 'D', resolved(feed, '2026-Q2'));
    expect(comparison.running).toBeNull();
    expect(comparison.baselines.map((b) => [b.basis, b.status, keys(b.range)])).toEqual([
      ['yearAgo', 'ok', '2025-04..2025-06'],
      ['previous', 'ok', '2026-01..2026-03'],
    ]);
    const [yearAgo] = comparison.baselines;
    expect(yearAgo?.status === 'ok' && yearAgo.figures).toBe(periodFigures(feed, range('2025-04', '2025-06')).get('D'));
  });

  it('says a baseline is missing when it is before the feed, or only partly under the unit', () => {
    const feed = model();
    const first = compareUnit(feed, 'D', resolved(feed, '2025-03'));
    expect(first.baselines.map((b) => [b.basis, b.status])).toEqual([
      ['yearAgo', 'missing'],
      ['previous', 'ok'],
    ]);
    const commune = compareUnit(feed, 'C', resolved(feed, '2026-H1'));
    expect(commune.baselines.map((b) => [b.basis, b.status === 'missing' && b.reason])).toEqual([
      ['yearAgo', 'baseline'],
      ['previous', false],
    ]);
  });

  it('compares nothing when this period itself is not whole under the unit', () => {
    const feed = model({ extra: [row('G', '2026-02'), row('G', '2026-03')] });
    const comparison = compareUnit(feed, 'G', resolved(feed, '2026-Q1'));
    expect(comparison.baselines.every((b) => b.status === 'missing' && b.reason === 'current')).toBe(true);
  });

  it('marks a period that reaches the running month', () => {
    const feed = model({ latest: '2026-06', generatedAt: '2026-06-20T08:00:00+07:00' });
    expect(compareUnit(feed, 'P', resolved(feed, 'ytd')).running).toBe(m('2026-06'));
    expect(compareUnit(feed, 'P', resolved(feed, '2026-05')).running).toBeNull();
  });

  it('is equal by value across documents with the same figures', () => {
    const a = model();
    const b = model();
    expect(sameBaselines(compareUnit(a, 'P', resolved(a, 'ytd')), compareUnit(b, 'P', resolved(b, 'ytd')))).toBe(true);
    const c = model({ extra: [row('E', '2025-02', { resolvedLate: 90 })] });
    expect(sameBaselines(compareUnit(a, 'P', resolved(a, 'ytd')), compareUnit(c, 'P', resolved(c, 'ytd')))).toBe(false);
  });
});

describe('figureChange', () => {
  const feed = model({ latest: '2026-06', generatedAt: '2026-06-20T08:00:00+07:00', extra: [row('E', '2026-06', { resolvedLate: 0 })] });

  it('does not compare the flows of a running month, but compares its rates and stocks', () => {
    const r = resolved(feed, '2026-06');
    const comparison = compareUnit(feed, 'D', r);
    const figures = periodFigures(feed, r.range).get('D')!;
    const yearAgo = comparison.baselines[0]!;
    expect(figureChange('received', figures, yearAgo, comparison.running)).toEqual({ kind: 'running', month: m('2026-06') });
    expect(figureChange('resolved', figures, yearAgo, comparison.running).kind).toBe('running');
    expect(figureChange('onTimeRate', figures, yearAgo, comparison.running)).toEqual({ kind: 'points', tenths: 0 });
    expect(figureChange('pending', figures, yearAgo, comparison.running)).toEqual({ kind: 'absolute', delta: 0 });
  });

  it('passes a missing baseline on', () => {
    const r = resolved(feed, '2025-02');
    const comparison = compareUnit(feed, 'D', r);
    const figures = periodFigures(feed, r.range).get('D')!;
    expect(figureChange('onTimeRate', figures, comparison.baselines[0]!, null)).toEqual({ kind: 'missing', reason: 'baseline' });
  });

  it('compares counts in percent, small stocks in dossiers, rates in points', () => {
    expect(countChange(1032, 1000)).toEqual({ kind: 'relative', tenths: 32 });
    expect(countChange(968, 1000)).toEqual({ kind: 'relative', tenths: -32 });
    expect(countChange(7, 3, true)).toEqual({ kind: 'absolute', delta: 4 });
    expect(rateChange(951, 940)).toEqual({ kind: 'points', tenths: 11 });
    expect(rateChange(940, 951)).toEqual({ kind: 'points', tenths: -11 });
  });

  it('says nothing in percent against zero, and nothing at all when a rate is "—"', () => {
    expect(countChange(12, 0)).toEqual({ kind: 'absolute', delta: 12 });
    expect(countChange(0, 0)).toEqual({ kind: 'absolute', delta: 0 });
    expect(rateChange(null, 950)).toEqual({ kind: 'no-rate' });
    expect(rateChange(950, null)).toEqual({ kind: 'no-rate' });
    expect(changeDirection({ kind: 'no-rate' })).toBeNull();
  });
});

describe('relativeTenths', () => {
  it('rounds half away from zero, exactly', () => {
    expect(relativeTenths(10005, 10000)).toBe(1); // 0,05% → 0,1%
    expect(relativeTenths(9995, 10000)).toBe(-1);
    expect(relativeTenths(10015, 10000)).toBe(2); // 0,15% → 0,2%, where 0.15 * 10 is 1.4999… in floating point
    expect(relativeTenths(3, 1)).toBe(2000);
  });

  it('never shows a change that is not zero as 0,0', () => {
    expect(relativeTenths(1_000_001, 1_000_000)).toBe(1);
    expect(relativeTenths(999_999, 1_000_000)).toBe(-1);
    expect(relativeTenths(5, 5)).toBe(0);
  });

  it('has the sign of the difference and is never further than half a tenth from the exact change, bar the smallest', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (current, base) => {
        const tenths = relativeTenths(current, base);
        expect(Math.sign(tenths)).toBe(Math.sign(current - base));
        const exact = ((current - base) / base) * 1000;
        if (Math.abs(exact) >= 1) expect(Math.abs(tenths - exact)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });
});

describe('direction and tone', () => {
  it('reads good and bad by the figure, volumes neutral', () => {
    const up = { kind: 'absolute', delta: 3 } as const;
    const down = { kind: 'points', tenths: -5 } as const;
    expect(changeTone('pendingOverdue', up)).toBe('bad');
    expect(changeTone('pending', up)).toBe('bad');
    expect(changeTone('onTimeRate', down)).toBe('bad');
    expect(changeTone('progressRate', { kind: 'points', tenths: 4 })).toBe('good');
    expect(changeTone('received', up)).toBe('neutral');
    expect(changeTone('onTimeRate', { kind: 'points', tenths: 0 })).toBe('neutral');
    expect(changeTone('onTimeRate', { kind: 'no-rate' })).toBe('neutral');
    expect(changeDirection({ kind: 'relative', tenths: 0 })).toBe('same');
  });

  it('formats the size of a change', () => {
    expect(formatTenthsMagnitude(-32, 'vi')).toBe('3,2');
    expect(formatTenthsMagnitude(12345, 'vi')).toBe('1.234,5');
    expect(formatTenthsMagnitude(11, 'en')).toBe('1.1');
  });
});

describe('onTimeChanges and sortByChange', () => {
  // D falls from 90% to 70% in 2026-Q2; C stays at 90%; E has no rows.
  const late = ['2026-04', '2026-05', '2026-06'].map((month) => ({ month }));
  const stats: Row[] = [
    ...monthsBetween('2025-01', '2026-06').map((month) =>
      row('D', month, late.some((l) => l.month === month) ? { resolvedEarly: 30, resolvedOnTime: 40, resolvedLate: 30 } : {}),
    ),
    ...monthsBetween('2025-01', '2026-06').map((month) => row('C', month)),
  ];
  const result = parseFeedText(
    JSON.stringify({
      schema: 'tthc-feed/1',
      generatedAt: '2026-07-02T08:00:00+07:00',
      units: [
        { id: 'P', name: 'Tỉnh', kind: 'province' },
        { id: 'C', name: 'Xã B', kind: 'commune', parentId: 'P' },
        { id: 'D', name: 'Sở A', kind: 'department', parentId: 'P' },
        { id: 'E', name: 'Sở trống', kind: 'department', parentId: 'P' },
      ],
      stats,
    }),
  );
  if (!result.ok) throw new Error('refused');
  const feed = result.model;
  const changes = onTimeChanges(feed, range('2026-04', '2026-06'), range('2025-04', '2025-06'));

  it('gives each unit its change in points, null without a whole comparison', () => {
    expect(changes.get('D')).toBe(-200);
    expect(changes.get('C')).toBe(0);
    expect(changes.get('E')).toBeNull();
    expect(changes.get('P')).toBe(-100);
    expect(onTimeChanges(feed, range('2026-04', '2026-06'), range('2025-04', '2025-06'))).toBe(changes);
  });

  it('puts the biggest fall first, and units without a change last in either direction', () => {
    const rows = ['E', 'C', 'D'].map((id) => ({ unit: { id } }));
    expect(sortByChange(rows, changes, 'asc').map((r) => r.unit.id)).toEqual(['D', 'C', 'E']);
    expect(sortByChange(rows, changes, 'desc').map((r) => r.unit.id)).toEqual(['C', 'D', 'E']);
  });
});
