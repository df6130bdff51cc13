import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedModel } from './feed-model';
import { federate, federationTimes } from './federate';
import { parseIndexDocument } from './feed-index';
import { parseFeedDocument } from './parse-feed';
import { periodFigures } from '../stats/roll-up';
import { unitTotalsDocument } from './unit-totals-document';

type Doc = { generatedAt: string; units: { id: string; parentId?: string; name: string }[]; stats: { unitId: string }[] };
const example = JSON.parse(readFileSync('docs/examples/small-province.json', 'utf8')) as Doc;

/** The example province under other unit ids (a second province), generated at another time. */
function renamed(prefix: string, generatedAt: string): Doc {
  const id = (unitId: string) => `${prefix}${unitId}`;
  return {
    ...example,
    generatedAt,
    units: example.units.map((unit) => ({ ...unit, id: id(unit.id), ...(unit.parentId ? { parentId: id(unit.parentId) } : {}) })),
    stats: example.stats.map((row) => ({ ...row, unitId: id(row.unitId) })),
  };
}

function parse(doc: unknown): FeedModel {
  const result = parseFeedDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  return result.model;
}

const one = parse(example);
const two = parse(renamed('B-', '2026-03-31T17:10:00+07:00'));
const range = one.months ? { from: one.months.earliest, to: one.months.latest } : { from: 0, to: 0 };

describe('federate', () => {
  const national = federate('Cả nước', [
    { feedId: 'P1', name: 'Tỉnh Mẫu', model: one, full: true },
    { feedId: 'B-P1', name: 'Tỉnh B', model: two, full: true },
  ]);

  it('hangs each province under the index root and gives the root the sum of the provinces, each province its own figures', () => {
    const root = national.units.get(national.rootId);
    expect(root?.name).toBe('Cả nước');
    expect(root?.childIds).toEqual(['P1', 'B-P1']);
    const figures = periodFigures(national, range);
    const own = periodFigures(one, range).get('P1');
    const other = periodFigures(two, range).get('B-P1');
    expect(figures.get('P1')).toEqual(own);
    expect(figures.get('B-P1')).toEqual(other);
    expect(figures.get(national.rootId)?.received).toBe((own?.received ?? 0) + (other?.received ?? 0));
    expect(figures.get(national.rootId)?.resolvedOnTime).toBe((own?.resolvedOnTime ?? 0) + (other?.resolvedOnTime ?? 0));
    expect(national.units.get('C1')?.depth).toBe((one.units.get('C1')?.depth ?? 0) + 1);
  });

  it('says which province each unit comes from, and the oldest and newest generatedAt', () => {
    expect(national.federation?.feedOfUnit.get('C1')).toBe('P1');
    expect(national.federation?.feedOfUnit.get('B-C1')).toBe('B-P1');
    expect(federationTimes(national)).toEqual({ oldestMs: one.generatedAtMs, newestMs: two.generatedAtMs, count: 2 });
    expect(national.generatedAtMs).toBe(two.generatedAtMs);
  });

  it('leaves the provinces it was given unchanged', () => {
    expect(one.units.get('P1')?.treeParentId).toBeNull();
    expect(one.units.get('P1')?.depth).toBe(0);
  });

  it('gives the same figures from a province’s summary as from its full document', () => {
    const summary = parse(unitTotalsDocument(one));
    const fromSummary = periodFigures(federate('Cả nước', [{ feedId: 'P1', name: 'Tỉnh Mẫu', model: summary, full: false }]), range);
    const fromFull = periodFigures(federate('Cả nước', [{ feedId: 'P1', name: 'Tỉnh Mẫu', model: one, full: true }]), range);
    for (const unitId of one.units.keys()) expect(fromSummary.get(unitId)).toEqual(fromFull.get(unitId));
  });

  it('counts a province once when its document also lists the nation above it', () => {
    const withParent = parse({
      ...example,
      units: [
        { id: 'VN', name: 'Toàn quốc', kind: 'national' },
        ...example.units.map((unit) => (unit.id === 'P1' ? { ...unit, parentId: 'VN' } : unit)),
      ],
    });
    const view = federate('Cả nước', [{ feedId: 'P1', name: 'Tỉnh Mẫu', model: withParent, full: true }]);
    expect(view.units.has('VN')).toBe(false);
    expect(view.units.get(view.rootId)?.childIds).toEqual(['P1']);
    expect(periodFigures(view, range).get(view.rootId)?.received).toBe(periodFigures(one, range).get('P1')?.received);
  });

  it('keeps every top unit of a province with several, even when one carries the index entry’s id', () => {
    const twoTops = parse({
      ...example,
      units: example.units.map((unit) => (unit.id === 'P1-TT' ? { ...unit, parentId: undefined } : unit)),
    });
    const view = federate('Cả nước', [{ feedId: 'P1', name: 'Tỉnh Mẫu', model: twoTops, full: true }]);
    expect(view.units.get(view.rootId)?.childIds.sort()).toEqual(['P1', 'P1-TT']);
    const alone = periodFigures(twoTops, range).get(twoTops.rootId)?.received;
    expect(periodFigures(view, range).get(view.rootId)?.received).toBe(alone);
  });

  it('leaves out whole a province whose unit ids another province already uses, and names it', () => {
    const view = federate('Cả nước', [
      { feedId: 'P1', name: 'Tỉnh Mẫu', model: one, full: true },
      { feedId: 'X', name: 'Tỉnh trùng mã', model: parse(example), full: true },
    ]);
    expect(view.federation?.clashes).toEqual([{ feedId: 'X', otherFeedId: 'P1', unitId: expect.any(String) }]);
    expect(view.federation?.parts.map((part) => part.feedId)).toEqual(['P1']);
    expect(periodFigures(view, range).get(view.rootId)?.received).toBe(periodFigures(one, range).get('P1')?.received);
  });
});

describe('parseIndexDocument', () => {
  const base = 'https://solieu.example.gov.vn/tthc/index.json';
  it('resolves every address against the index’s own and keeps the order', () => {
    const read = parseIndexDocument(
      {
        schema: 'tthc-index/1',
        name: 'Cả nước',
        feeds: [
          { id: '92', name: 'Thành phố Cần Thơ', url: 'https://cantho.example.gov.vn/tthc/feed.json', summaryUrl: 'summary/92.json' },
          { id: '01', name: 'Thành phố Hà Nội', url: '/hanoi/feed.json' },
        ],
      },
      base,
    );
    expect(read).toEqual({
      ok: true,
      index: {
        name: 'Cả nước',
        feeds: [
          {
            id: '92',
            name: 'Thành phố Cần Thơ',
            url: 'https://cantho.example.gov.vn/tthc/feed.json',
            summaryUrl: 'https://solieu.example.gov.vn/tthc/summary/92.json',
          },
          { id: '01', name: 'Thành phố Hà Nội', url: 'https://solieu.example.gov.vn/hanoi/feed.json', summaryUrl: null },
        ],
      },
    });
  });

  it('refuses an index with no feeds, an entry without an address or a javascript: one, and an id given twice', () => {
    expect(parseIndexDocument({ schema: 'tthc-index/1', feeds: [] }, base)).toEqual({ ok: false, reason: { code: 'no-feeds' } });
    expect(parseIndexDocument({ schema: 'tthc-index/1', feeds: [{ id: '1', name: 'A' }] }, base)).toEqual({
      ok: false,
      reason: { code: 'bad-entry', position: 1, field: 'url' },
    });
    expect(parseIndexDocument({ feeds: [{ id: '1', name: 'A', url: 'javascript:alert(1)' }] }, base)).toMatchObject({ ok: false });
    const twice = { id: '1', name: 'A', url: 'a.json' };
    expect(parseIndexDocument({ feeds: [twice, twice] }, base)).toEqual({ ok: false, reason: { code: 'duplicate-id', id: '1' } });
  });
});
