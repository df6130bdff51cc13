// One test per rule of DOSSIERS.md ("The rules", 1 to 8), each on the smallest export that shows it.
import { describe, expect, it } from 'vitest';
import { createFeedBuilder } from './build-feed';
import { TEST_UNITS, buildRecords, monthOf } from './test-export';

describe('DOSSIERS.md rules', () => {
  it('dates are Viet Nam calendar dates whatever zone the time was written in', () => {
    const result = buildRecords([
      // 17:30Z on 31 January is 00:30 on 1 February in Viet Nam
      { ngayTiepNhan: '2026-01-31T17:30:00Z', ngayHenTra: '2026-02-10' },
      { ngayTiepNhan: '2026-01-31T16:59:59Z', ngayHenTra: '2026-02-10' },
      { ngayTiepNhan: '2026-01-31T23:30:00-05:00', ngayHenTra: '2026-02-10' },
    ]);
    expect(monthOf(result, '2026-01').receivedDirect).toBe(1);
    expect(monthOf(result, '2026-02').receivedDirect).toBe(2);
  });

  it('1. received in the month of ngayTiepNhan, counted by kenh', () => {
    const result = buildRecords([
      { kenh: 'truc_tuyen', ngayTiepNhan: '2026-02-03 08:00', ngayHenTra: '2026-02-20' },
      { kenh: 'truc_tuyen', ngayTiepNhan: '03/02/2026 08:00', ngayHenTra: '2026-02-20' },
      { kenh: 'truc_tiep', ngayTiepNhan: '2026-02-28T23:59', ngayHenTra: '2026-03-20' },
      { kenh: 'buu_chinh', ngayTiepNhan: '2026-03-01T00:00:00+07:00', ngayHenTra: '2026-03-20' },
    ]);
    expect(monthOf(result, '2026-02')).toMatchObject({ receivedOnline: 2, receivedDirect: 1, receivedPostal: 0 });
    expect(monthOf(result, '2026-03')).toMatchObject({ receivedOnline: 0, receivedDirect: 0, receivedPostal: 1 });
  });

  it('2. ended in the month of ngayKetThuc: da_xu_ly resolved, tra_lai returned', () => {
    const result = buildRecords([
      { ngayTiepNhan: '2026-01-10', ngayHenTra: '2026-02-20', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-01T08:00' },
      { ngayTiepNhan: '2026-01-10', ngayHenTra: '2026-02-20', trangThai: 'tra_lai', ngayKetThuc: '2026-01-31T17:00Z' },
    ]);
    expect(monthOf(result, '2026-01')).toMatchObject({ resolvedEarly: 0, returned: 0, pendingWithinDeadline: 2 });
    expect(monthOf(result, '2026-02')).toMatchObject({ carriedOver: 2, resolvedEarly: 1, returned: 1 });
  });

  it('3. one answered supplement moves the due date by the time the citizen had the dossier', () => {
    const supplement = { soLanBoSung: '1', ngayYeuCauBoSung: '2026-02-05', ngayBoSung: '2026-02-09' };
    const result = buildRecords([
      // due 10 Feb + 4 days = 14 Feb: ending on the 13th is early, on the 14th on time
      { ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-10', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-13T10:00', ...supplement },
      { ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-10', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-14T10:00', ...supplement },
      { ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-10', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-15T10:00', ...supplement },
    ]);
    expect(monthOf(result, '2026-02')).toMatchObject({ resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1 });
  });

  it('3. an answer not yet given at the moment judged does not move the due date', () => {
    // answered on 10 March: at the end of February the citizen still has it; not moved, so judged by the request
    const result = buildRecords([
      {
        ngayTiepNhan: '2026-02-20',
        ngayHenTra: '2026-02-25',
        soLanBoSung: '1',
        ngayYeuCauBoSung: '2026-02-26',
        ngayBoSung: '2026-03-10',
      },
    ]);
    expect(monthOf(result, '2026-02')).toMatchObject({ pendingOverdue: 1, pendingWithinDeadline: 0 });
  });

  it('4. a resolved dossier is early, on time or late by its end date; more than one supplement makes it late', () => {
    const base = { ngayTiepNhan: '2026-01-05T08:00', ngayHenTra: '2026-01-10', trangThai: 'da_xu_ly' };
    const result = buildRecords([
      { ...base, ngayKetThuc: '2026-01-09T23:59' },
      { ...base, ngayKetThuc: '2026-01-10T23:59' },
      { ...base, ngayKetThuc: '2026-01-11T00:00' },
      { ...base, ngayKetThuc: '2026-01-07', soLanBoSung: '2', ngayYeuCauBoSung: '2026-01-06', ngayBoSung: '2026-01-06' },
    ]);
    expect(monthOf(result, '2026-01')).toMatchObject({ resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 2 });
  });

  it('5. pending: within deadline, due soon and overdue by the due date', () => {
    const judged = (ngayHenTra: string, dueSoonDays?: number) =>
      monthOf(buildRecords([{ ngayTiepNhan: '2026-03-01', ngayHenTra }], dueSoonDays === undefined ? {} : { dueSoonDays }), '2026-03');
    // judged at 15 March
    expect(judged('2026-03-18')).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 0, pendingOverdue: 0 });
    expect(judged('2026-03-17')).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 1, pendingOverdue: 0 });
    expect(judged('2026-03-15')).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 1, pendingOverdue: 0 });
    expect(judged('2026-03-14')).toMatchObject({ pendingWithinDeadline: 0, pendingDueSoon: 0, pendingOverdue: 1 });
    expect(judged('2026-03-18', 3)).toMatchObject({ pendingDueSoon: 1 });
    expect(judged('2026-03-16', 0)).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 0 });
  });

  it('5. pending waiting for the citizen: the clock stops, within deadline when asked in time', () => {
    const waiting = { trangThai: 'cho_bo_sung', soLanBoSung: '1', ngayTiepNhan: '2026-03-01', ngayHenTra: '2026-03-05' };
    const result = buildRecords([
      { ...waiting, ngayYeuCauBoSung: '2026-03-05T16:00' }, // asked on the due date: within, never due soon
      { ...waiting, ngayYeuCauBoSung: '2026-03-06T08:00' }, // asked after it: overdue
      { ...waiting, soLanBoSung: '2', ngayYeuCauBoSung: '2026-03-02' }, // a second request: overdue
    ]);
    expect(monthOf(result, '2026-03')).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 0, pendingOverdue: 2 });
  });

  it('5. more than one supplement makes a pending dossier overdue from its last request on', () => {
    const record = {
      ngayTiepNhan: '2026-02-01',
      ngayHenTra: '2026-04-30',
      soLanBoSung: '2',
      ngayYeuCauBoSung: '2026-03-02',
      ngayBoSung: '2026-03-04',
    };
    const result = buildRecords([record]);
    expect(monthOf(result, '2026-02')).toMatchObject({ pendingWithinDeadline: 1, pendingOverdue: 0 });
    expect(monthOf(result, '2026-03')).toMatchObject({ pendingWithinDeadline: 0, pendingOverdue: 1 });
  });

  it('6. carriedOver is the pending of the month before; the latest month is judged at generatedAt', () => {
    const result = buildRecords([{ ngayTiepNhan: '2026-01-20', ngayHenTra: '2026-03-10' }]);
    expect(monthOf(result, '2026-01')).toMatchObject({ carriedOver: 0, receivedDirect: 1, pendingWithinDeadline: 1 });
    expect(monthOf(result, '2026-02')).toMatchObject({ carriedOver: 1, pendingWithinDeadline: 1, pendingOverdue: 0 });
    // at the end of March it would be overdue too, but the month is judged on 15 March: overdue already
    expect(monthOf(result, '2026-03')).toMatchObject({ carriedOver: 1, pendingWithinDeadline: 0, pendingOverdue: 1 });
    const early = buildRecords([{ ngayTiepNhan: '2026-01-20', ngayHenTra: '2026-03-16' }]);
    expect(monthOf(early, '2026-03')).toMatchObject({ pendingWithinDeadline: 1, pendingDueSoon: 1 });
  });

  it('7. processing time: end − received − supplement time, whole minutes rounded down, summed per month', () => {
    const result = buildRecords([
      { ngayTiepNhan: '2026-02-02T08:00:00', ngayHenTra: '2026-02-20', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-02T09:30:59' },
      {
        ngayTiepNhan: '2026-02-02T08:00',
        ngayHenTra: '2026-02-20',
        trangThai: 'da_xu_ly',
        ngayKetThuc: '2026-02-13T10:00',
        ...{ soLanBoSung: '1', ngayYeuCauBoSung: '2026-02-05', ngayBoSung: '2026-02-09' },
      },
      { ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-20', trangThai: 'tra_lai', ngayKetThuc: '2026-02-05' },
    ]);
    // 90 (the 59 seconds rounded down) + (11 days 2 hours − 4 days) = 90 + 10,200
    expect(monthOf(result, '2026-02').resolvedMinutes).toBe(90 + 10_200);
  });

  it('8. months run from January of the year before generatedAt; earlier dossiers count as carried over and when they end', () => {
    const result = buildRecords(
      [
        { ngayTiepNhan: '2024-12-20', ngayHenTra: '2025-01-05', trangThai: 'da_xu_ly', ngayKetThuc: '2025-01-03' },
        { ngayTiepNhan: '2024-11-02', ngayHenTra: '2024-11-05', trangThai: 'da_xu_ly', ngayKetThuc: '2024-11-04' },
      ],
      { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: undefined },
    );
    const months = result.document.stats.map((row) => row.month);
    expect(months).toEqual(['2025-01']);
    expect(monthOf(result, '2025-01')).toMatchObject({ carriedOver: 1, receivedDirect: 0, resolvedEarly: 1 });
  });

  it('without a fields catalogue the rows carry no fieldId and linhVuc is not needed', () => {
    const units = { units: TEST_UNITS.units };
    const result = buildRecords([{ ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-20', linhVuc: '' }], {}, units);
    expect(result.document.stats.map((row) => row.month)).toEqual(['2026-02', '2026-03']);
    for (const row of result.document.stats) expect(row).not.toHaveProperty('fieldId');
    expect(result.document).not.toHaveProperty('fields');
  });

  it('a units list of national size (counted sparsely) gives the same rows as a small one', () => {
    const records = [
      { ngayTiepNhan: '2026-01-20', ngayHenTra: '2026-03-10' },
      { donVi: 'S', linhVuc: 'DD', ngayTiepNhan: '2026-02-02', ngayHenTra: '2026-02-05', trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-06' },
    ];
    const many = Array.from({ length: 130_000 }, (_, i) => ({ id: `X${i}`, name: `Xã ${i}`, kind: 'commune' }));
    const national = { ...TEST_UNITS, units: [...many, ...TEST_UNITS.units] };
    expect(buildRecords(records, {}, national).document.stats).toEqual(buildRecords(records).document.stats);
  });

  it('a number in a time column is an Excel serial day in Viet Nam time, to the second', () => {
    // 46054 is 1 February 2026; a float a hair below it is still midnight, not 31 January 23:59:59.999
    const builder = createFeedBuilder(TEST_UNITS, { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01' });
    const record = { maHoSo: 'A', donVi: 'C', linhVuc: 'HT', kenh: 'truc_tiep', trangThai: 'dang_xu_ly' };
    builder.addRecord({ ...record, ngayTiepNhan: 46054 - 1e-8, ngayHenTra: 46060 }, 2);
    builder.addRecord({ ...record, maHoSo: 'B', ngayTiepNhan: 46053 + 23 / 24, ngayHenTra: 46060 }, 3);
    const { document } = builder.finish();
    expect(document.stats.map((row) => [row.month, row.receivedDirect])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 0],
    ]);
  });
});
