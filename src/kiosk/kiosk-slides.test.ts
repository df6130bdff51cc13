import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { DEFAULT_PERIOD, parsePeriod } from '../stats/period';
import {
  buildSlides,
  currentSlideIndex,
  nextSlideKey,
  rankByOnTimeRate,
  rankingScale,
  rotationOrder,
  type OkView,
  type SlideOptions,
} from './kiosk-slides';

const options: SlideOptions = { onTimeTarget: 95, nameOf: (unit) => unit.name };

function modelOf(text: string): FeedModel {
  const result = parseFeedText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  return result.model;
}

function okView(model: FeedModel, unitId: string | null, period = DEFAULT_PERIOD): OkView {
  const view = unitPeriodFigures(model, unitId, period);
  if (view.status !== 'ok') throw new Error(view.status);
  return view;
}

type Counts = { early?: number; onTime?: number; late?: number; received?: number; within?: number; overdue?: number };

/** A root with children, each child one row per month given; every row consistent. */
function feed(children: Array<{ id: string; name?: string; months: Record<string, Counts> }>): FeedModel {
  const units = [{ id: 'R', name: 'Tỉnh Thử', kind: 'province' }];
  const stats: unknown[] = [];
  for (const child of children) {
    units.push({ id: child.id, name: child.name ?? `Xã ${child.id}`, kind: 'commune', parentId: 'R' } as never);
    for (const [month, c] of Object.entries(child.months)) {
      const resolved = (c.early ?? 0) + (c.onTime ?? 0) + (c.late ?? 0);
      const pending = (c.within ?? 0) + (c.overdue ?? 0);
      const received = c.received ?? resolved + pending;
      stats.push({
        unitId: child.id,
        month,
        carriedOver: resolved + pending - received,
        receivedOnline: received,
        receivedDirect: 0,
        receivedPostal: 0,
        resolvedEarly: c.early ?? 0,
        resolvedOnTime: c.onTime ?? 0,
        resolvedLate: c.late ?? 0,
        pendingWithinDeadline: c.within ?? 0,
        pendingOverdue: c.overdue ?? 0,
      });
    }
  }
  return modelOf(JSON.stringify({ schema: 'tthc-feed/1', generatedAt: '2026-06-30T10:00:00+07:00', units, stats }));
}

const kinds = (model: FeedModel, view: OkView) => buildSlides(model, view, options).map((slide) => slide.key);

describe('buildSlides', () => {
  const small = modelOf(readFileSync(new URL('../../docs/examples/small-province.json', import.meta.url), 'utf8'));

  it('shows a province every slide in order: summary, ranking, volume, trend, overdue', () => {
    expect(kinds(small, okView(small, null))).toEqual(['summary', 'ranking', 'volume', 'trend', 'overdue']);
  });

  it('skips the ranking, volume and overdue slides of a unit with no child units', () => {
    expect(kinds(small, okView(small, 'C1'))).toEqual(['summary', 'trend']);
  });

  it('skips the trend when the period has a single month of data', () => {
    const model = feed([{ id: 'A', months: { '2026-06': { early: 5, within: 1 } } }]);
    expect(kinds(model, okView(model, null))).toEqual(['summary', 'ranking', 'volume']);
  });

  it('reaches back before the period for the trend, up to twelve months', () => {
    const months: Record<string, Counts> = {};
    for (let m = 1; m <= 12; m += 1) months[`2025-${String(m).padStart(2, '0')}`] = { early: m };
    months['2026-01'] = { early: 3 };
    const model = feed([{ id: 'A', months }]);
    const trend = buildSlides(model, okView(model, null), options).find((slide) => slide.kind === 'trend');
    expect(trend?.kind === 'trend' && trend.points.map((point) => point.figures.resolved)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 3]);
  });

  it('skips the overdue slide when no unit has an overdue dossier', () => {
    const model = feed([
      { id: 'A', months: { '2026-05': { early: 5 }, '2026-06': { early: 5, within: 2 } } },
      { id: 'B', months: { '2026-05': { onTime: 5 }, '2026-06': { late: 1 } } },
    ]);
    expect(kinds(model, okView(model, null))).not.toContain('overdue');
  });

  it('lists only the units with overdue dossiers, most overdue first, and counts them all', () => {
    const model = feed([
      { id: 'A', months: { '2026-06': { early: 5, overdue: 2 } } },
      { id: 'B', months: { '2026-06': { early: 5 } } },
      { id: 'C', months: { '2026-06': { early: 5, within: 4, overdue: 7 } } },
    ]);
    const overdue = buildSlides(model, okView(model, null), options).filter((slide) => slide.kind === 'overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ unitsWithOverdue: 2, totalOverdue: 9 });
    expect(overdue[0]?.kind === 'overdue' && overdue[0].rows.map((row) => [row.unitId, row.overdue, row.pending])).toEqual([
      ['C', 7, 11],
      ['A', 2, 2],
    ]);
  });

  it('shows a long ranking as one slide, its five best and five furthest below target, and the ten most overdue', () => {
    const children = Array.from({ length: 23 }, (_, index) => ({
      id: `U${String(index).padStart(2, '0')}`,
      months: { '2026-06': { early: 100 - index, late: index, overdue: 1 + index } },
    }));
    const model = feed(children);
    const slides = buildSlides(model, okView(model, null), options);
    expect(slides.map((slide) => slide.key)).toEqual(['summary', 'ranking', 'volume', 'overdue']);
    const ranking = slides.find((slide) => slide.kind === 'ranking');
    expect(ranking?.kind === 'ranking' && ranking.rows.map((row) => [row.unitId, row.rank])).toEqual([
      ['U00', 1],
      ['U01', 2],
      ['U02', 3],
      ['U03', 4],
      ['U04', 5],
      ['U18', 19],
      ['U19', 20],
      ['U20', 21],
      ['U21', 22],
      ['U22', 23],
    ]);
    expect(ranking).toMatchObject({ unitsRanked: 23, gapAfter: 4 });
    const overdue = slides.find((slide) => slide.kind === 'overdue');
    expect(overdue?.kind === 'overdue' && overdue.rows.map((row) => row.unitId)).toEqual([
      'U22',
      'U21',
      'U20',
      'U19',
      'U18',
      'U17',
      'U16',
      'U15',
      'U14',
      'U13',
    ]);
    expect(overdue).toMatchObject({ unitsWithOverdue: 23, totalOverdue: (23 * 24) / 2 });
  });

  it('shows a short ranking whole, with no gap', () => {
    const children = Array.from({ length: 10 }, (_, index) => ({
      id: `U${index}`,
      months: { '2026-06': { early: 100 - index, late: index } },
    }));
    const model = feed(children);
    const ranking = buildSlides(model, okView(model, null), options).find((slide) => slide.kind === 'ranking');
    expect(ranking).toMatchObject({ unitsRanked: 10, gapAfter: null });
    expect(ranking?.kind === 'ranking' && ranking.rows).toHaveLength(10);
  });

  it('keeps the received-against-resolved chart to the eight busiest units', () => {
    const children = Array.from({ length: 14 }, (_, index) => ({ id: `V${index}`, months: { '2026-06': { early: 10 + index } } }));
    const model = feed(children);
    const volume = buildSlides(model, okView(model, null), options).find((slide) => slide.kind === 'volume');
    expect(volume?.kind === 'volume' && volume.rows.map((row) => row.unitId)).toEqual(['V13', 'V12', 'V11', 'V10', 'V9', 'V8', 'V7', 'V6']);
    expect(volume).toMatchObject({ unitsWithData: 14 });
  });

  it('shows nothing for a period in which the unit has no row', () => {
    const model = feed([
      { id: 'A', months: { '2026-05': { early: 5 }, '2026-06': { early: 5 } } },
      { id: 'B', months: { '2026-06': { early: 5 } } },
    ]);
    const view = okView(model, 'B', parsePeriod('2026-05')!);
    expect(buildSlides(model, view, options)).toEqual([]);
  });
});

describe('rankByOnTimeRate', () => {
  it('ranks by rate, shares a rank between equal rates, and leaves out units that resolved nothing', () => {
    const model = feed([
      { id: 'A', months: { '2026-06': { early: 90, late: 10 } } }, // 90,0%
      { id: 'B', months: { '2026-06': { early: 99, late: 1 } } }, // 99,0%
      { id: 'C', months: { '2026-06': { onTime: 198, late: 2 } } }, // 99,0%, more resolved than B
      { id: 'D', months: { '2026-06': { within: 4 } } }, // nothing resolved
      { id: 'E', months: { '2026-06': { early: 50 } } }, // 100,0%
    ]);
    const rows = rankByOnTimeRate(okView(model, null), options);
    expect(rows.map((row) => [row.unitId, row.rank, row.rate, row.belowTarget])).toEqual([
      ['E', 1, 1000, false],
      ['C', 2, 990, false],
      ['B', 2, 990, false],
      ['A', 4, 900, true],
    ]);
  });
});

describe('rotationOrder', () => {
  const small = modelOf(readFileSync(new URL('../../docs/examples/small-province.json', import.meta.url), 'utf8'));
  const slides = buildSlides(small, okView(small, null), options);

  /** Seconds, over two whole rotations, between one start of the headline and the next (wrapping round included). */
  function headlineGaps(order: readonly { kind: string }[], seconds: number): number[] {
    const starts = [...order, ...order].flatMap((slide, index) => (slide.kind === 'summary' ? [index * seconds] : []));
    return starts.slice(1).map((start, index) => start - (starts[index] ?? 0));
  }

  it('brings the headline back every third slide at the default 20 s: six slides, two minutes a rotation', () => {
    const order = rotationOrder(slides, 20);
    expect(order.map((slide) => slide.key)).toEqual(['summary', 'ranking', 'volume', 'summary-2', 'trend', 'overdue']);
    expect(Math.max(...headlineGaps(order, 20))).toBeLessThanOrEqual(60);
    expect(order.length * 20).toBe(120);
  });

  it('keeps the headline within every 60 s at any pace, and adds no repeat when the rotation is already short', () => {
    for (const seconds of [5, 7, 10, 15, 20, 25, 30]) {
      const order = rotationOrder(slides, seconds);
      expect(Math.max(...headlineGaps(order, seconds)), `${seconds} s`).toBeLessThanOrEqual(60);
      expect(new Set(order.map((slide) => slide.key)).size, `${seconds} s: keys unique`).toBe(order.length);
    }
    expect(rotationOrder(slides, 2).map((slide) => slide.key)).toEqual(['summary', 'ranking', 'volume', 'trend', 'overdue']);
  });

  it('alternates with the headline when a slide stays longer than half a minute', () => {
    expect(rotationOrder(slides, 45).map((slide) => slide.kind)).toEqual([
      'summary',
      'ranking',
      'summary',
      'volume',
      'summary',
      'trend',
      'summary',
      'overdue',
    ]);
  });
});

describe('slide rotation', () => {
  const keys = ['summary', 'ranking-1', 'ranking-2', 'trend'];

  it('moves to the next slide and wraps round to the first', () => {
    expect(nextSlideKey(keys, null)).toBe('ranking-1');
    expect(nextSlideKey(keys, 'summary')).toBe('ranking-1');
    expect(nextSlideKey(keys, 'ranking-2')).toBe('trend');
    expect(nextSlideKey(keys, 'trend')).toBe('summary');
  });

  it('falls back to the first slide when the one on screen disappears with a new document', () => {
    expect(currentSlideIndex(keys, 'ranking-5')).toBe(0);
    expect(nextSlideKey(keys, 'ranking-5')).toBe('ranking-1');
    expect(currentSlideIndex(keys, 'trend')).toBe(3);
  });

  it('has nothing to show without slides, and stays on a single slide', () => {
    expect(nextSlideKey([], 'summary')).toBeNull();
    expect(nextSlideKey(['summary'], 'summary')).toBe('summary');
  });
});

describe('rankingScale', () => {
  it('starts at the lowest rate shown rounded down to 5%, so units between 83% and 100% spread over the width', () => {
    const scale = rankingScale([1000, 990, 912, 834], 950);
    expect(scale.floor).toBe(800);
    expect(scale.at(950)).toBe(0.75);
    expect(scale.at(1000)).toBe(1);
    expect(scale.at(834)).toBeCloseTo(0.17);
  });

  it('keeps the target at least 5% above the floor, and the floor within 0–95%', () => {
    expect(rankingScale([1000, 998], 950).floor).toBe(900);
    expect(rankingScale([1000], 1000).floor).toBe(950);
    expect(rankingScale([12], 950).floor).toBe(0);
    expect(rankingScale([], 950).at(-5)).toBe(0);
  });
});
