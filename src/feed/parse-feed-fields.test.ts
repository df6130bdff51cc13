// The boundary for FEED.md "Fields, due-soon and processing time": the catalogue, rows per (unit, field, month), the
// optional counts, what refuses a document whole and what costs one row.
import { describe, expect, it } from 'vitest';
import { parseFeedText } from './parse-feed';
import type { FeedModel, FeedRefusal, ParseResult } from './feed-model';
import { findField, forField } from './field-view';
import { periodFigures } from '../stats/roll-up';
import { parseMonth } from './month';

type RawRow = Record<string, unknown>;

/** A consistent row: 10 carried over, 100 received, 95 resolved (5 late), 1 returned, 14 pending (3 due soon). */
function row(unitId: string, fieldId: string | undefined, month: string, overrides: RawRow = {}): RawRow {
  return {
    unitId,
    ...(fieldId === undefined ? {} : { fieldId }),
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
    pendingDueSoon: 3,
    resolvedMinutes: 95 * 1440,
    ...overrides,
  };
}

const UNITS = [
  { id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' },
  { id: 'C1', name: 'Xã Phú Tâm', kind: 'commune', parentId: 'P1' },
];
const FIELDS = [
  { id: 'HT', name: 'Hộ tịch' },
  { id: 'DD', name: 'Đất đai' },
];

function doc(stats: RawRow[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: 'tthc-feed/1', generatedAt: '2026-03-31T16:40:00+07:00', units: UNITS, fields: FIELDS, stats, ...extra });
}

function modelOf(result: ParseResult): FeedModel {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

function refusalOf(result: ParseResult): FeedRefusal {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

const JANUARY = { from: parseMonth('2026-01')!, to: parseMonth('2026-01')! };

describe('parseFeedText, a document by field', () => {
  it('reads the catalogue, meta and one row per (unit, field, month)', () => {
    const model = modelOf(
      parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', 'DD', '2026-01')], { meta: { dueSoonDays: 2, rules: 'tthc-dossiers/1' } })),
    );
    expect(model.hasFields).toBe(true);
    expect(model.fields.map((f) => [f.id, f.name, f.searchText])).toEqual([
      ['HT', 'Hộ tịch', 'ho tich'],
      ['DD', 'Đất đai', 'dat dai'],
    ]);
    expect(model.meta).toEqual({ dueSoonDays: 2, rules: 'tthc-dossiers/1' });
    expect(model.quality.rowsKept).toBe(2);
    expect(model.quality.rowsLeftOut).toEqual([]);
    expect(model.seriesByUnit.get('C1')?.map((series) => series.map((r) => r.fieldId))).toEqual([['HT'], ['DD']]);
    expect(findField(model, 'DD')?.name).toBe('Đất đai');
    expect(findField(model, 'XX')).toBeUndefined();
  });

  it('refuses a document mixing rows with and without fieldId, saying how many of each', () => {
    const refusal = refusalOf(
      parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', 'DD', '2026-01'), row('C1', undefined, '2026-02')])),
    );
    expect(refusal).toEqual({ code: 'mixed-fields', withField: 2, withoutField: 1 });
  });

  it('counts a left-out row in the mix too: one bad row without fieldId still refuses a document by field', () => {
    const refusal = refusalOf(parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', undefined, '2026-02', { receivedOnline: -1 })])));
    expect(refusal.code).toBe('mixed-fields');
  });

  it('leaves out a row whose field is not in the catalogue, and lists it with the field', () => {
    const model = modelOf(parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', 'XD', '2026-01'), row('C1', 7 as never, '2026-01')])));
    expect(model.quality.rowsKept).toBe(1);
    expect(model.quality.rowsLeftOut).toEqual([
      { index: 1, unitId: 'C1', month: '2026-01', fieldId: 'XD', problems: [{ code: 'unknown-field', fieldId: 'XD' }] },
      { index: 2, unitId: 'C1', month: '2026-01', problems: [{ code: 'unknown-field', fieldId: '7' }] },
    ]);
    expect(model.quality.unitsTouched).toEqual(['C1']);
  });

  it('leaves out a second row for the same (unit, field, month), keeping the first', () => {
    const model = modelOf(
      parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', 'HT', '2026-01', { receivedOnline: 61, returned: 0 })])),
    );
    expect(model.quality.rowsKept).toBe(1);
    expect(model.rowsByUnit.get('C1')?.[0]?.receivedOnline).toBe(60);
    expect(model.quality.rowsLeftOut).toEqual([
      {
        index: 1,
        unitId: 'C1',
        month: '2026-01',
        fieldId: 'HT',
        problems: [{ code: 'duplicate', unitId: 'C1', month: '2026-01', fieldId: 'HT' }],
      },
    ]);
  });

  it('counts absent optional counts as 0, and leaves out a row whose optional count is negative, fractional or not a number', () => {
    const model = modelOf(
      parseFeedText(
        doc([
          row('C1', 'HT', '2026-01', { pendingDueSoon: undefined, resolvedMinutes: undefined }),
          row('C1', 'DD', '2026-01', { pendingDueSoon: -1 }),
          row('C1', 'DD', '2026-02', { resolvedMinutes: 1.5 }),
          row('C1', 'DD', '2026-03', { resolvedMinutes: '90' }),
        ]),
      ),
    );
    const kept = model.rowsByUnit.get('C1')?.[0];
    expect([kept?.pendingDueSoon, kept?.resolvedMinutes]).toEqual([0, 0]);
    expect(model.quality.rowsLeftOut.map((r) => r.problems)).toEqual([
      [{ code: 'invalid-count', field: 'pendingDueSoon', value: '-1' }],
      [{ code: 'invalid-count', field: 'resolvedMinutes', value: '1.5' }],
      [{ code: 'invalid-count', field: 'resolvedMinutes', value: '"90"' }],
    ]);
  });

  it('flags a broken chain within one field, naming the field, and not across fields', () => {
    const model = modelOf(
      parseFeedText(
        doc([
          row('C1', 'HT', '2026-01'),
          row('C1', 'HT', '2026-02', { carriedOver: 14, receivedPostal: 1 }),
          row('C1', 'DD', '2026-01'),
          row('C1', 'DD', '2026-02', { carriedOver: 13, receivedPostal: 2 }),
        ]),
      ),
    );
    expect(model.quality.flagsByUnit.get('C1')).toEqual([
      { code: 'chain-break', month: '2026-02', expected: 14, actual: 13, fieldId: 'DD' },
    ]);
  });

  it("sums a unit's fields, and gives one field's figures through forField", () => {
    const model = modelOf(
      parseFeedText(doc([row('C1', 'HT', '2026-01'), row('C1', 'DD', '2026-01', { resolvedLate: 0, resolvedOnTime: 45 })])),
    );
    const all = periodFigures(model, JANUARY).get('P1');
    expect([all?.received, all?.resolvedLate, all?.pendingDueSoon, all?.resolvedMinutes, all?.rowCount]).toEqual([
      200,
      5,
      6,
      190 * 1440,
      2,
    ]);
    const land = periodFigures(model, JANUARY, 'DD').get('P1');
    expect([land?.received, land?.resolvedLate, land?.averageDays, land?.rowCount]).toEqual([100, 0, 10, 1]);
    expect(
      forField(model, 'DD')
        .rowsByUnit.get('C1')
        ?.map((r) => r.fieldId),
    ).toEqual(['DD']);
  });

  it("gives no figures, never another field's, for a field the catalogue does not list", () => {
    const model = modelOf(parseFeedText(doc([row('C1', 'HT', '2026-01')])));
    const unknown = periodFigures(model, JANUARY, 'XX').get('P1');
    expect([unknown?.rowCount, unknown?.received, unknown?.onTimeRate]).toEqual([0, 0, null]);
  });

  it('has no fields when rows carry none, even with a catalogue; and keeps rows by field out when there is no catalogue', () => {
    const plain = modelOf(parseFeedText(doc([row('C1', undefined, '2026-01')])));
    expect([plain.hasFields, plain.fields, plain.quality.rowsKept]).toEqual([false, [], 1]);
    const noCatalogue = modelOf(parseFeedText(doc([row('C1', 'HT', '2026-01')], { fields: undefined })));
    expect([noCatalogue.hasFields, noCatalogue.quality.rowsKept]).toEqual([false, 0]);
    expect(noCatalogue.quality.rowsLeftOut[0]?.problems).toEqual([{ code: 'unknown-field', fieldId: 'HT' }]);
  });

  it('keeps the first of a repeated catalogue id and skips unreadable entries; reads an unreadable meta as none', () => {
    const model = modelOf(
      parseFeedText(
        doc([row('C1', 'HT', '2026-01')], {
          fields: [{ id: 'HT', name: 'Hộ tịch' }, { id: 'HT', name: 'Khác' }, { id: '', name: 'x' }, { id: 'DD' }, 'DD'],
          meta: { dueSoonDays: -2, rules: 5 },
        }),
      ),
    );
    expect(model.fields.map((f) => f.name)).toEqual(['Hộ tịch']);
    expect(model.meta).toEqual({ dueSoonDays: null, rules: null });
  });
});
