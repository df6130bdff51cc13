// The units' table sorts by due soon and average time, and its totals row adds them up, only from the document's counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import smallProvince from '../../docs/examples/small-province.json';
import type { FeedDocument } from '../feed/feed-schema';
import { parseFeedDocument } from '../feed/parse-feed';
import { totalsOf } from '../stats/bieu-06';
import { parsePeriod } from '../stats/period';
import { averageDaysTenths } from '../stats/rate';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { DEFAULT_TABLE_SORT, effectiveSort, shownRows } from './bieu-06-rows';

function parse(document: unknown) {
  const parsed = parseFeedDocument(structuredClone(document) as FeedDocument);
  if (!parsed.ok) throw new Error('refused');
  return parsed.model;
}
const fields = parse(JSON.parse(readFileSync(new URL('../../tests/fixtures/fields-example.json', import.meta.url), 'utf8')));
const period = parsePeriod('ytd')!;

function childrenOf(model: ReturnType<typeof parse>) {
  const view = unitPeriodFigures(model, null, period);
  if (view.status !== 'ok') throw new Error('no view');
  return view.children;
}
const choice = (key: 'pendingDueSoon' | 'averageDays', direction: 'asc' | 'desc') => ({
  query: '',
  kind: 'all' as const,
  sort: { key, direction },
});

describe('due soon and average time in the units table', () => {
  it('sorts by each, ties by name, a unit with nothing resolved last when falling', () => {
    const rows = childrenOf(fields);
    expect(fields.carries).toEqual({ pendingDueSoon: true, resolvedMinutes: true });
    for (const key of ['pendingDueSoon', 'averageDays'] as const) {
      const shown = shownRows(rows, choice(key, 'desc'), undefined, fields.carries);
      const values = shown.map((row) => row.figures[key] ?? -1);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(shown).toHaveLength(rows.length);
    }
  });

  it('adds due soon up, and averages over every dossier resolved, in the totals row', () => {
    const rows = childrenOf(fields);
    const totals = totalsOf(rows);
    const minutes = rows.reduce((sum, row) => sum + row.figures.resolvedMinutes, 0);
    const resolved = rows.reduce((sum, row) => sum + row.figures.resolved, 0);
    expect(totals.pendingDueSoon).toBe(rows.reduce((sum, row) => sum + row.figures.pendingDueSoon, 0));
    expect(totals.pendingDueSoon).toBeGreaterThan(0);
    expect(totals.averageDays).toBe(averageDaysTenths(minutes, resolved));
    expect(totals.averageDays).not.toBeNull();
  });

  it('falls back to the default sort for a document without those counts', () => {
    const plain = parse(smallProvince);
    expect(plain.carries).toEqual({ pendingDueSoon: false, resolvedMinutes: false });
    const sort = { key: 'averageDays' as const, direction: 'asc' as const };
    expect(effectiveSort(sort, undefined, plain.carries)).toEqual(DEFAULT_TABLE_SORT);
    expect(effectiveSort(sort, undefined, fields.carries)).toEqual(sort);
    const rows = childrenOf(plain);
    const byDefault = shownRows(rows, { query: '', kind: 'all', sort: DEFAULT_TABLE_SORT }, undefined);
    expect(shownRows(rows, choice('averageDays', 'asc'), undefined, plain.carries)).toEqual(byDefault);
  });
});
