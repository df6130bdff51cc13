import { describe, it, expect } from 'vitest';
import { COUNT_FIELDS, envelopeSchema, statRowSchema, unitSchema } from '../src/feed/feed-schema';
import type { FeedDocument } from '../src/feed/feed-schema';
import { CAN_THO_COMMUNES } from './data/can-tho-communes';
import unitsFile from './data/vn-units-2025.json';
import { parseFeedDocument } from '../src/feed/parse-feed';
import { fieldBreakdown, fieldsByLateness } from '../src/stats/field-figures';
import { periodFigures } from '../src/stats/roll-up';
import { generateProvinceFeed } from './demo-feed';
import { generateNationalFeed } from './national-feed';

type Row = FeedDocument['stats'][number];

const received = (r: Row) => r.receivedOnline + r.receivedDirect + r.receivedPostal;
const resolved = (r: Row) => r.resolvedEarly + r.resolvedOnTime + r.resolvedLate;
const pending = (r: Row) => r.pendingWithinDeadline + r.pendingOverdue;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Each series of the document, month-sorted: a (unit, field) in a document by field, a unit in one without. */
function rowsBySeries(doc: FeedDocument): Map<string, Row[]> {
  const by = new Map<string, Row[]>();
  for (const row of doc.stats) {
    const key = `${row.unitId}|${row.fieldId ?? ''}`;
    const rows = by.get(key) ?? [];
    rows.push(row);
    by.set(key, rows);
  }
  for (const rows of by.values()) rows.sort((a, b) => a.month.localeCompare(b.month));
  return by;
}

/** Each unit's months, summed over its fields: the rows a document without fields would carry. */
function rowsByUnit(doc: FeedDocument): Map<string, Row[]> {
  const months = new Map<string, Row>();
  for (const row of doc.stats) {
    const key = `${row.unitId}|${row.month}`;
    const sum = months.get(key);
    if (!sum) {
      const { fieldId: _fieldId, ...rest } = row;
      months.set(key, { ...rest });
      continue;
    }
    for (const field of [...COUNT_FIELDS, 'pendingDueSoon', 'resolvedMinutes'] as const) sum[field] = (sum[field] ?? 0) + (row[field] ?? 0);
  }
  const by = new Map<string, Row[]>();
  for (const row of months.values()) by.set(row.unitId, [...(by.get(row.unitId) ?? []), row]);
  for (const rows of by.values()) rows.sort((a, b) => a.month.localeCompare(b.month));
  return by;
}

/** Every way a document could break FEED.md's rules, as readable lines; empty when it holds. */
function problemsOf(doc: FeedDocument): string[] {
  const problems: string[] = [];
  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) problems.push(`envelope: ${envelope.error.message}`);
  if (doc.schema !== 'tthc-feed/1') problems.push(`schema ${doc.schema}`);
  const ids = new Set<string>();
  for (const unit of doc.units) {
    if (!unitSchema.safeParse(unit).success) problems.push(`unit ${unit.id} does not parse`);
    if (ids.has(unit.id)) problems.push(`unit ${unit.id} twice`);
    ids.add(unit.id);
  }
  for (const unit of doc.units) {
    if (unit.parentId != null && !ids.has(unit.parentId)) {
      problems.push(`unit ${unit.id}: no parent ${unit.parentId}`);
    }
  }
  const fieldIds = new Set((doc.fields ?? []).map((field) => field.id));
  const identities = new Set<string>();
  for (const row of doc.stats) {
    const where = `${row.unitId} ${row.fieldId ?? ''} ${row.month}`;
    if (!ids.has(row.unitId)) problems.push(`${where}: unknown unit`);
    if ((row.fieldId === undefined) !== (doc.fields === undefined)) problems.push(`${where}: fieldId and catalogue disagree`);
    if (row.fieldId !== undefined && !fieldIds.has(row.fieldId)) problems.push(`${where}: field not in the catalogue`);
    if (identities.has(where)) problems.push(`${where}: twice`);
    identities.add(where);
    if ((row.pendingDueSoon ?? 0) > row.pendingWithinDeadline) problems.push(`${where}: more due soon than pending in time`);
    if (!Number.isSafeInteger(row.resolvedMinutes ?? 0) || (row.resolvedMinutes ?? 0) < 0) problems.push(`${where}: resolvedMinutes`);
    if (!statRowSchema.safeParse(row).success) problems.push(`${where}: does not parse`);
    for (const field of COUNT_FIELDS) {
      const value = row[field] ?? 0;
      if (!Number.isInteger(value) || value < 0) problems.push(`${where}: ${field} = ${value}`);
    }
    if (row.carriedOver + received(row) !== resolved(row) + (row.returned ?? 0) + pending(row)) {
      problems.push(`${where}: identity does not hold`);
    }
  }
  for (const [unitId, rows] of rowsBySeries(doc)) {
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      if (next === undefined) return;
      if (next.month !== nextMonth(row.month)) problems.push(`${unitId}: ${next.month} does not follow ${row.month}`);
      if (next.carriedOver !== pending(row)) problems.push(`${unitId}: chain breaks at ${next.month}`);
    });
  }
  return problems;
}

// 16:40:30 in Viet Nam on 26 November 2026.
const NOW = new Date('2026-11-26T09:40:30Z');

// Each document is tens of thousands of rows by field: a loaded machine (the whole suite in parallel) needs more than 5 s.
describe('generateProvinceFeed', { timeout: 30_000 }, () => {
  const doc = generateProvinceFeed({ now: NOW });

  it('gives the same document for the same seed and minute, and another for another seed', () => {
    expect(generateProvinceFeed({ now: new Date('2026-11-26T09:40:59Z') })).toEqual(doc);
    expect(generateProvinceFeed({ seed: 7, now: NOW })).toEqual(generateProvinceFeed({ seed: 7, now: NOW }));
    expect(generateProvinceFeed({ seed: 7, now: NOW }).stats).not.toEqual(doc.stats);
  });

  it('stamps the minute in Viet Nam time and names its source', () => {
    expect(doc.generatedAt).toBe('2026-11-26T16:40:00+07:00');
    expect(doc.source?.name).toBe('Hệ thống thông tin giải quyết TTHC thành phố Cần Thơ (mô phỏng)');
  });

  it('keeps every row consistent and every chain whole', () => {
    expect(problemsOf(doc)).toEqual([]);
    expect(problemsOf(generateProvinceFeed({ seed: 99, now: new Date('2027-01-01T03:00:00Z') }))).toEqual([]);
  });

  it('lists Cần Thơ, its centre, its departments and its 103 communes with their real codes', () => {
    const [root, ...members] = doc.units;
    expect(root).toEqual({ id: '92', name: 'Thành phố Cần Thơ', kind: 'province' });
    expect(members.every((u) => u.parentId === '92')).toBe(true);
    expect(members.filter((u) => u.kind === 'center')).toEqual([
      { id: '92-TTPVHCC', name: 'Trung tâm Phục vụ hành chính công', kind: 'center', parentId: '92' },
    ]);
    const departments = members.filter((u) => u.kind === 'department');
    expect(departments.length).toBeGreaterThanOrEqual(14);
    expect(departments.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Sở Tư pháp', 'Sở Y tế', 'Công an thành phố', 'Sở Nông nghiệp và Môi trường']),
    );
    expect(departments.find((u) => u.name === 'Sở Y tế')?.id).toBe('92-SYT');

    const fromFile = unitsFile.provinces.find((p) => p.id === '92')?.communes.map(({ id, name }) => ({ id, name }));
    expect(CAN_THO_COMMUNES).toEqual(fromFile);
    const communes = members.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(103);
    expect(communes.map(({ id, name }) => ({ id, name }))).toEqual(fromFile);
    expect(communes.find((u) => u.id === '31120')?.name).toBe('Phường Cái Khế');
  });

  it('covers last year and this year to date for every unit but the province itself, and every field it handles', () => {
    const by = rowsByUnit(doc);
    expect(by.has('92')).toBe(false);
    expect(by.size).toBe(doc.units.length - 1);
    for (const rows of by.values()) {
      expect(rows.map((r) => r.month)).toHaveLength(23);
      expect(rows[0]?.month).toBe('2025-01');
      expect(rows.at(-1)?.month).toBe('2026-11');
    }
    for (const rows of rowsBySeries(doc).values()) expect(rows).toHaveLength(23);
  });

  it('is by field: about 30 fields, each unit the ones its kind handles, as the engine reads it with nothing left out', () => {
    expect(doc.fields?.length).toBeGreaterThanOrEqual(28);
    expect(doc.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['Hộ tịch', 'Chứng thực', 'Đất đai', 'Lý lịch tư pháp']));
    expect(doc.meta?.dueSoonDays).toBe(2);
    const fieldsOf = (unitId: string) => new Set(doc.stats.filter((r) => r.unitId === unitId).map((r) => r.fieldId));
    const commune = fieldsOf('31120'); // Phường Cái Khế
    for (const id of ['HT', 'CT', 'DD', 'BTXH']) expect(commune.has(id), id).toBe(true);
    expect(commune.has('LLTP')).toBe(false);
    const justice = fieldsOf('92-STP');
    for (const id of ['LLTP', 'QT', 'HT']) expect(justice.has(id), id).toBe(true);
    expect(justice.has('DD')).toBe(false);
    expect(fieldsOf('92-TTPVHCC').size).toBeGreaterThanOrEqual(25);

    const parsed = parseFeedDocument(doc);
    if (!parsed.ok) throw new Error('refused');
    const model = parsed.model;
    expect(model.hasFields).toBe(true);
    expect(model.quality.rowsLeftOut).toEqual([]);
    expect([...model.quality.flagsByUnit.values()].flat()).toEqual([]);
    const range = { from: model.months!.latest - 10, to: model.months!.latest };
    const fields = fieldBreakdown(model, model.rootId, range);
    // Land is where the late dossiers are, as in real life; something is always about to fall due.
    expect(fieldsByLateness(fields)[0]?.field.id).toBe('DD');
    const province = periodFigures(model, range).get(model.rootId)!;
    expect(province.pendingDueSoon).toBeGreaterThan(0);
    const days = (id: string) => fields.find((f) => f.field.id === id)?.figures.averageDays ?? 0;
    expect(days('DD')).toBeGreaterThan(days('HT'));
    expect(days('HT')).toBeGreaterThan(days('CT'));
  });

  it('without fields, as before issue 12: one row per unit and month, no catalogue', () => {
    const plain = generateProvinceFeed({ now: NOW, byField: false });
    expect(plain.fields).toBeUndefined();
    expect(plain.stats.every((row) => row.fieldId === undefined)).toBe(true);
    expect(plain.stats).toHaveLength((doc.units.length - 1) * 23);
    expect(problemsOf(plain)).toEqual([]);
  });

  it('only grows the current month as the day goes on, and leaves past months alone', () => {
    const morning = generateProvinceFeed({ now: new Date('2026-11-26T01:05:00Z') });
    const afternoon = generateProvinceFeed({ now: new Date('2026-11-26T09:41:00Z') });
    const current = (d: FeedDocument) => d.stats.filter((r) => r.month === '2026-11');
    const earlier = current(morning);
    const later = current(afternoon);
    expect(later.map((r) => `${r.unitId}|${r.fieldId}`)).toEqual(earlier.map((r) => `${r.unitId}|${r.fieldId}`));
    const flows = [
      'receivedOnline',
      'receivedDirect',
      'receivedPostal',
      'resolvedEarly',
      'resolvedOnTime',
      'resolvedLate',
      'returned',
      'resolvedMinutes',
    ] as const;
    later.forEach((row, i) => {
      const before = earlier[i] as Row;
      for (const field of flows) {
        expect(row[field] ?? 0, `${row.unitId} ${field}`).toBeGreaterThanOrEqual(before[field] ?? 0);
      }
    });
    const total = (rows: Row[], of: (r: Row) => number) => rows.reduce((sum, r) => sum + of(r), 0);
    expect(total(later, received)).toBeGreaterThan(total(earlier, received));
    expect(total(later, resolved)).toBeGreaterThan(total(earlier, resolved));
    const past = (d: FeedDocument) => d.stats.filter((r) => r.month !== '2026-11');
    expect(past(afternoon)).toEqual(past(morning));
  });

  it('fills the finished month at least as full as it was on its last minute', () => {
    const lastMinute = generateProvinceFeed({ now: new Date('2026-11-30T16:59:00Z') }); // 23:59 in Viet Nam
    const nextDay = generateProvinceFeed({ now: new Date('2026-12-01T02:00:00Z') });
    const november = (d: FeedDocument) => d.stats.filter((r) => r.month === '2026-11');
    const finished = november(nextDay);
    november(lastMinute).forEach((partial, i) => {
      const full = finished[i] as Row;
      expect(received(full)).toBeGreaterThanOrEqual(received(partial));
      expect(resolved(full)).toBeGreaterThanOrEqual(resolved(partial));
    });
    expect(nextDay.stats.some((r) => r.month === '2026-12')).toBe(true);
  });

  it('starts a month with nothing received and the stock carried over', () => {
    const midnight = generateProvinceFeed({ now: new Date('2026-11-30T17:00:00Z') }); // 1 December, 00:00
    const december = midnight.stats.filter((r) => r.month === '2026-12');
    expect(december).toHaveLength(midnight.stats.filter((r) => r.month === '2026-11').length);
    expect(new Set(december.map((r) => r.unitId)).size).toBe(119);
    for (const row of december) {
      expect(received(row) + resolved(row) + (row.returned ?? 0)).toBe(0);
      expect(pending(row)).toBe(row.carriedOver);
    }
  });

  it('looks like a real province: most units on time, a few struggling, sizes and channels in range', () => {
    const figures = [...rowsByUnit(doc)].map(([unitId, rows]) => {
      const year = rows.filter((r) => r.month.startsWith('2026'));
      const sum = (of: (r: Row) => number) => year.reduce((s, r) => s + of(r), 0);
      return {
        unit: doc.units.find((u) => u.id === unitId),
        onTime: sum((r) => r.resolvedEarly + r.resolvedOnTime) / sum(resolved),
        online: sum((r) => r.receivedOnline) / sum(received),
        postal: sum((r) => r.receivedPostal) / sum(received),
        returned: sum((r) => r.returned ?? 0) / sum(received),
        perMonth: sum(received) / year.length,
        late: sum((r) => r.resolvedLate),
        overdue: year.at(-1)?.pendingOverdue ?? 0,
      };
    });
    const units = figures.length;
    expect(figures.filter((f) => f.onTime >= 0.95).length).toBeGreaterThanOrEqual(units - 6);
    const struggling = figures.filter((f) => f.onTime < 0.95);
    expect(struggling.length).toBeGreaterThanOrEqual(4);
    for (const f of struggling) expect(f.onTime).toBeGreaterThan(0.78);
    expect(figures.filter((f) => f.late === 0).length).toBeGreaterThanOrEqual(3);
    expect(figures.filter((f) => f.overdue > 0).length).toBeGreaterThanOrEqual(4);
    for (const f of figures) {
      expect(f.online).toBeGreaterThanOrEqual(0.29);
      expect(f.online).toBeLessThanOrEqual(0.81);
      expect(f.postal).toBeLessThan(0.06);
      expect(f.returned).toBeLessThan(0.04);
    }
    const communes = figures.filter((f) => f.unit?.kind === 'commune');
    for (const f of communes) expect(f.perMonth).toBeGreaterThan(80);
    const phuong = communes.filter((f) => f.unit?.name.startsWith('Phường'));
    const xa = communes.filter((f) => f.unit?.name.startsWith('Xã'));
    const mean = (list: typeof figures) => list.reduce((s, f) => s + f.perMonth, 0) / list.length;
    expect(mean(phuong)).toBeGreaterThan(mean(xa));
    const center = figures.find((f) => f.unit?.kind === 'center');
    expect(center?.perMonth).toBeGreaterThan(Math.max(...communes.map((f) => f.perMonth)));
  });
});

describe('generateNationalFeed', { timeout: 30_000 }, () => {
  const doc = generateNationalFeed({ now: NOW });

  it('lists the country, its 34 provinces and all 3,321 communes', () => {
    expect(doc.units[0]).toEqual({ id: 'VN', name: 'Toàn quốc', kind: 'national' });
    const provinces = doc.units.filter((u) => u.kind === 'province');
    expect(provinces).toHaveLength(34);
    expect(provinces.every((u) => u.parentId === 'VN')).toBe(true);
    const communes = doc.units.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((u) => u.id)).size).toBe(3321);
    for (const province of provinces) {
      const members = doc.units.filter((u) => u.parentId === province.id);
      expect(members.filter((u) => u.kind === 'center')).toHaveLength(1);
      const departments = members.filter((u) => u.kind === 'department').length;
      expect(departments).toBeGreaterThanOrEqual(12);
      expect(departments).toBeLessThanOrEqual(16);
    }
    expect(doc.units.find((u) => u.id === '01-CA')?.name).toBe('Công an thành phố');
    expect(doc.units.find((u) => u.id === '04-CA')?.name).toBe('Công an tỉnh');
  });

  it('keeps every row consistent and every chain whole, over the 12 months ending now', () => {
    expect(problemsOf(doc)).toEqual([]);
    const months = [...new Set(doc.stats.map((r) => r.month))].sort();
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-12');
    expect(months.at(-1)).toBe('2026-11');
    const roots = new Set(doc.units.filter((u) => u.kind === 'national' || u.kind === 'province').map((u) => u.id));
    expect(doc.stats.some((r) => roots.has(r.unitId))).toBe(false);
  });

  it('is deterministic and takes a number of months', () => {
    const small = generateNationalFeed({ now: NOW, months: 2 });
    expect(generateNationalFeed({ now: NOW, months: 2 })).toEqual(small);
    expect([...new Set(small.stats.map((r) => r.month))].sort()).toEqual(['2026-10', '2026-11']);
    expect(problemsOf(small)).toEqual([]);
    expect(() => generateNationalFeed({ now: NOW, months: 0 })).toThrow(RangeError);
  });
});
