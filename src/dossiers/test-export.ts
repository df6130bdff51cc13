// Small exports for the builder's tests: one record a line with sensible defaults, so each test writes only what it is about.
import { createFeedBuilder, type BuildOptions, type BuildResult, type UnitsList } from './build-feed';
import type { DossierColumn } from './dossier-record';
import { emptyCounts } from '../stats/figures';
import { ROW_COUNTS } from './month-rows';

export const TEST_UNITS: UnitsList = {
  units: [
    { id: 'P', name: 'Tỉnh Mẫu', kind: 'province' },
    { id: 'C', name: 'Xã Phú Tâm', kind: 'commune', parentId: 'P' },
    { id: 'S', name: 'Sở Tư pháp', kind: 'department', parentId: 'P' },
  ],
  fields: [
    { id: 'HT', name: 'Hộ tịch' },
    { id: 'DD', name: 'Đất đai' },
  ],
};

export type TestRecord = Partial<Record<DossierColumn, string>> & Record<string, string | undefined>;

/** Builds from records (line 2 onwards, as under a header) judged at 15 March 2026 10:00 from January 2026. */
export function buildRecords(records: TestRecord[], options: Partial<BuildOptions> = {}, units = TEST_UNITS) {
  const builder = createFeedBuilder(units, {
    generatedAt: '2026-03-15T10:00:00+07:00',
    fromMonth: '2026-01',
    ...options,
  });
  records.forEach((record, i) => {
    builder.addRecord(
      {
        maHoSo: `HS-${i + 1}`,
        donVi: 'C',
        linhVuc: 'HT',
        kenh: 'truc_tiep',
        trangThai: 'dang_xu_ly',
        soLanBoSung: '0',
        ...record,
      },
      i + 2,
    );
  });
  return builder.finish();
}

/** The counts of one month of unit C, field HT (all zero when there is no row). */
export function monthOf(result: BuildResult, month: string, unitId = 'C', fieldId = 'HT') {
  const row = result.document.stats.find((r) => r.month === month && r.unitId === unitId && r.fieldId === fieldId);
  if (!row) return emptyCounts();
  const { unitId: _u, fieldId: _f, month: _m, ...counts } = row;
  return counts;
}

type AnyRow = Record<string, unknown> & { unitId: string; fieldId?: string; month: string };
const rowKey = (row: AnyRow) => `${row.unitId}|${row.fieldId ?? ''}|${row.month}`;

/**
 * A document as the shared example is compared: rows sorted, all-zero rows dropped (rule 8 lets them be omitted),
 * and without meta.rules, which the example lacks.
 */
export function comparableFeed(document: Record<string, unknown>) {
  const stats = (document.stats as AnyRow[]).filter((row) => ROW_COUNTS.some((count) => (row[count] ?? 0) !== 0));
  const meta = { ...(document.meta as Record<string, unknown>) };
  delete meta.rules;
  return { ...document, meta, stats: stats.sort((a, b) => rowKey(a).localeCompare(rowKey(b))) };
}
