// Every kind of record DOSSIERS.md leaves out, with the reason the feed and the report give, and the 1,000-entry limit.
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_KINDS } from './dossier-record';
import { buildRecords, type TestRecord } from './test-export';

const ok = { ngayTiepNhan: '2026-02-02T08:00', ngayHenTra: '2026-02-20' };
const done = { ...ok, trangThai: 'da_xu_ly', ngayKetThuc: '2026-02-10' };

const CASES: Array<[string, TestRecord, string]> = [
  ['a required value missing', { ...ok, maHoSo: '' }, 'missing maHoSo'],
  ['no received time', { ngayHenTra: '2026-02-20' }, 'missing ngayTiepNhan'],
  ['no field when the list has fields', { ...ok, linhVuc: ' ' }, 'missing linhVuc'],
  ['an unknown channel', { ...ok, kenh: 'fax' }, "unknown kenh 'fax'"],
  ['a name in the channel column', { ...ok, kenh: 'Nguyễn Văn A' }, 'unknown kenh (a value that is not a code)'],
  ['an unknown state', { ...ok, trangThai: 'xong' }, "unknown trangThai 'xong'"],
  ['an impossible date', { ...ok, ngayTiepNhan: '31/02/2026 08:00' }, 'day is out of range for month'],
  ['a month 13', { ...ok, ngayHenTra: '2026-13-01' }, 'month must be in 1..12'],
  ['an hour 24', { ...ok, ngayTiepNhan: '2026-02-02T24:00' }, 'hour must be in 0..23'],
  ['an unreadable time', { ...ok, ngayHenTra: '2026/02/20' }, "not a time: '2026/02/20'"],
  ['words in a time column', { ...ok, ngayHenTra: 'Trần Thị B' }, 'not a time'],
  ['an unknown unit', { ...ok, donVi: 'X9' }, "unknown donVi 'X9'"],
  ['an unknown field', { ...ok, linhVuc: 'XX' }, "unknown linhVuc 'XX'"],
  ['due before received', { ngayTiepNhan: '2026-02-02T08:00', ngayHenTra: '2026-02-01' }, 'ngayHenTra before ngayTiepNhan'],
  ['ended before received', { ...done, ngayKetThuc: '2026-02-02T07:59' }, 'ngayKetThuc before ngayTiepNhan'],
  ['resolved without an end', { ...done, ngayKetThuc: '' }, 'ngayKetThuc missing for da_xu_ly'],
  ['returned without an end', { ...done, trangThai: 'tra_lai', ngayKetThuc: '' }, 'ngayKetThuc missing for tra_lai'],
  ['in progress with an end', { ...done, trangThai: 'dang_xu_ly' }, 'ngayKetThuc present for dang_xu_ly'],
  ['a fractional supplement count', { ...ok, soLanBoSung: '1.5' }, "soLanBoSung is not a whole number: '1.5'"],
  ['a negative supplement count', { ...ok, soLanBoSung: '-1' }, "soLanBoSung is not a whole number: '-1'"],
  ['a supplement count without a request', { ...ok, soLanBoSung: '2' }, 'soLanBoSung 2 without ngayYeuCauBoSung'],
  ['supplement dates with a count of 0', { ...ok, ngayBoSung: '2026-02-05' }, 'soLanBoSung 0 with supplement dates'],
  [
    'a request before the dossier was received',
    { ...ok, soLanBoSung: '1', ngayYeuCauBoSung: '2026-02-01' },
    'ngayYeuCauBoSung before ngayTiepNhan',
  ],
  [
    'an answer before the request',
    { ...ok, soLanBoSung: '1', ngayYeuCauBoSung: '2026-02-05', ngayBoSung: '2026-02-04' },
    'ngayBoSung before ngayYeuCauBoSung',
  ],
  ['waiting without a request', { ...ok, trangThai: 'cho_bo_sung' }, 'cho_bo_sung needs a request and no ngayBoSung'],
  [
    'waiting though answered',
    { ...ok, trangThai: 'cho_bo_sung', soLanBoSung: '1', ngayYeuCauBoSung: '2026-02-05', ngayBoSung: '2026-02-06' },
    'cho_bo_sung needs a request and no ngayBoSung',
  ],
  ['received after generatedAt', { ngayTiepNhan: '2026-03-15T10:01', ngayHenTra: '2026-03-20' }, 'a time after generatedAt'],
  ['ended after generatedAt', { ...done, ngayKetThuc: '2026-03-16' }, 'a time after generatedAt'],
];

describe('records left out', () => {
  it.each(CASES)('%s: left out with its line and reason', (_what, record, reason) => {
    const result = buildRecords([ok, record]);
    expect(result.document.leftOut).toEqual([{ line: 3, reason }]);
    expect(result.report).toMatchObject({ read: 2, kept: 1, replaced: 0 });
    expect(result.report.leftOut.map((group) => [group.count, group.firstLines])).toEqual([[1, [3]]]);
  });

  it('covers every kind of DOSSIERS.md', () => {
    const kinds = new Set(CASES.map(([, record]) => buildRecords([record]).report.leftOut[0]?.reason));
    kinds.add(LEFT_OUT_KINDS.replaced);
    expect([...kinds].sort()).toEqual(Object.values(LEFT_OUT_KINDS).sort());
  });

  it('accepts a due date later than generatedAt, and a due date on the day received', () => {
    const result = buildRecords([
      { ngayTiepNhan: '2026-03-15T08:00', ngayHenTra: '2026-04-30' },
      { ngayTiepNhan: '2026-03-15T08:00', ngayHenTra: '2026-03-15' },
    ]);
    expect(result.document.leftOut).toEqual([]);
    expect(result.report.kept).toBe(2);
  });

  it('a later row for the same maHoSo replaces the earlier; a later row left out does not', () => {
    const result = buildRecords([
      { ...ok, maHoSo: 'A' },
      { ...done, maHoSo: 'A' },
      { ...done, maHoSo: 'A', kenh: 'fax' },
    ]);
    expect(result.document.leftOut).toEqual([
      { line: 2, reason: 'replaced by line 3 (same maHoSo)' },
      { line: 4, reason: "unknown kenh 'fax'" },
    ]);
    expect(result.report).toMatchObject({ read: 3, kept: 1, replaced: 1 });
    const february = result.document.stats.find((row) => row.month === '2026-02');
    expect(february).toMatchObject({ receivedDirect: 1, resolvedEarly: 1, pendingWithinDeadline: 0 });
  });

  it('past 1,000 records left out, the feed counts them per reason instead of listing each line', () => {
    const bad = Array.from({ length: 1200 }, (_, i) => ({ ...ok, kenh: i % 3 === 0 ? 'fax' : 'email' }));
    const result = buildRecords([ok, ...bad, { ...ok, donVi: 'X9' }]);
    expect(result.document.leftOut).toEqual([
      { reason: 'unknown kenh', count: 1200 },
      { reason: 'unknown donVi', count: 1 },
    ]);
    expect(result.report.leftOut[0]).toEqual({ reason: 'unknown kenh', count: 1200, firstLines: [3, 4, 5, 6, 7] });
  });

  it('exactly 1,000 records left out are still listed line by line', () => {
    const bad = Array.from({ length: 1000 }, () => ({ ...ok, kenh: 'fax' }));
    const { leftOut } = buildRecords(bad).document;
    expect(leftOut).toHaveLength(1000);
    expect(leftOut[999]).toEqual({ line: 1001, reason: "unknown kenh 'fax'" });
  });
});
