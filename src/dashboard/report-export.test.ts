// The export writes the rows the table shows: the same choice through the same function, in the same order.
import { describe, expect, it } from 'vitest';
import smallProvince from '../../docs/examples/small-province.json';
import type { FeedDocument } from '../feed/feed-schema';
import { parseFeedDocument } from '../feed/parse-feed';
import { parsePeriod } from '../stats/period';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { DEFAULT_TABLE_SORT, scopeRows, shownRows, type TableChoice } from './bieu-06-rows';
import { reportCsv, reportHeaderBlock, reportHeaders, reportRows, reportTable, reportTime } from './report-export';

function model() {
  const parsed = parseFeedDocument(structuredClone(smallProvince) as FeedDocument);
  if (!parsed.ok) throw new Error('refused');
  return parsed.model;
}

const period = parsePeriod('ytd')!;
const base: TableChoice = { query: '', kind: 'all', sort: DEFAULT_TABLE_SORT, scope: 'children' };

describe('the report export', () => {
  it('gives the rows the table shows, for every sort and filter the table offers', () => {
    const m = model();
    const view = unitPeriodFigures(m, null, period);
    if (view.status !== 'ok') throw new Error('no view');
    const choices: TableChoice[] = [
      base,
      { ...base, sort: { key: 'name', direction: 'asc' } },
      { ...base, sort: { key: 'onTimeRate', direction: 'asc' } },
      { ...base, kind: 'commune' },
      { ...base, query: view.children[0]!.unit.name.slice(-4) },
      { ...base, scope: 'descendants' },
      { ...base, overdueOnly: true },
    ];
    for (const choice of choices) {
      const table = shownRows(scopeRows(m, view, choice.scope), choice, new Map());
      const exported = reportRows({ model: m, unitId: m.rootId, period, choice });
      expect(exported.map((row) => row.unit.id)).toEqual(table.map((row) => row.unit.id));
    }
  });

  it('keeps only the units with overdue dossiers when asked', () => {
    const m = model();
    const all = reportRows({ model: m, unitId: m.rootId, period, choice: base });
    const overdue = reportRows({ model: m, unitId: m.rootId, period, choice: { ...base, overdueOnly: true } });
    expect(overdue.map((row) => row.unit.id)).toEqual(all.filter((row) => row.figures.pendingOverdue > 0).map((row) => row.unit.id));
    expect(overdue.length).toBeLessThan(all.length);
  });

  it('filters as the table does: a name filter that matches nothing exports no row', () => {
    const m = model();
    expect(reportRows({ model: m, unitId: m.rootId, period, choice: { ...base, query: 'zzzz-no-such-unit' } })).toEqual([]);
    expect(reportRows({ model: m, unitId: m.rootId, period, choice: base }).length).toBeGreaterThan(0);
  });

  it('writes the form’s headers and the report block in the viewer’s language', () => {
    const m = model();
    const headers = reportHeaders('vi');
    expect(headers).toHaveLength(17);
    expect(headers[2]).toBe('Số hồ sơ nhận giải quyết – Tổng số');
    // The form's (15), then what the form does not have: the change and the unit's code.
    expect(headers[14]).toBe('Tỷ lệ đúng hạn (%)');
    expect(headers.at(-1)).toBe('Mã đơn vị');
    expect(reportHeaders('en')[0]).toBe('No.');
    const block = reportHeaderBlock({ model: m, unitId: m.rootId, period, lang: 'vi' });
    expect(block[0]).toEqual(['Biểu', 'Biểu số 06 – Tình hình, kết quả giải quyết TTHC']);
    expect(block[1]?.[1]).toBe(m.units.get(m.rootId)?.name);
  });

  it('writes rates with the decimal comma and ";" in Vietnamese, counts bare, and the totals row last', () => {
    const m = model();
    const rows = reportRows({ model: m, unitId: m.rootId, period, choice: base });
    const changes = new Map([[rows[0]!.unit.id, -32]]);
    const table = reportTable(rows, changes, 'vi');
    const lines = reportCsv(table, [], 'vi').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(rows.length + 2);
    const first = lines[1]!.split(';');
    expect(first.at(-2)).toBe('-3,2');
    expect(first.at(-1)).toBe(rows[0]!.unit.id);
    expect(first[14]).toMatch(/^\d+,\d$|^$/);
    expect(lines.at(-1)!.split(';').slice(0, 2)).toEqual(['', 'Tổng cộng']);
    const en = reportCsv(reportTable(rows, changes, 'en'), [], 'en')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(en[1]!.split(',').at(-2)).toBe('-3.2');
  });

  it("writes a feed's names as text, never as a formula, quoted where they hold the separator or a quote", () => {
    const table = { headers: ['Đơn vị'], rows: [['=Xã "Mới"'], ['+1'], ['Phường 1; 2']], totals: [null] };
    const lines = reportCsv(table, [], 'vi').slice(1).trim().split('\r\n');
    expect(lines.slice(1, 4)).toEqual([`"'=Xã ""Mới"""`, "'+1", '"Phường 1; 2"']);
  });

  it('writes the time day first, in Viet Nam', () => {
    expect(reportTime(Date.parse('2026-12-01T20:05:00Z'))).toBe('02/12/2026 03:05');
  });
});
