// Property tests of figures by field over random forests and catalogues: a unit's figures are the sum over its fields,
// a field's figures over a parent are its own plus its children's, and a document without fields gives the figures
// it gives when every row is put in one field (the field machinery adds nothing and loses nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS, type FeedDocument } from '../feed/feed-schema';
import { monthKey, monthOf } from '../feed/month';
import { compareUnit, coversRange, onTimeChanges } from './compare';
import { addCounts, emptyCounts, type Counts } from './figures';
import { fieldBreakdown } from './field-figures';
import { rowsLeftOutUnder } from './left-out';
import type { MonthRange, Period } from './period';
import { resolvePeriod } from './period';
import { monthlyTrend, periodFigures } from './roll-up';
import { descendantFigures, unitPeriodFigures } from './unit-period-figures';

const FIRST_MONTH = monthOf(2025, 11);
const SPAN = 8;
const ALL_COUNTS = [...COUNT_FIELDS, ...EXTRA_COUNT_FIELDS] as const;

type Series = Array<Counts | undefined>;
type Generated = { units: Array<{ id: string; parentId: string | null }>; fields: string[]; series: Series[][] };

const countsArb: fc.Arbitrary<Counts> = fc.record(
  Object.fromEntries(ALL_COUNTS.map((field) => [field, fc.nat({ max: 300 })])) as Record<keyof Counts, fc.Arbitrary<number>>,
);

/** One root and up to 8 more units, 1 to 4 fields, each (unit, field) a sparse series (a unit may lack a field). */
const generatedArb: fc.Arbitrary<Generated> = fc
  .tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 4 }))
  .chain(([picks, fieldCount]) => {
    const units = [{ id: 'R', parentId: null as string | null }];
    for (const pick of picks) units.push({ id: `U${units.length}`, parentId: units[pick % units.length]!.id });
    const fields = Array.from({ length: fieldCount }, (_, i) => `F${i}`);
    const cell = fc.option(countsArb, { nil: undefined, freq: 3 });
    const series = fc.array(
      fc.array(fc.array(cell, { minLength: SPAN, maxLength: SPAN }), { minLength: fieldCount, maxLength: fieldCount }),
      {
        minLength: units.length,
        maxLength: units.length,
      },
    );
    return series.map((s) => ({ units, fields, series: s }));
  });

const rangeArb: fc.Arbitrary<MonthRange> = fc
  .tuple(fc.integer({ min: -1, max: SPAN }), fc.integer({ min: -1, max: SPAN }))
  .map(([a, b]) => ({ from: FIRST_MONTH + Math.min(a, b), to: FIRST_MONTH + Math.max(a, b) }));

function documentOf(generated: Generated, byField: boolean): FeedDocument {
  const stats: FeedDocument['stats'] = [];
  generated.units.forEach((unit, u) => {
    generated.fields.forEach((fieldId, f) => {
      generated.series[u]?.[f]?.forEach((counts, offset) => {
        if (counts) stats.push({ unitId: unit.id, ...(byField ? { fieldId } : {}), month: monthKey(FIRST_MONTH + offset), ...counts });
      });
    });
  });
  return {
    schema: 'tthc-feed/1',
    generatedAt: '2026-12-31T23:59:00+07:00',
    units: generated.units.map((u) =>
      u.parentId === null ? { id: u.id, name: u.id, kind: 'province' } : { id: u.id, name: u.id, kind: 'commune', parentId: u.parentId },
    ),
    ...(byField ? { fields: generated.fields.map((id) => ({ id, name: `Lĩnh vực ${id}` })) } : {}),
    // Newest first, so the engine cannot lean on the publisher's order.
    stats: stats.reverse(),
  };
}

function load(document: FeedDocument): FeedModel {
  const result = parseFeedDocument(JSON.parse(JSON.stringify(document)));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

/** A (unit, field)'s own counts over a range, straight from FEED.md: flows summed, stocks from its first and last row. */
function referenceOwn(series: Series, range: MonthRange): { counts: Counts; rowCount: number } {
  const counts = emptyCounts();
  const rows = series
    .map((c, offset) => ({ c, month: FIRST_MONTH + offset }))
    .filter((r) => r.c && r.month >= range.from && r.month <= range.to);
  for (const { c } of rows) {
    for (const field of [
      'receivedOnline',
      'receivedDirect',
      'receivedPostal',
      'resolvedEarly',
      'resolvedOnTime',
      'resolvedLate',
      'returned',
      'resolvedMinutes',
    ] as const)
      counts[field] += c![field];
  }
  const first = rows[0]?.c;
  const last = rows.at(-1)?.c;
  if (first && last) {
    counts.carriedOver = first.carriedOver;
    counts.pendingWithinDeadline = last.pendingWithinDeadline;
    counts.pendingOverdue = last.pendingOverdue;
    counts.pendingDueSoon = last.pendingDueSoon;
  }
  return { counts, rowCount: rows.length };
}

function countsOf(figures: Counts & { rowCount: number }): Record<string, number> {
  return Object.fromEntries([...ALL_COUNTS, 'rowCount'].map((key) => [key, figures[key as keyof Counts]]));
}

describe('figures by field', () => {
  it("a unit's figures are the sum over its fields, every count, for any range", () => {
    fc.assert(
      fc.property(generatedArb, rangeArb, (generated, range) => {
        const model = load(documentOf(generated, true));
        const all = periodFigures(model, range);
        for (const unit of generated.units) {
          const sum = emptyCounts();
          let rowCount = 0;
          for (const fieldId of generated.fields) {
            const one = periodFigures(model, range, fieldId).get(unit.id)!;
            addCounts(sum, one);
            rowCount += one.rowCount;
          }
          expect(countsOf({ ...sum, rowCount }), unit.id).toEqual(countsOf(all.get(unit.id)!));
          // fieldBreakdown lists the fields with rows, and they add up to the unit's figures too.
          const breakdown = fieldBreakdown(model, unit.id, range);
          expect(breakdown.reduce((total, row) => total + row.figures.received, 0)).toBe(all.get(unit.id)!.received);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a field's figures over a parent are its own rows' plus the sum of its children's", () => {
    fc.assert(
      fc.property(generatedArb, rangeArb, (generated, range) => {
        const model = load(documentOf(generated, true));
        generated.fields.forEach((fieldId, f) => {
          const figures = periodFigures(model, range, fieldId);
          generated.units.forEach((unit, u) => {
            const expected = referenceOwn(generated.series[u]![f]!, range);
            for (const child of generated.units.filter((c) => c.parentId === unit.id)) {
              addCounts(expected.counts, figures.get(child.id)!);
              expected.rowCount += figures.get(child.id)!.rowCount;
            }
            expect(countsOf(figures.get(unit.id)!), `${unit.id} ${fieldId}`).toEqual(
              countsOf({ ...expected.counts, rowCount: expected.rowCount }),
            );
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a document without fields gives, from every figure function, what it gives with every row in one field', () => {
    fc.assert(
      fc.property(
        generatedArb.map((g) => ({ ...g, fields: ['X'], series: g.series.map((perField) => perField.slice(0, 1)) })),
        rangeArb,
        (generated, range) => {
          const plain = load(documentOf(generated, false));
          const oneField = load(documentOf(generated, true));
          expect(plain.hasFields).toBe(false);
          expect(oneField.hasFields).toBe(true);
          const period: Period = { kind: 'range', from: range.from, to: range.to };
          const resolved = resolvePeriod(period, plain.months);
          const baseline = { from: range.from - 12, to: range.to - 12 };
          for (const [model, fieldId] of [
            [oneField, null],
            [oneField, 'X'],
          ] as const) {
            expect(periodFigures(model, range, fieldId)).toEqual(periodFigures(plain, range));
            expect(onTimeChanges(model, range, baseline, fieldId)).toEqual(onTimeChanges(plain, range, baseline));
            for (const unit of generated.units) {
              expect(monthlyTrend(model, unit.id, range, fieldId)).toEqual(monthlyTrend(plain, unit.id, range));
              expect(unitPeriodFigures(model, unit.id, period, fieldId)).toEqual(unitPeriodFigures(plain, unit.id, period));
              expect(descendantFigures(model, unit.id, range, fieldId)).toEqual(descendantFigures(plain, unit.id, range));
              expect(coversRange(model, unit.id, range, fieldId)).toBe(coversRange(plain, unit.id, range));
              expect(rowsLeftOutUnder(model, unit.id, fieldId)).toBe(rowsLeftOutUnder(plain, unit.id));
              if (resolved.hasMonths) expect(compareUnit(model, unit.id, resolved, fieldId)).toEqual(compareUnit(plain, unit.id, resolved));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
