// The boundary against FEED.md "Bad documents": what refuses a document whole, what costs one row, what is kept and flagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument, parseFeedText } from './parse-feed';
import { ALL_UNITS_ID, type FeedModel, type FeedRefusal, type ParseResult, type RowProblem, type UnitFlag } from './feed-model';
import { rollUp } from '../stats/roll-up';
import { parseMonth } from './month';

type RawRow = Record<string, unknown>;
type RawUnit = Record<string, unknown>;

const GENERATED_AT = '2026-03-31T16:40:00+07:00';

/** A consistent, chained row: 10 carried over, 100 received, 95 resolved, 1 returned, 14 pending. */
function row(unitId: string, month: string, overrides: RawRow = {}): RawRow {
  return {
    unitId,
    month,
    carriedOver: 10,
    receivedOnline: 60,
    receivedDirect: 35,
    receivedPostal: 5,
    resolvedEarly: 50,
    resolvedOnTime: 40,
    resolvedLate: 5,
    returned: 1,
    pendingWithinDeadline: 12,
    pendingOverdue: 2,
    ...overrides,
  };
}

/** Overrides for a row that follows a `row(...)` month: carries over its 14 pending and still balances. */
const NEXT: RawRow = { carriedOver: 14, receivedPostal: 1 };

/** Rows for consecutive months whose pending chains into the next month's carriedOver. */
function chainedRows(unitId: string, months: string[]): RawRow[] {
  return months.map((month, i) => row(unitId, month, i === 0 ? {} : NEXT));
}

const PROVINCE_UNITS: RawUnit[] = [
  { id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' },
  { id: 'P1-SYT', name: 'Sở Y tế', kind: 'department', parentId: 'P1' },
  { id: 'C1', name: 'Xã Phú Tâm', kind: 'commune', parentId: 'P1' },
  { id: 'C3', name: 'Xã Hồ Đắc Kiện', kind: 'commune', parentId: 'P1' },
];

function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'tthc-feed/1',
    generatedAt: GENERATED_AT,
    source: { name: 'Ví dụ' },
    units: PROVINCE_UNITS,
    stats: [...chainedRows('P1-SYT', ['2026-01', '2026-02', '2026-03']), ...chainedRows('C1', ['2026-01', '2026-02', '2026-03'])],
    ...overrides,
  };
}

function modelOf(result: ParseResult): FeedModel {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

function refusalOf(result: ParseResult): FeedRefusal {
  if (result.ok) throw new Error('expected the document to be refused, it was accepted');
  return result.refusal;
}

function parse(document: unknown): FeedModel {
  return modelOf(parseFeedText(JSON.stringify(document)));
}

function flagsOf(model: FeedModel, unitId: string): UnitFlag[] {
  return model.quality.flagsByUnit.get(unitId) ?? [];
}

function keptMonths(model: FeedModel, unitId: string): string[] {
  return (model.rowsByUnit.get(unitId) ?? []).map((r) => r.month);
}

const fixture = (name: string) => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');

describe('parseFeedText: a good document', () => {
  it('accepts the valid base document with every row kept and nothing flagged', () => {
    const model = parse(doc());
    expect(model.rootId).toBe('P1');
    expect(model.quality.rowsKept).toBe(6);
    expect(model.quality.rowsLeftOut).toEqual([]);
    expect(model.quality.unitsLeftOut).toEqual([]);
    expect(model.quality.flagsByUnit.size).toBe(0);
    expect(model.generatedAt).toBe(GENERATED_AT);
    expect(model.generatedAtMs).toBe(Date.parse('2026-03-31T09:40:00Z'));
    expect(model.source).toEqual({ name: 'Ví dụ' });
    expect(model.months).toEqual({ earliest: parseMonth('2026-01'), latest: parseMonth('2026-03') });
  });

  it('accepts the shared small-province fixture', () => {
    const result = parseFeedText(fixture('small-province.json'));
    expect(result.ok).toBe(true);
  });

  it('links the tree: children, depth, and a post-order where every child precedes its parent', () => {
    const model = parse(
      doc({
        units: [
          { id: 'X', name: 'Xã', kind: 'commune', parentId: 'D' },
          { id: 'D', name: 'Huyện', kind: 'district', parentId: 'P' },
          { id: 'P', name: 'Tỉnh', kind: 'province' },
        ],
        stats: [],
      }),
    );
    expect(model.rootId).toBe('P');
    expect(model.units.get('P')?.childIds).toEqual(['D']);
    expect(model.units.get('D')?.childIds).toEqual(['X']);
    expect(model.units.get('X')?.treeParentId).toBe('D');
    expect(model.units.get('X')?.depth).toBe(2);
    expect(model.postOrder).toEqual(['X', 'D', 'P']);
  });

  it("sorts each unit's rows by month whatever order the feed lists them in", () => {
    const model = parse(doc({ stats: [row('C1', '2026-03'), row('C1', '2026-01'), row('C1', '2026-02')] }));
    expect(keptMonths(model, 'C1')).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('counts an absent `returned` as 0', () => {
    const withoutReturned = row('C1', '2026-01', { returned: undefined, pendingWithinDeadline: 13 });
    const model = parse(doc({ stats: [withoutReturned] }));
    const kept = model.rowsByUnit.get('C1')?.[0];
    expect(kept?.returned).toBe(0);
    expect(model.quality.rowsLeftOut).toEqual([]);
    // With returned 0 and one more pending the row still balances: nothing flagged.
    expect(flagsOf(model, 'C1')).toEqual([]);
    expect(rollUp(model, { from: parseMonth('2026-01')!, to: parseMonth('2026-01')! }).get('P1')?.returned).toBe(0);
  });

  it('ignores unknown extra fields on the document, the units and the rows', () => {
    const model = parse(
      doc({
        publisherNote: 'thêm',
        extra: { nested: [1, 2, 3] },
        units: PROVINCE_UNITS.map((u) => ({ ...u, code: 123, color: 'red' })),
        stats: [row('C1', '2026-01', { remarks: 'ghi chú', receivedEmail: 7 })],
      }),
    );
    expect(model.quality.rowsKept).toBe(1);
    expect(model.quality.rowsLeftOut).toEqual([]);
    expect(model.quality.unitsLeftOut).toEqual([]);
    const kept = model.rowsByUnit.get('C1')?.[0] as Record<string, unknown> | undefined;
    expect(kept?.remarks).toBeUndefined();
    expect(kept?.receivedEmail).toBeUndefined();
    // The unknown count does not leak into the figures either.
    const figures = rollUp(model, { from: parseMonth('2026-01')!, to: parseMonth('2026-01')! }).get('C1');
    expect(figures?.received).toBe(100);
  });

  it('ignores a source of the wrong shape rather than refusing the document', () => {
    const model = parse(doc({ source: 'not an object' }));
    expect(model.source).toBeUndefined();
  });

  it('accepts generatedAt with Z, with a negative offset, and with fractional seconds', () => {
    for (const generatedAt of [
      '2026-11-26T09:40:00Z',
      '2026-11-26T04:40:00-05:00',
      '2026-11-26T16:40:00.123+07:00',
      '2026-11-26T16:40+07:00',
    ]) {
      expect(parseFeedDocument(doc({ generatedAt })).ok, generatedAt).toBe(true);
    }
  });

  it('reads the same document whether given as text or as parsed JSON', () => {
    const fromText = parse(doc());
    const fromJson = modelOf(parseFeedDocument(doc()));
    expect([...fromJson.units.keys()]).toEqual([...fromText.units.keys()]);
    expect(fromJson.quality.rowsKept).toBe(fromText.quality.rowsKept);
  });

  // An empty `units` is an export gone wrong, not a province without units: taking it would wipe the last good
  // figures off every screen, so it is refused whole like a missing `units`.
  it('refuses a document with 0 units, with or without rows', () => {
    expect(parseFeedText(JSON.stringify(doc({ units: [], stats: [] })))).toEqual({ ok: false, refusal: { code: 'no-units' } });
    expect(parseFeedText(JSON.stringify(doc({ units: [], stats: [row('C1', '2026-01')] })))).toEqual({
      ok: false,
      refusal: { code: 'no-units' },
    });
  });

  it('refuses a document none of whose units can be read', () => {
    expect(parseFeedText(JSON.stringify(doc({ units: [{ id: 'P1' }, { name: 'Không mã', kind: 'province' }] })))).toEqual({
      ok: false,
      refusal: { code: 'no-units' },
    });
  });
});

describe('parseFeedText: documents refused whole', () => {
  it('refuses text that is not JSON', () => {
    const refusal = refusalOf(parseFeedText('this is not json'));
    expect(refusal.code).toBe('not-json');
  });

  it('refuses an empty body as not JSON', () => {
    expect(refusalOf(parseFeedText('')).code).toBe('not-json');
  });

  it('refuses an HTML error page, even with leading white space', () => {
    expect(refusalOf(parseFeedText('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'))).toEqual({ code: 'html' });
    expect(refusalOf(parseFeedText('\n\n   <html><head><title>Lỗi</title></head></html>'))).toEqual({ code: 'html' });
  });

  it('refuses JSON cut off half way', () => {
    const text = JSON.stringify(doc());
    for (const cut of [1, Math.floor(text.length / 2), text.length - 1]) {
      const refusal = refusalOf(parseFeedText(text.slice(0, cut)));
      expect(refusal.code, `cut at ${cut}`).toBe('not-json');
    }
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', '42', '"tthc-feed/1"', 'null', 'true']) {
      expect(refusalOf(parseFeedText(text)).code, text).toBe('not-an-object');
    }
  });

  it('refuses a wrong schema, and says which one it found', () => {
    expect(refusalOf(parseFeedDocument(doc({ schema: 'tthc-feed/2' })))).toEqual({ code: 'wrong-schema', found: 'tthc-feed/2' });
    expect(refusalOf(parseFeedDocument(doc({ schema: 1 }))).code).toBe('wrong-schema');
    expect(refusalOf(parseFeedDocument(doc({ schema: 'TTHC-FEED/1' }))).code).toBe('wrong-schema');
  });

  it('refuses a document without schema', () => {
    const { schema: _schema, ...rest } = doc();
    expect(refusalOf(parseFeedDocument(rest))).toEqual({ code: 'missing-field', field: 'schema' });
  });

  it.each(['units', 'stats', 'generatedAt'] as const)('refuses a document with %s missing', (field) => {
    const document = doc();
    delete document[field];
    expect(refusalOf(parseFeedText(JSON.stringify(document)))).toEqual({ code: 'missing-field', field });
  });

  it.each(['units', 'stats'] as const)('refuses a document whose %s is not an array', (field) => {
    expect(refusalOf(parseFeedDocument(doc({ [field]: { a: 1 } })))).toEqual({ code: 'missing-field', field });
    expect(refusalOf(parseFeedDocument(doc({ [field]: null })))).toEqual({ code: 'missing-field', field });
  });

  it.each([
    ['unreadable text', 'hôm qua'],
    ['no offset', '2026-11-26T16:40:00'],
    ['a date only', '2026-11-26'],
    ['a space instead of T and no offset', '2026-11-26 16:40:00'],
    ['an hour 25', '2026-11-26T25:00:00+07:00'],
    ['month 13', '2026-13-01T10:00:00+07:00'],
    ['an offset out of range', '2026-11-26T16:40:00+99:99'],
    ['an empty string', ''],
  ])('refuses generatedAt with %s', (_what, generatedAt) => {
    expect(refusalOf(parseFeedDocument(doc({ generatedAt })))).toEqual({ code: 'bad-generated-at', value: generatedAt });
  });

  it('refuses generatedAt that is not a string', () => {
    expect(refusalOf(parseFeedDocument(doc({ generatedAt: 1764150000000 }))).code).toBe('bad-generated-at');
  });

  // Regression: V8's Date.parse rolls "2026-02-30" over to 2 March instead of
  // returning NaN, so the `refine` meant to refuse a date that is "not a real date" lets it
  // through and the dashboard would show "cập nhật vào lúc 10:00 02/03/2026". FEED.md refuses
  // an unreadable generatedAt, and feed.schema.json declares it `format: date-time` (RFC 3339,
  // where the day must exist in its month). Expected: refused with 'bad-generated-at'.
  it.each(['2026-02-30T10:00:00+07:00', '2026-02-29T10:00:00+07:00', '2026-04-31T10:00:00+07:00'])(
    'refuses generatedAt %s, a day that does not exist',
    (generatedAt) => {
      expect(refusalOf(parseFeedDocument(doc({ generatedAt })))).toEqual({ code: 'bad-generated-at', value: generatedAt });
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseFeedDocument(doc({ generatedAt: '2028-02-29T10:00:00+07:00' })).ok).toBe(true);
  });

  it('refuses a parentId cycle and names the units in it', () => {
    const refusal = refusalOf(
      parseFeedDocument(
        doc({
          units: [
            { id: 'P', name: 'Tỉnh', kind: 'province' },
            { id: 'A', name: 'A', kind: 'department', parentId: 'B' },
            { id: 'B', name: 'B', kind: 'department', parentId: 'C' },
            { id: 'C', name: 'C', kind: 'department', parentId: 'A' },
          ],
          stats: [],
        }),
      ),
    );
    expect(refusal.code).toBe('cycle');
    if (refusal.code === 'cycle') expect([...refusal.unitIds].sort()).toEqual(['A', 'B', 'C']);
  });

  it('refuses a unit that is its own parent', () => {
    const refusal = refusalOf(
      parseFeedDocument(
        doc({
          units: [
            { id: 'P', name: 'Tỉnh', kind: 'province' },
            { id: 'S', name: 'Tự mình', kind: 'department', parentId: 'S' },
          ],
          stats: [],
        }),
      ),
    );
    expect(refusal).toEqual({ code: 'cycle', unitIds: ['S'] });
  });

  it('refuses a cycle reached from a unit outside it, naming only the cycle', () => {
    const refusal = refusalOf(
      parseFeedDocument(
        doc({
          units: [
            { id: 'X', name: 'X', kind: 'commune', parentId: 'A' },
            { id: 'A', name: 'A', kind: 'district', parentId: 'B' },
            { id: 'B', name: 'B', kind: 'district', parentId: 'A' },
          ],
          stats: [],
        }),
      ),
    );
    expect(refusal.code).toBe('cycle');
    if (refusal.code === 'cycle') expect([...refusal.unitIds].sort()).toEqual(['A', 'B']);
  });

  it('refuses the whole document even when its rows are good', () => {
    const result = parseFeedDocument(doc({ schema: 'tthc-feed/0' }));
    expect(result.ok).toBe(false);
  });
});

describe('parseFeedText: rows left out one by one', () => {
  const base = () => chainedRows('C1', ['2026-01', '2026-02', '2026-03']);

  function withBadRow(bad: RawRow): FeedModel {
    // The bad row sits between good rows of the same and of another unit.
    return parse(doc({ stats: [row('P1-SYT', '2026-01'), bad, ...base()] }));
  }

  function expectOnlyLeftOut(model: FeedModel, problems: RowProblem[], unitId: string | null, month: string | null) {
    expect(model.quality.rowsLeftOut).toEqual([{ index: 1, unitId, month, problems }]);
    expect(model.quality.rowsKept).toBe(4);
    expect(keptMonths(model, 'P1-SYT')).toEqual(['2026-01']);
    expect(keptMonths(model, 'C1')).toEqual(['2026-01', '2026-02', '2026-03']);
  }

  it.each([
    ['negative', -3, '-3'],
    ['fractional', 2.5, '2.5'],
    ['a numeric string', '12', '"12"'],
    ['a word', 'mười', '"mười"'],
    ['null', null, 'null'],
    ['a boolean', true, 'true'],
  ])('leaves out a row with a %s count', (_what, value, shown) => {
    const model = withBadRow(row('C3', '2026-02', { resolvedEarly: value }));
    expectOnlyLeftOut(model, [{ code: 'invalid-count', field: 'resolvedEarly', value: shown }], 'C3', '2026-02');
  });

  it.each([
    'carriedOver',
    'receivedOnline',
    'receivedDirect',
    'receivedPostal',
    'resolvedEarly',
    'resolvedOnTime',
    'resolvedLate',
    'pendingWithinDeadline',
    'pendingOverdue',
  ])('leaves out a row with %s missing', (field) => {
    const bad = row('C3', '2026-02');
    delete bad[field];
    const model = withBadRow(bad);
    expectOnlyLeftOut(model, [{ code: 'missing-count', field }], 'C3', '2026-02');
  });

  it('checks `returned` like any count when present', () => {
    const model = withBadRow(row('C3', '2026-02', { returned: -1 }));
    expectOnlyLeftOut(model, [{ code: 'invalid-count', field: 'returned', value: '-1' }], 'C3', '2026-02');
  });

  it.each(['2026-13', '2026-1', '2026-00', '26-01', '2026/01', '2026-01-15', ''])('leaves out a row with month %j', (month) => {
    const model = withBadRow(row('C3', month));
    expectOnlyLeftOut(model, [{ code: 'bad-month', value: month }], 'C3', month);
  });

  it('leaves out a row with a month that is not a string', () => {
    const model = withBadRow(row('C3', '2026-01', { month: 202601 }));
    expectOnlyLeftOut(model, [{ code: 'bad-month', value: '202601' }], 'C3', null);
  });

  it('leaves out a row naming an unknown unit', () => {
    const model = withBadRow(row('NO-SUCH-UNIT', '2026-02'));
    expectOnlyLeftOut(model, [{ code: 'unknown-unit', unitId: 'NO-SUCH-UNIT' }], 'NO-SUCH-UNIT', '2026-02');
    // An unknown unit is not "touched": it is not in the tree.
    expect(model.quality.unitsTouched).toEqual([]);
  });

  it('leaves out a row without unitId, or with a unitId that is not a string', () => {
    const missing = row('x', '2026-02');
    delete missing.unitId;
    expectOnlyLeftOut(withBadRow(missing), [{ code: 'bad-unit-id' }], null, '2026-02');
    expectOnlyLeftOut(withBadRow(row('x', '2026-02', { unitId: 31569 })), [{ code: 'bad-unit-id' }], null, '2026-02');
  });

  it.each([null, 5, 'row', [1, 2]])('leaves out a row that is not an object (%j)', (bad) => {
    const model = parse(doc({ stats: [row('P1-SYT', '2026-01'), bad, ...base()] }));
    expectOnlyLeftOut(model, [{ code: 'not-an-object' }], null, null);
  });

  it('keeps the first row for a unit and month and leaves out the second', () => {
    const first = row('C1', '2026-02', { ...NEXT, receivedOnline: 60 });
    const second = row('C1', '2026-02', { ...NEXT, receivedOnline: 999, pendingWithinDeadline: 951 });
    const model = parse(doc({ stats: [row('C1', '2026-01'), first, second, row('C1', '2026-03', NEXT)] }));
    expect(model.quality.rowsLeftOut).toEqual([
      { index: 2, unitId: 'C1', month: '2026-02', problems: [{ code: 'duplicate', unitId: 'C1', month: '2026-02' }] },
    ]);
    const kept = model.rowsByUnit.get('C1') ?? [];
    expect(kept.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(kept[1]?.receivedOnline).toBe(60);
  });

  it('leaves out a third and fourth row for the same unit and month too', () => {
    const model = parse(doc({ stats: [row('C1', '2026-01'), row('C1', '2026-01'), row('C1', '2026-01'), row('C1', '2026-01')] }));
    expect(model.quality.rowsKept).toBe(1);
    expect(model.quality.rowsLeftOut.map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('does not treat the same month of two different units as a duplicate', () => {
    const model = parse(doc({ stats: [row('C1', '2026-01'), row('C3', '2026-01')] }));
    expect(model.quality.rowsKept).toBe(2);
    expect(model.quality.rowsLeftOut).toEqual([]);
  });

  it('lists every problem of a row with several', () => {
    const model = withBadRow(row('C3', '2026-13', { carriedOver: -1, pendingOverdue: undefined }));
    const problems = model.quality.rowsLeftOut[0]?.problems ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'bad-month', value: '2026-13' },
        { code: 'invalid-count', field: 'carriedOver', value: '-1' },
        { code: 'missing-count', field: 'pendingOverdue' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('counts the units a left-out row touched and flags them with how many rows they lost', () => {
    const model = parse(
      doc({
        stats: [
          ...base(),
          row('C3', '2026-01', { carriedOver: -1 }),
          row('C3', '2026-02', { resolvedLate: 1.5 }),
          row('C3', '2026-03'),
          row('C1', '2026-01'), // duplicate
        ],
      }),
    );
    expect([...model.quality.unitsTouched].sort()).toEqual(['C1', 'C3']);
    expect(flagsOf(model, 'C3')).toContainEqual({ code: 'rows-left-out', count: 2 });
    expect(flagsOf(model, 'C1')).toContainEqual({ code: 'rows-left-out', count: 1 });
    expect(keptMonths(model, 'C3')).toEqual(['2026-03']);
  });

  it('leaves the bad rows out of the figures', () => {
    const model = withBadRow(row('C3', '2026-02', { receivedOnline: -1000 }));
    const figures = rollUp(model, { from: parseMonth('2026-01')!, to: parseMonth('2026-03')! });
    expect(figures.get('C3')?.rowCount).toBe(0);
    expect(figures.get('P1')?.rowCount).toBe(4);
    expect(figures.get('P1')?.receivedOnline).toBe(4 * 60);
  });

  it('the latest month comes from rows kept only', () => {
    const model = parse(doc({ stats: [...base(), row('C3', '2026-09', { carriedOver: -5 }), row('NO-SUCH', '2026-12')] }));
    expect(model.months).toEqual({ earliest: parseMonth('2026-01'), latest: parseMonth('2026-03') });
  });

  it('survives thousands of bad rows, leaving out each and keeping the good ones', () => {
    const bad: unknown[] = [];
    for (let i = 0; i < 6000; i += 1) {
      switch (i % 6) {
        case 0:
          bad.push(row('C3', '2026-01', { receivedOnline: -(i + 1) }));
          break;
        case 1:
          bad.push(row('C3', '2026-01', { receivedDirect: i + 0.5 }));
          break;
        case 2:
          bad.push(row('C3', `2026-${13 + (i % 80)}`));
          break;
        case 3:
          bad.push(row(`GHOST-${i}`, '2026-01'));
          break;
        case 4:
          bad.push('x'.repeat(50));
          break;
        default:
          bad.push(row('C1', '2026-01')); // a duplicate of the first good row
      }
    }
    const model = parse(doc({ stats: [row('C1', '2026-01'), ...bad, row('C1', '2026-02', NEXT)] }));
    expect(model.quality.rowsKept).toBe(2);
    expect(model.quality.rowsLeftOut).toHaveLength(6000);
    expect(keptMonths(model, 'C1')).toEqual(['2026-01', '2026-02']);
    expect([...model.quality.unitsTouched].sort()).toEqual(['C1', 'C3']);
    expect(flagsOf(model, 'C3')).toContainEqual({ code: 'rows-left-out', count: 3000 });
    expect(flagsOf(model, 'C1')).toContainEqual({ code: 'rows-left-out', count: 1000 });
    const codes = new Set(model.quality.rowsLeftOut.flatMap((r) => r.problems.map((p) => p.code)));
    expect([...codes].sort()).toEqual(['bad-month', 'duplicate', 'invalid-count', 'not-an-object', 'unknown-unit']);
  });

  it('keeps what it reports short when a bad value is huge', () => {
    const model = withBadRow(row('C3', '2026-02'.repeat(1000), { carriedOver: 'x'.repeat(10000) }));
    const leftOut = model.quality.rowsLeftOut[0];
    expect(leftOut?.month?.length).toBeLessThanOrEqual(20);
    for (const problem of leftOut?.problems ?? []) {
      if ('value' in problem) expect(problem.value.length).toBeLessThanOrEqual(20);
    }
  });

  it('agrees with the shared bad-rows fixture on which rows are left out and why', () => {
    const model = modelOf(parseFeedText(fixture('bad-rows.json')));
    const byIndex = new Map(model.quality.rowsLeftOut.map((r) => [r.index, r.problems.map((p) => p.code)]));
    expect(byIndex.get(0)).toEqual(['invalid-count']); // receivedOnline -3
    expect(byIndex.get(1)).toEqual(['invalid-count']); // resolvedLate 2.5
    expect(byIndex.get(2)).toEqual(['invalid-count']); // resolvedEarly "12"
    expect(byIndex.get(7)).toEqual(['missing-count']); // pendingOverdue missing
    expect(byIndex.get(18)).toEqual(['duplicate']); // P1-SYT 2026-02 again
    expect(byIndex.get(19)).toEqual(['unknown-unit']);
    expect(byIndex.get(20)).toEqual(['bad-month']); // 2026-13
  });
});

describe('parseFeedText: units', () => {
  it('keeps a unit whose parentId names no unit under the root, and flags it', () => {
    const model = parse(
      doc({
        units: [...PROVINCE_UNITS, { id: 'LOST', name: 'Xã lạc', kind: 'commune', parentId: 'GONE' }],
        stats: [row('C1', '2026-01'), row('LOST', '2026-01', { receivedOnline: 7 })],
      }),
    );
    expect(model.rootId).toBe('P1');
    expect(model.units.get('LOST')?.treeParentId).toBe('P1');
    expect(model.units.get('P1')?.childIds).toContain('LOST');
    expect(flagsOf(model, 'LOST').filter((f) => f.code === 'orphan')).toEqual([{ code: 'orphan', parentId: 'GONE' }]);
    expect(flagsOf(model, 'C1')).toEqual([]);
    // Its rows count towards the root.
    const figures = rollUp(model, { from: parseMonth('2026-01')!, to: parseMonth('2026-01')! });
    expect(figures.get('P1')?.receivedOnline).toBe(60 + 7);
  });

  it('an orphan in a multi-root feed hangs under the all-units root', () => {
    const model = parse(
      doc({
        units: [
          { id: 'A', name: 'Tỉnh A', kind: 'province' },
          { id: 'B', name: 'Tỉnh B', kind: 'province' },
          { id: 'LOST', name: 'Lạc', kind: 'commune', parentId: 'GONE' },
        ],
        stats: [],
      }),
    );
    expect(model.rootId).toBe(ALL_UNITS_ID);
    expect(model.units.get('LOST')?.treeParentId).toBe(ALL_UNITS_ID);
    expect(flagsOf(model, 'LOST')).toEqual([{ code: 'orphan', parentId: 'GONE' }]);
  });

  it('puts several roots under a synthetic all-units root whose figures sum the roots', () => {
    const model = parse(
      doc({
        units: [
          { id: '92', name: 'Thành phố Cần Thơ', kind: 'province' },
          { id: '92-X', name: 'Xã Phú Tâm', kind: 'commune', parentId: '92' },
          { id: '01', name: 'Thành phố Hà Nội', kind: 'province' },
          { id: '79', name: 'Thành phố Hồ Chí Minh', kind: 'province', parentId: null },
        ],
        stats: [
          row('92', '2026-01'),
          row('92-X', '2026-01', { carriedOver: 3, receivedOnline: 1, pendingOverdue: 4 }),
          row('01', '2026-01', { carriedOver: 100, resolvedLate: 9 }),
          row('79', '2026-02', { carriedOver: 1000, pendingWithinDeadline: 77 }),
        ],
      }),
    );
    expect(model.rootId).toBe(ALL_UNITS_ID);
    const root = model.units.get(ALL_UNITS_ID);
    expect(root?.treeParentId).toBeNull();
    expect([...(root?.childIds ?? [])].sort()).toEqual(['01', '79', '92']);
    expect(model.units.get('92-X')?.treeParentId).toBe('92');
    expect(model.postOrder.at(-1)).toBe(ALL_UNITS_ID);

    const figures = rollUp(model, { from: parseMonth('2026-01')!, to: parseMonth('2026-02')! });
    const all = figures.get(ALL_UNITS_ID)!;
    for (const field of [
      'carriedOver',
      'receivedOnline',
      'resolvedLate',
      'pendingWithinDeadline',
      'pendingOverdue',
      'received',
      'resolved',
      'pending',
      'rowCount',
    ] as const) {
      const sum = ['92', '01', '79'].reduce((total, id) => total + (figures.get(id)?.[field] ?? 0), 0);
      expect(all[field], field).toBe(sum);
    }
    expect(all.carriedOver).toBe(10 + 3 + 100 + 1000);
    expect(all.rowCount).toBe(4);
  });

  // Regression: FEED.md lets a unit id be any unique string, but when a feed with
  // several roots has a unit whose id is '__all__' (ALL_UNITS_ID), linkTree overwrites that unit
  // with the synthetic "Tất cả đơn vị" root: the publisher's unit and its name vanish from the
  // tree, its children hang directly under the synthetic root, and its own rows are counted as
  // the synthetic root's own rows. Expected: the publisher's '__all__' unit kept as one of the
  // roots (its name intact) under a synthetic root with a different id.
  it("keeps a publisher's unit whose id happens to equal ALL_UNITS_ID", () => {
    const model = parse(
      doc({
        units: [
          { id: ALL_UNITS_ID, name: 'Tỉnh A', kind: 'province' },
          { id: 'B', name: 'Tỉnh B', kind: 'province' },
          { id: 'C', name: 'Xã C', kind: 'commune', parentId: ALL_UNITS_ID },
        ],
        stats: [],
      }),
    );
    const names = [...model.units.values()].map((u) => u.name);
    expect(names).toContain('Tỉnh A');
    expect(model.units.get('C')?.treeParentId).not.toBe(model.rootId);
  });

  it('a single root is the root itself, not a synthetic one', () => {
    const model = parse(doc());
    expect(model.units.has(ALL_UNITS_ID)).toBe(false);
    expect(model.units.get('P1')?.treeParentId).toBeNull();
  });

  it('leaves out an invalid unit and a second unit with the same id, keeping the first', () => {
    const model = parse(
      doc({
        units: [
          ...PROVINCE_UNITS,
          { id: 'C1', name: 'Trùng', kind: 'commune', parentId: 'P1' },
          { id: 'BAD', name: 'Sai loại', kind: 'village', parentId: 'P1' },
          { name: 'Không có id', kind: 'commune' },
        ],
        stats: [],
      }),
    );
    expect(model.quality.unitsLeftOut).toEqual([
      { index: 4, unitId: 'C1', problem: 'duplicate-id' },
      { index: 5, unitId: 'BAD', problem: 'invalid' },
      { index: 6, unitId: null, problem: 'invalid' },
    ]);
    expect(model.units.get('C1')?.name).toBe('Xã Phú Tâm');
    expect(model.units.has('BAD')).toBe(false);
  });

  it('folds unit names for search', () => {
    const model = parse(doc());
    expect(model.units.get('C3')?.searchText).toContain('xa ho dac kien');
  });
});

describe('parseFeedText: rows kept and flagged', () => {
  it('flags a row whose identity does not hold, with the difference, and keeps it', () => {
    // 10 + 100 in, 95 + 1 + 14 + 5 out: 5 more out than in.
    const model = parse(doc({ stats: [row('C1', '2026-01', { pendingOverdue: 7 })] }));
    expect(keptMonths(model, 'C1')).toEqual(['2026-01']);
    expect(flagsOf(model, 'C1')).toEqual([{ code: 'inconsistent-row', month: '2026-01', difference: -5 }]);
    expect(model.quality.rowsLeftOut).toEqual([]);
    // Shown as it is, never fixed.
    expect(model.rowsByUnit.get('C1')?.[0]?.pendingOverdue).toBe(7);
  });

  it('counts `returned` in the identity', () => {
    const model = parse(doc({ stats: [row('C1', '2026-01', { returned: 0 })] }));
    expect(flagsOf(model, 'C1')).toEqual([{ code: 'inconsistent-row', month: '2026-01', difference: 1 }]);
  });

  it('flags a chain break between consecutive months and keeps both rows', () => {
    // January ends with 14 pending; February says 20 were carried over (and balances on its own).
    const model = parse(doc({ stats: [row('C1', '2026-01'), row('C1', '2026-02', { carriedOver: 20, pendingWithinDeadline: 22 })] }));
    expect(keptMonths(model, 'C1')).toEqual(['2026-01', '2026-02']);
    expect(flagsOf(model, 'C1')).toEqual([{ code: 'chain-break', month: '2026-02', expected: 14, actual: 20 }]);
  });

  it('checks the chain in month order even when rows come out of order', () => {
    const model = parse(doc({ stats: chainedRows('C1', ['2026-01', '2026-02', '2026-03']).reverse() }));
    expect(flagsOf(model, 'C1')).toEqual([]);
  });

  it('chains across a year end', () => {
    const model = parse(doc({ stats: [row('C1', '2025-12'), row('C1', '2026-01', NEXT)] }));
    expect(flagsOf(model, 'C1')).toEqual([]);
  });

  it('flags a month gap and keeps the rows on both sides', () => {
    const model = parse(doc({ stats: [row('C1', '2026-01'), row('C1', '2026-04', NEXT)] }));
    expect(keptMonths(model, 'C1')).toEqual(['2026-01', '2026-04']);
    expect(flagsOf(model, 'C1')).toEqual([{ code: 'month-gap', from: '2026-02', to: '2026-03' }]);
  });

  it('flags each problem on its own unit only', () => {
    const model = parse(
      doc({
        stats: [
          row('C1', '2026-01', { pendingOverdue: 3 }),
          ...chainedRows('C3', ['2026-01', '2026-02']),
          row('P1-SYT', '2026-01'),
          row('P1-SYT', '2026-03', NEXT),
        ],
      }),
    );
    expect(flagsOf(model, 'C1').map((f) => f.code)).toEqual(['inconsistent-row']);
    expect(flagsOf(model, 'C3')).toEqual([]);
    expect(flagsOf(model, 'P1-SYT').map((f) => f.code)).toEqual(['month-gap']);
    expect(flagsOf(model, 'P1')).toEqual([]);
  });
});
