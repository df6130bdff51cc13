// Property tests of the roll-up over random forests: parents sum their children, flows add over adjacent periods, stocks come from the ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../feed/parse-feed';
import { ALL_UNITS_ID, type FeedModel } from '../feed/feed-model';
import { COUNT_FIELDS, type CountField, type FeedDocument } from '../feed/feed-schema';
import { monthlyTrend, periodFigures, rollUp } from './roll-up';
import type { UnitFigures } from './figures';
import { monthKey, monthOf, type MonthIndex } from '../feed/month';
import type { MonthRange } from './period';
import { rateTenths } from './rate';

const FLOW_FIELDS = [
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'returned',
] as const satisfies readonly CountField[];

/** The feeds span 14 months from November 2025, so ranges cross a year end. */
const FIRST_MONTH = monthOf(2025, 11);
const SPAN = 14;

type Counts = Record<CountField, number>;
type GeneratedUnit = { id: string; parentId: string | null };
/** rows[unit][offset]: the counts of that unit's row for FIRST_MONTH + offset, or undefined for no row. */
type Forest = { units: GeneratedUnit[]; rows: Array<Array<Counts | undefined>>; dropReturned: boolean[][] };

const countsArb: fc.Arbitrary<Counts> = fc.record(
  Object.fromEntries(COUNT_FIELDS.map((field) => [field, fc.nat({ max: 500 })])) as Record<CountField, fc.Arbitrary<number>>,
);

/** 1 to 3 roots and up to 10 more units, none deeper than 3 levels below its root. */
const unitsArb: fc.Arbitrary<GeneratedUnit[]> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.nat(), { maxLength: 10 }))
  .map(([rootCount, picks]) => {
    const units: GeneratedUnit[] = [];
    const depth: number[] = [];
    for (let i = 0; i < rootCount; i += 1) {
      units.push({ id: `R${i}`, parentId: null });
      depth.push(0);
    }
    for (const pick of picks) {
      const eligible = units.map((_, i) => i).filter((i) => (depth[i] ?? 0) < 3);
      const parent = eligible[pick % eligible.length] as number;
      units.push({ id: `U${units.length}`, parentId: units[parent]?.id ?? null });
      depth.push((depth[parent] ?? 0) + 1);
    }
    return units;
  });

/** Every unit has a row in a month with probability `density`. */
function forestArb(density: 'sparse' | 'dense'): fc.Arbitrary<Forest> {
  return unitsArb.chain((units) => {
    const cell = density === 'dense' ? countsArb : fc.option(countsArb, { nil: undefined, freq: 3 });
    return fc.record({
      units: fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }),
      rows: fc.array(fc.array(cell, { minLength: SPAN, maxLength: SPAN }), { minLength: units.length, maxLength: units.length }),
      dropReturned: fc.array(fc.array(fc.boolean(), { minLength: SPAN, maxLength: SPAN }), {
        minLength: units.length,
        maxLength: units.length,
      }),
    });
  });
}

/** Two adjacent ranges A = [a, b] and B = [b + 1, c], reaching a little outside the feed's months. */
const adjacentRangesArb: fc.Arbitrary<[MonthRange, MonthRange]> = fc
  .tuple(fc.integer({ min: -2, max: SPAN + 1 }), fc.integer({ min: -2, max: SPAN + 1 }), fc.integer({ min: -2, max: SPAN + 1 }))
  .map(([x, y, z]) => {
    const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
    return [
      { from: FIRST_MONTH + a, to: FIRST_MONTH + b },
      { from: FIRST_MONTH + b + 1, to: FIRST_MONTH + Math.max(c, b + 1) },
    ];
  });

const rangeArb: fc.Arbitrary<MonthRange> = adjacentRangesArb.map(([a, b]) => ({ from: a.from, to: b.to }));

/** Row i of the generated forest, sorted by unit id so the document order is independent of the tree order. */
function rowsOf(forest: Forest): Array<{ unitIndex: number; unitId: string; month: MonthIndex; counts: Counts }> {
  const rows: Array<{ unitIndex: number; unitId: string; month: MonthIndex; counts: Counts }> = [];
  forest.units.forEach((unit, unitIndex) => {
    forest.rows[unitIndex]?.forEach((counts, offset) => {
      if (counts) rows.push({ unitIndex, unitId: unit.id, month: FIRST_MONTH + offset, counts });
    });
  });
  return rows;
}

function toDocument(forest: Forest): FeedDocument {
  return {
    schema: 'tthc-feed/1',
    generatedAt: '2026-12-31T23:59:00+07:00',
    units: forest.units.map((u) =>
      u.parentId === null
        ? { id: u.id, name: `Đơn vị ${u.id}`, kind: 'province' }
        : { id: u.id, name: `Đơn vị ${u.id}`, kind: 'commune', parentId: u.parentId },
    ),
    // Rows listed newest first, so the engine cannot rely on the feed's order.
    stats: rowsOf(forest)
      .reverse()
      .map(({ unitIndex, unitId, month, counts }) => {
        const offset = month - FIRST_MONTH;
        const row: FeedDocument['stats'][number] = { unitId, month: monthKey(month), ...counts };
        // An absent `returned` counts as 0: drop it where it is 0 anyway, half the time.
        if (counts.returned === 0 && forest.dropReturned[unitIndex]?.[offset]) delete row.returned;
        return row;
      }),
  };
}

function load(forest: Forest): FeedModel {
  const result = parseFeedDocument(JSON.parse(JSON.stringify(toDocument(forest))));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  // Every generated row is valid: nothing may be left out.
  expect(result.model.quality.rowsLeftOut).toEqual([]);
  return result.model;
}

/** The ids of a unit and every unit below it, from the generated forest (not from the model). */
function subtree(forest: Forest, unitId: string): string[] {
  if (unitId === ALL_UNITS_ID) return forest.units.map((u) => u.id);
  const parentOf = new Map(forest.units.map((u) => [u.id, u.parentId]));
  return forest.units
    .map((u) => u.id)
    .filter((id) => {
      for (let at: string | null | undefined = id; at; at = parentOf.get(at)) if (at === unitId) return true;
      return false;
    });
}

/** A unit's own figures over a range, straight from FEED.md: flows summed, carriedOver from the earliest row, pending from the latest. */
function referenceOwn(forest: Forest, unitId: string, range: MonthRange): { counts: Counts; rowCount: number } {
  const rows = rowsOf(forest)
    .filter((r) => r.unitId === unitId && r.month >= range.from && r.month <= range.to)
    .sort((a, b) => a.month - b.month);
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts;
  for (const row of rows) for (const f of FLOW_FIELDS) counts[f] += row.counts[f];
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last) {
    counts.carriedOver = first.counts.carriedOver;
    counts.pendingWithinDeadline = last.counts.pendingWithinDeadline;
    counts.pendingOverdue = last.counts.pendingOverdue;
  }
  return { counts, rowCount: rows.length };
}

function figuresOf(figures: ReadonlyMap<string, UnitFigures>, unitId: string): UnitFigures {
  const found = figures.get(unitId);
  if (!found) throw new Error(`no figures for ${unitId}`);
  return found;
}

const SUMMED_FIELDS = [...COUNT_FIELDS, 'rowCount', 'received', 'toProcess', 'resolved', 'pending'] as const;

describe('rollUp over random forests', () => {
  it('builds the tree the forest describes, with a synthetic root only for several roots', () => {
    fc.assert(
      fc.property(forestArb('sparse'), (forest) => {
        const model = load(forest);
        const roots = forest.units.filter((u) => u.parentId === null);
        expect(model.rootId).toBe(roots.length === 1 ? roots[0]?.id : ALL_UNITS_ID);
        for (const unit of forest.units)
          expect(model.units.get(unit.id)?.treeParentId).toBe(unit.parentId ?? (roots.length === 1 ? null : ALL_UNITS_ID));
        // Post-order lists every unit once, each child before its parent.
        expect([...model.postOrder].sort()).toEqual([...model.units.keys()].sort());
        const position = new Map(model.postOrder.map((id, i) => [id, i]));
        for (const unit of model.units.values()) {
          if (unit.treeParentId !== null) expect(position.get(unit.id)!).toBeLessThan(position.get(unit.treeParentId)!);
        }
      }),
    );
  });

  it("(1) a parent's figures are its own rows' figures plus the sum of its children's, field by field, for any range", () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        const figures = rollUp(model, range);
        for (const unit of model.units.values()) {
          const own = referenceOwn(forest, unit.id, range);
          const got = figuresOf(figures, unit.id);
          const children = unit.childIds.map((id) => figuresOf(figures, id));
          for (const field of COUNT_FIELDS) {
            const expected = own.counts[field] + children.reduce((sum, child) => sum + child[field], 0);
            expect(got[field], `${unit.id} ${field}`).toBe(expected);
          }
          expect(got.rowCount, `${unit.id} rowCount`).toBe(own.rowCount + children.reduce((sum, child) => sum + child.rowCount, 0));
        }
      }),
    );
  });

  it("a unit's figures equal the sum of its own and every descendant's own figures, derived figures included", () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        const figures = rollUp(model, range);
        for (const unitId of model.units.keys()) {
          const got = figuresOf(figures, unitId);
          const below = subtree(forest, unitId).map((id) => referenceOwn(forest, id, range));
          for (const field of COUNT_FIELDS) expect(got[field], `${unitId} ${field}`).toBe(below.reduce((s, o) => s + o.counts[field], 0));
          expect(got.rowCount).toBe(below.reduce((s, o) => s + o.rowCount, 0));
          expect(got.received).toBe(got.receivedOnline + got.receivedDirect + got.receivedPostal);
          expect(got.toProcess).toBe(got.carriedOver + got.received);
          expect(got.resolved).toBe(got.resolvedEarly + got.resolvedOnTime + got.resolvedLate);
          expect(got.pending).toBe(got.pendingWithinDeadline + got.pendingOverdue);
          expect(got.onTimeRate).toBe(rateTenths(got.resolvedEarly + got.resolvedOnTime, got.resolved));
          expect(got.onlineRate).toBe(rateTenths(got.receivedOnline, got.received));
          expect(got.progressRate).toBe(
            rateTenths(got.resolvedEarly + got.resolvedOnTime + got.pendingWithinDeadline, got.resolved + got.pending),
          );
        }
      }),
    );
  });

  it('the synthetic all-units root sums the roots, field by field', () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        fc.pre(model.rootId === ALL_UNITS_ID);
        const figures = rollUp(model, range);
        const roots = forest.units.filter((u) => u.parentId === null).map((u) => figuresOf(figures, u.id));
        const all = figuresOf(figures, ALL_UNITS_ID);
        for (const field of SUMMED_FIELDS) expect(all[field], field).toBe(roots.reduce((s, r) => s + r[field], 0));
      }),
    );
  });

  it('(2) flows over two adjacent ranges add up to the flows over their union', () => {
    fc.assert(
      fc.property(forestArb('sparse'), adjacentRangesArb, (forest, [a, b]) => {
        const model = load(forest);
        const first = rollUp(model, a);
        const second = rollUp(model, b);
        const union = rollUp(model, { from: a.from, to: b.to });
        for (const unitId of model.units.keys()) {
          for (const field of [...FLOW_FIELDS, 'received', 'resolved', 'rowCount'] as const) {
            expect(figuresOf(union, unitId)[field], `${unitId} ${field}`).toBe(
              figuresOf(first, unitId)[field] + figuresOf(second, unitId)[field],
            );
          }
        }
      }),
    );
  });

  it("(3) carriedOver over the union is the first range's and pending the second's, when every unit has rows at both ends", () => {
    fc.assert(
      fc.property(forestArb('sparse'), adjacentRangesArb, fc.array(countsArb, { minLength: 26, maxLength: 26 }), (forest, [a, b], fill) => {
        // Keep the ranges inside the generated months and give every unit a row in A's first month and B's last.
        const firstMonth = Math.max(a.from, FIRST_MONTH);
        const lastMonth = Math.min(b.to, FIRST_MONTH + SPAN - 1);
        fc.pre(firstMonth <= a.to && b.from <= lastMonth);
        const rangeA = { from: firstMonth, to: a.to };
        const rangeB = { from: b.from, to: lastMonth };
        // A copy: fast-check may replay the generated value while shrinking.
        const filled: Forest = {
          ...forest,
          rows: forest.rows.map((unitRows, unitIndex) => {
            const copy = [...unitRows];
            copy[firstMonth - FIRST_MONTH] ??= fill[2 * unitIndex];
            copy[lastMonth - FIRST_MONTH] ??= fill[2 * unitIndex + 1];
            return copy;
          }),
        };
        const model = load(filled);
        const first = rollUp(model, rangeA);
        const second = rollUp(model, rangeB);
        const union = rollUp(model, { from: rangeA.from, to: rangeB.to });
        for (const unitId of model.units.keys()) {
          expect(figuresOf(union, unitId).carriedOver, `${unitId} carriedOver`).toBe(figuresOf(first, unitId).carriedOver);
          expect(figuresOf(union, unitId).pendingWithinDeadline, `${unitId} pendingWithinDeadline`).toBe(
            figuresOf(second, unitId).pendingWithinDeadline,
          );
          expect(figuresOf(union, unitId).pendingOverdue, `${unitId} pendingOverdue`).toBe(figuresOf(second, unitId).pendingOverdue);
          expect(figuresOf(union, unitId).pending).toBe(figuresOf(second, unitId).pending);
        }
      }),
    );
  });

  it("(3, general) stocks over the union come from each unit's own earliest and latest rows, whichever range holds them", () => {
    fc.assert(
      fc.property(forestArb('sparse'), adjacentRangesArb, (forest, [a, b]) => {
        const model = load(forest);
        const union = rollUp(model, { from: a.from, to: b.to });
        for (const unitId of model.units.keys()) {
          let carriedOver = 0;
          let pending = 0;
          for (const id of subtree(forest, unitId)) {
            const ownA = referenceOwn(forest, id, a);
            const ownB = referenceOwn(forest, id, b);
            carriedOver += ownA.rowCount > 0 ? ownA.counts.carriedOver : ownB.counts.carriedOver;
            pending +=
              ownB.rowCount > 0
                ? ownB.counts.pendingWithinDeadline + ownB.counts.pendingOverdue
                : ownA.counts.pendingWithinDeadline + ownA.counts.pendingOverdue;
          }
          expect(figuresOf(union, unitId).carriedOver, `${unitId} carriedOver`).toBe(carriedOver);
          expect(figuresOf(union, unitId).pending, `${unitId} pending`).toBe(pending);
        }
      }),
    );
  });

  it('(4) rowCount is 0 exactly when no row of the unit or below it lies in the range, and then every figure is 0 and every rate none', () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        const figures = rollUp(model, range);
        const rows = rowsOf(forest);
        for (const unitId of model.units.keys()) {
          const ids = new Set(subtree(forest, unitId));
          const inRange = rows.filter((r) => ids.has(r.unitId) && r.month >= range.from && r.month <= range.to).length;
          const got = figuresOf(figures, unitId);
          expect(got.rowCount === 0, unitId).toBe(inRange === 0);
          expect(got.rowCount).toBe(inRange);
          if (got.rowCount === 0) {
            for (const field of SUMMED_FIELDS) expect(got[field]).toBe(0);
            expect(got.onTimeRate).toBeNull();
            expect(got.onlineRate).toBeNull();
            expect(got.progressRate).toBeNull();
          }
        }
      }),
    );
  });

  it('gives the same figures whatever order the units and rows come in', () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, fc.nat(), (forest, range, seed) => {
        const model = load(forest);
        const document = toDocument(forest);
        // A deterministic shuffle of both lists.
        const shuffle = <T>(items: T[]) =>
          items
            .map((item, i) => ({ item, key: (i * 2654435761 + seed) % 4294967296 }))
            .sort((p, q) => p.key - q.key)
            .map((p) => p.item);
        const shuffled = parseFeedDocument({ ...document, units: shuffle(document.units), stats: shuffle(document.stats) });
        if (!shuffled.ok) throw new Error('refused');
        const expected = rollUp(model, range);
        const got = rollUp(shuffled.model, range);
        for (const unitId of model.units.keys()) expect(figuresOf(got, unitId)).toEqual(figuresOf(expected, unitId));
      }),
    );
  });

  it("periodFigures gives what rollUp gives, and the monthly trend's flows add up to the period's", () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        const direct = rollUp(model, range);
        const cached = periodFigures(model, range);
        expect(periodFigures(model, range)).toBe(cached);
        const trend = monthlyTrend(model, model.rootId, range);
        expect(trend.map((p) => p.month)).toEqual(Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i));
        for (const unitId of model.units.keys()) expect(figuresOf(cached, unitId)).toEqual(figuresOf(direct, unitId));
        const root = figuresOf(direct, model.rootId);
        for (const field of FLOW_FIELDS)
          expect(
            trend.reduce((s, p) => s + p.figures[field], 0),
            field,
          ).toBe(root[field]);
        expect(trend.reduce((s, p) => s + p.figures.rowCount, 0)).toBe(root.rowCount);
      }),
    );
  });

  it("monthlyTrend of any unit is that unit's one-month roll-up, month by month", () => {
    fc.assert(
      fc.property(forestArb('sparse'), rangeArb, (forest, range) => {
        const model = load(forest);
        for (const unitId of model.units.keys()) {
          const trend = monthlyTrend(model, unitId, range);
          expect(trend.map((point) => point.month)).toEqual(Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i));
          for (const point of trend)
            expect(point.figures).toEqual(figuresOf(rollUp(model, { from: point.month, to: point.month }), unitId));
        }
      }),
    );
  });

  it("in a dense feed every unit's stocks over a range are its first month's carriedOver and its last month's pending", () => {
    fc.assert(
      fc.property(forestArb('dense'), fc.integer({ min: 0, max: SPAN - 1 }), fc.integer({ min: 0, max: SPAN - 1 }), (forest, x, y) => {
        const range = { from: FIRST_MONTH + Math.min(x, y), to: FIRST_MONTH + Math.max(x, y) };
        const model = load(forest);
        const whole = rollUp(model, range);
        const firstMonth = rollUp(model, { from: range.from, to: range.from });
        const lastMonth = rollUp(model, { from: range.to, to: range.to });
        for (const unitId of model.units.keys()) {
          expect(figuresOf(whole, unitId).carriedOver).toBe(figuresOf(firstMonth, unitId).carriedOver);
          expect(figuresOf(whole, unitId).pending).toBe(figuresOf(lastMonth, unitId).pending);
          expect(figuresOf(whole, unitId).rowCount).toBe(subtree(forest, unitId).length * (range.to - range.from + 1));
        }
      }),
    );
  });
});
