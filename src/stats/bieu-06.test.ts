import { describe, expect, it } from 'vitest';
import type { UnitNode } from '../feed/feed-model';
import { bieu06Csv, rawRate } from './bieu-06';
import { deriveFigures } from './figures';
import type { ChildFigures } from './unit-period-figures';

function child(id: string, name: string, counts: Partial<Parameters<typeof deriveFigures>[0]>): ChildFigures {
  const unit = { id, name, kind: 'commune', treeParentId: '92', childIds: [], depth: 1, searchText: name } as UnitNode;
  const full = {
    carriedOver: 0,
    receivedOnline: 0,
    receivedDirect: 0,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    returned: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    pendingDueSoon: 0,
    resolvedMinutes: 0,
    ...counts,
  };
  return { unit, figures: deriveFigures(full, 1) };
}

const rows = [
  child('31569', 'Xã Phú Tâm', {
    carriedOver: 14,
    receivedOnline: 1210,
    receivedDirect: 95,
    receivedPostal: 4,
    resolvedEarly: 1180,
    resolvedOnTime: 110,
    resolvedLate: 2,
    returned: 3,
    pendingWithinDeadline: 27,
    pendingOverdue: 1,
  }),
  child('x', '=Xã "Mới"', {}),
];
const headers = ['STT', 'Đơn vị', 'NGQ', 'TT', 'TTBC', 'KT', 'ĐGQ', 'TH', 'ĐH', 'QH', 'ĐGQ2', 'TrH', 'QH2', 'ID', 'Tỷ lệ (%)'];

describe('bieu06Csv', () => {
  const csv = bieu06Csv(rows, headers, [
    ['Đơn vị', 'Thành phố Cần Thơ'],
    ['Kỳ báo cáo', 'Đến tháng 6/2026'],
    ['Số liệu tạo lúc', '2026-11-26T16:40:00+07:00'],
  ]);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte order mark and ends each line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('puts the header block, a blank line, then the column headers', () => {
    expect(lines.slice(0, 5)).toEqual([
      'Đơn vị,Thành phố Cần Thơ',
      'Kỳ báo cáo,Đến tháng 6/2026',
      'Số liệu tạo lúc,2026-11-26T16:40:00+07:00',
      '',
      headers.join(','),
    ]);
  });

  it('writes the Biểu số 06 columns in order with bare numbers', () => {
    // STT, unit, to process, online, in person + postal, carried over, resolved, early, on time, late, pending, within, overdue,
    // then returned (1323 = 1292 resolved + 3 returned + 28 pending), the id and the rate
    expect(lines[5]).toBe('1,Xã Phú Tâm,1323,1210,99,14,1292,1180,110,2,28,27,1,3,31569,99.8');
  });

  it('quotes and defuses a name a spreadsheet would read as a formula; an empty rate is empty', () => {
    expect(lines[6]).toBe(`2,"'=Xã ""Mới""",0,0,0,0,0,0,0,0,0,0,0,0,x,`);
  });

  it('writes no header block when none is given', () => {
    expect(bieu06Csv([], headers).slice(1).split('\r\n')[0]).toBe(headers.join(','));
  });
});

describe('rawRate', () => {
  it('writes tenths as a percentage with one decimal and a dot', () => {
    expect(rawRate(951)).toBe('95.1');
    expect(rawRate(1000)).toBe('100.0');
    expect(rawRate(null)).toBe('');
  });
});
