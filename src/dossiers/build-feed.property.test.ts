// Property tests over generated exports: the identities DOSSIERS.md promises hold whatever the records are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MonthRow } from './month-rows';
import { buildRecords, type TestRecord } from './test-export';

const GENERATED_AT = Date.parse('2026-03-15T10:00:00+07:00');
const START = Date.parse('2025-10-01T00:00:00+07:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A time written one of the ways DOSSIERS.md allows. */
function written(ms: number, style: number): string {
  const vn = new Date(ms + 7 * HOUR).toISOString(); // Viet Nam wall clock, read off as UTC
  const [date, time] = [vn.slice(0, 10), vn.slice(11, 19)];
  if (style === 0) return new Date(ms).toISOString().replace('.000', '');
  if (style === 1) return `${date}T${time}+07:00`;
  if (style === 2) return `${date} ${time.slice(0, 5)}`;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} ${time}`;
}
const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;

const dossier = fc
  .record({
    code: fc.integer({ min: 1, max: 40 }),
    unit: fc.constantFrom('C', 'S'),
    field: fc.constantFrom('HT', 'DD'),
    kenh: fc.constantFrom('truc_tuyen', 'truc_tiep', 'buu_chinh'),
    received: fc.integer({ min: START, max: GENERATED_AT }),
    dueDays: fc.integer({ min: 0, max: 40 }),
    state: fc.constantFrom('dang_xu_ly', 'cho_bo_sung', 'da_xu_ly', 'tra_lai'),
    endAfter: fc.double({ min: 0, max: 1, noNaN: true }),
    supplements: fc.integer({ min: 0, max: 3 }),
    requestAfter: fc.double({ min: 0, max: 1, noNaN: true }),
    answerAfter: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    style: fc.integer({ min: 0, max: 3 }),
  })
  .map((d): TestRecord => {
    const received = minuteOf(d.received);
    const ends = d.state === 'da_xu_ly' || d.state === 'tra_lai';
    const ended = ends ? minuteOf(received + d.endAfter * (GENERATED_AT - received)) : NaN;
    const limit = ends ? ended : GENERATED_AT;
    const supplements = d.state === 'cho_bo_sung' ? Math.max(1, d.supplements) : d.supplements;
    const requested = supplements > 0 ? minuteOf(received + d.requestAfter * (limit - received)) : NaN;
    const answerable = supplements > 0 && d.state !== 'cho_bo_sung' && d.answerAfter !== null;
    const answered = answerable ? minuteOf(requested + (d.answerAfter as number) * (limit - requested)) : NaN;
    const show = (ms: number) => (Number.isNaN(ms) ? '' : written(ms, d.style));
    return {
      maHoSo: `HS-${d.code}`,
      donVi: d.unit,
      linhVuc: d.field,
      kenh: d.kenh,
      ngayTiepNhan: show(received),
      ngayHenTra: written(received + d.dueDays * DAY, 1).slice(0, 10),
      trangThai: d.state,
      ngayKetThuc: show(ended),
      soLanBoSung: String(supplements),
      ngayYeuCauBoSung: show(requested),
      ngayBoSung: show(answered),
    };
  });

const received = (row: MonthRow) => row.receivedOnline + row.receivedDirect + row.receivedPostal;
const pending = (row: MonthRow) => row.pendingWithinDeadline + row.pendingOverdue;
const exportOf = fc.array(dossier, { minLength: 1, maxLength: 60 });

describe('built documents, over generated exports', () => {
  it('keep every generated record: the generator writes only records DOSSIERS.md accepts', () => {
    fc.assert(
      fc.property(exportOf, (records) => {
        const { report } = buildRecords(records, { fromMonth: '2025-11' });
        expect(report.leftOut).toEqual([]);
        expect(report.kept + report.replaced).toBe(records.length);
      }),
    );
  });

  it('every row: carriedOver + received = resolved + returned + pending; due soon is part of within deadline', () => {
    fc.assert(
      fc.property(exportOf, (records) => {
        for (const row of buildRecords(records, { fromMonth: '2025-11' }).document.stats) {
          const resolved = row.resolvedEarly + row.resolvedOnTime + row.resolvedLate;
          expect(row.carriedOver + received(row)).toBe(resolved + row.returned + pending(row));
          expect(row.pendingDueSoon).toBeLessThanOrEqual(row.pendingWithinDeadline);
        }
      }),
    );
  });

  it("each month's pending equals the next month's carriedOver, for every unit and field", () => {
    fc.assert(
      fc.property(exportOf, (records) => {
        const rows = new Map(
          buildRecords(records, { fromMonth: '2025-11' }).document.stats.map((row) => [`${row.unitId}|${row.fieldId}|${row.month}`, row]),
        );
        const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
        for (const key of ['C|HT', 'C|DD', 'S|HT', 'S|DD']) {
          for (let m = 0; m + 1 < months.length; m++) {
            const now = rows.get(`${key}|${months[m]}`);
            const next = rows.get(`${key}|${months[m + 1]}`);
            expect(next?.carriedOver ?? 0).toBe(now ? pending(now) : 0);
          }
        }
      }),
    );
  });

  it('received over all rows equals the kept records received in the range of months', () => {
    fc.assert(
      fc.property(exportOf, (records) => {
        const result = buildRecords(records, { fromMonth: '2025-12' });
        const kept = new Map(records.map((record) => [record.maHoSo, record])); // the later row wins
        const inRange = [...kept.values()].filter((record) => {
          const ms = Date.parse(
            /^\d\d\//.test(record.ngayTiepNhan as string)
              ? (record.ngayTiepNhan as string).replace(/^(\d\d)\/(\d\d)\/(\d{4}) /, '$3-$2-$1T') + '+07:00'
              : (record.ngayTiepNhan as string).replace(' ', 'T') +
                  (/(Z|[+-]\d\d:\d\d)$/.test(record.ngayTiepNhan as string) ? '' : '+07:00'),
          );
          return new Date(ms + 7 * HOUR).toISOString().slice(0, 7) >= '2025-12';
        });
        const total = result.document.stats.reduce((sum, row) => sum + received(row), 0);
        expect(total).toBe(inRange.length);
      }),
    );
  });
});
