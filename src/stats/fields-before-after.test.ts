// A document without fields gives exactly the figures it gave before the engine read fields: every figure function's
// output, over generated documents (tests/fixtures/fields-before-documents.ts), digested without the figures fields
// added (pendingDueSoon, resolvedMinutes, averageDays) and compared with the digests the engine of commit f4d6d54
// (the last before fields) wrote for the same documents (tests/fixtures/fields-before-digests.json).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beforeFieldsDocuments } from '../../tests/fixtures/fields-before-documents';
import { parseFeedDocument } from '../feed/parse-feed';
import { compareUnit, coversRange, onTimeChanges } from './compare';
import { rowsLeftOutUnder } from './left-out';
import { parsePeriod, resolvePeriod } from './period';
import { monthlyTrend, periodFigures } from './roll-up';
import { descendantFigures, unitPeriodFigures } from './unit-period-figures';

const NEW_KEYS = new Set(['pendingDueSoon', 'resolvedMinutes', 'averageDays']);
const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (key, v: unknown) => (NEW_KEYS.has(key) ? undefined : v instanceof Map ? Object.fromEntries(v) : v)))
    .digest('hex')
    .slice(0, 16);

const before = JSON.parse(readFileSync(new URL('../../tests/fixtures/fields-before-digests.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;

describe('documents without fields, before and after fields', () => {
  it('give every figure function the same output as the engine before fields, and 0 for the new counts', () => {
    const now: Record<string, string> = {};
    beforeFieldsDocuments().forEach((doc, d) => {
      const result = parseFeedDocument(JSON.parse(JSON.stringify(doc)));
      if (!result.ok) throw new Error('refused');
      const m = result.model;
      expect([m.hasFields, m.fields, m.carries]).toEqual([false, [], { pendingDueSoon: false, resolvedMinutes: false }]);
      const units = [...m.units.keys()];
      for (const text of ['ytd', '2025', '2026-Q1', '2026-03', '2025-12..2026-05', '2026-H2']) {
        const period = parsePeriod(text)!;
        const resolved = resolvePeriod(period, m.months);
        if (!resolved.hasMonths) {
          now[`${d} ${text}`] = 'no months';
          continue;
        }
        const range = resolved.range;
        const all = periodFigures(m, range);
        for (const figures of all.values()) {
          expect([figures.pendingDueSoon, figures.resolvedMinutes]).toEqual([0, 0]);
          expect(figures.averageDays).toBe(figures.resolved > 0 ? 0 : null);
        }
        now[`${d} ${text} periodFigures`] = digest(all);
        now[`${d} ${text} monthlyTrend`] = digest(units.map((u) => monthlyTrend(m, u, range)));
        now[`${d} ${text} unitPeriodFigures`] = digest(
          units.map((u) => {
            const v = unitPeriodFigures(m, u, period);
            return v.status === 'ok' ? [v.figures, v.children.map((c) => [c.unit.id, c.figures]), v.path.map((p) => p.id)] : v.status;
          }),
        );
        now[`${d} ${text} descendantFigures`] = digest(units.map((u) => descendantFigures(m, u, range).map((c) => [c.unit.id, c.figures])));
        now[`${d} ${text} compareUnit`] = digest(units.map((u) => compareUnit(m, u, resolved)));
        now[`${d} ${text} coversRange`] = digest(units.map((u) => coversRange(m, u, range)));
        now[`${d} ${text} onTimeChanges`] = digest(onTimeChanges(m, range, { from: range.from - 12, to: range.to - 12 }));
      }
      now[`${d} rowsLeftOutUnder`] = digest(units.map((u) => rowsLeftOutUnder(m, u)));
      now[`${d} flags`] = digest([...m.quality.flagsByUnit]);
    });
    expect(Object.keys(before).length).toBeGreaterThan(400);
    expect(now).toEqual(before);
  });
});
