// The feed builder: export rows in, a tthc-feed/1 document and a report out, by DOSSIERS.md (tthc-dossiers/1).
// Plain TypeScript with no Node or browser API, so the command and the dashboard's worker run the same rules.
import {
  COLUMN_INDEX,
  DOSSIER_COLUMNS,
  checkRecord,
  type CellValue,
  type DossierColumn,
  type DossierFacts,
  type RecordContext,
} from './dossier-record';
import { createDossierStore } from './dossier-store';
import { createLeftOutList, type FeedLeftOut, type LeftOutSummary } from './left-out';
import { monthRows, type MonthRow } from './month-rows';
import { monthOfDay, parseMonthKey, parseVnTime, vnDay } from './vn-time';

export const DOSSIER_RULES_ID = 'tthc-dossiers/1';
export const DEFAULT_DUE_SOON_DAYS = 2;

export type FeedUnitJson = {
  id: string;
  name: string;
  kind: string;
  parentId?: string | null;
  shortName?: string;
};
export type FeedFieldJson = { id: string; name: string };
export type UnitsList = { units: FeedUnitJson[]; fields?: FeedFieldJson[]; source?: { name?: string; url?: string } };
export type FeedDocumentJson = {
  schema: 'tthc-feed/1';
  generatedAt: string;
  source?: { name?: string; url?: string };
  units: FeedUnitJson[];
  fields?: FeedFieldJson[];
  meta: { rules: typeof DOSSIER_RULES_ID; dueSoonDays: number };
  stats: MonthRow[];
  leftOut: FeedLeftOut[];
};

export type BuildOptions = {
  /** ISO 8601 with an offset: the moment the figures are judged at. */
  generatedAt: string;
  /** YYYY-MM; by default January of the year before generatedAt's. */
  fromMonth?: string;
  dueSoonDays?: number;
  /** export header -> DOSSIERS.md column name */
  mapping?: Record<string, string>;
};
export type LeftOutEntry = { line: number; reason: string };
export type BuildReport = { read: number; kept: number; replaced: number; leftOut: LeftOutSummary[] };
export type BuildResult = { document: FeedDocumentJson; report: BuildReport };

export type FeedBuilder = {
  /** One export row: header name -> cell; `line` is its 1-based line (CSV) or row (xlsx) number in the export. */
  addRecord(cells: Record<string, CellValue>, line: number): void;
  /**
   * The fast path for readers that keep rows as arrays: names the columns once, then `addRow` takes
   * the cells in header order. Returns the DOSSIERS.md columns the header lacks (after the mapping).
   */
  setHeader(header: readonly string[]): DossierColumn[];
  addRow(cells: readonly CellValue[], line: number): void;
  finish(): BuildResult;
};

/** Options or a units list that cannot give a document: the caller's mistake, said so it can be mended. */
export class BuildOptionsError extends Error {
  override name = 'BuildOptionsError';
}

const OFFSET_AT_END = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

export function createFeedBuilder(units: UnitsList, options: BuildOptions): FeedBuilder {
  const setup = readOptions(units, options);
  const context: RecordContext = { units: setup.unitIndex, fields: setup.fieldIndex, generatedAtMs: setup.generatedAtMs };
  const store = createDossierStore();
  const leftOut = createLeftOutList();
  const facts: DossierFacts = {
    code: '',
    unit: 0,
    field: 0,
    channel: 0,
    state: 0,
    received: 0,
    due: 0,
    ended: 0,
    supplements: 0,
    requested: 0,
    answered: 0,
  };
  const values: CellValue[] = new Array<CellValue>(DOSSIER_COLUMNS.length);
  let read = 0;
  let replaced = 0;

  // Which export header feeds each column: the mapped header first, then the column's own name.
  const namesOf = DOSSIER_COLUMNS.map((column) => [
    ...Object.keys(options.mapping ?? {}).filter((header) => options.mapping?.[header] === column),
    column,
  ]);
  const canonical = (header: string): string => {
    const name = header.trim();
    return options.mapping?.[name] ?? name;
  };
  let positions: Int32Array = new Int32Array(DOSSIER_COLUMNS.length).fill(-1);

  function judge(line: number): void {
    read++;
    const problem = checkRecord(values, context, facts);
    if (problem) {
      leftOut.add(line, problem.kind, problem.reason);
      return;
    }
    const earlier = store.put(facts, line);
    if (earlier > 0) {
      replaced++;
      leftOut.add(earlier, 'replaced', `replaced by line ${line} (same maHoSo)`);
    }
  }

  return {
    addRecord(cells, line) {
      for (let c = 0; c < namesOf.length; c++) {
        let value: CellValue;
        for (const name of namesOf[c] as string[]) {
          value = cells[name];
          if (value !== undefined) break;
        }
        values[c] = value;
      }
      judge(line);
    },
    setHeader(header) {
      positions = new Int32Array(DOSSIER_COLUMNS.length).fill(-1);
      header.forEach((name, i) => {
        const column = COLUMN_INDEX[canonical(name) as DossierColumn];
        if (column !== undefined && positions[column] === -1) positions[column] = i;
      });
      const needed: DossierColumn[] = ['maHoSo', 'donVi', 'kenh', 'ngayTiepNhan', 'ngayHenTra', 'trangThai'];
      if (setup.fieldIndex) needed.push('linhVuc');
      return needed.filter((column) => positions[COLUMN_INDEX[column]] === -1);
    },
    addRow(cells, line) {
      for (let c = 0; c < positions.length; c++) {
        const p = positions[c] as number;
        values[c] = p < 0 ? undefined : cells[p];
      }
      judge(line);
    },
    finish() {
      const range = {
        first: setup.firstMonth,
        last: setup.lastMonth,
        generatedAtMs: setup.generatedAtMs,
        dueSoonDays: setup.dueSoonDays,
      };
      const fieldIds = setup.fieldIndex ? (units.fields ?? []).map((f) => f.id) : [];
      const stats = monthRows(
        store,
        range,
        units.units.map((u) => u.id),
        fieldIds,
      );
      const document: FeedDocumentJson = {
        schema: 'tthc-feed/1',
        generatedAt: options.generatedAt,
        ...(units.source ? { source: { ...units.source } } : {}),
        units: units.units.map((u) => ({ ...u })),
        ...(setup.fieldIndex ? { fields: (units.fields ?? []).map((f) => ({ id: f.id, name: f.name })) } : {}),
        meta: { rules: DOSSIER_RULES_ID, dueSoonDays: setup.dueSoonDays },
        stats,
        leftOut: leftOut.feedEntries(),
      };
      const report: BuildReport = {
        read,
        kept: store.size,
        replaced,
        leftOut: leftOut.summary().filter((s) => s.reason !== 'replaced by a later line (same maHoSo)'),
      };
      return { document, report };
    },
  };
}

type Setup = {
  generatedAtMs: number;
  firstMonth: number;
  lastMonth: number;
  dueSoonDays: number;
  unitIndex: Map<string, number>;
  fieldIndex: Map<string, number> | null;
};

function readOptions(units: UnitsList, options: BuildOptions): Setup {
  const generatedAtMs = OFFSET_AT_END.test(options.generatedAt) ? parseVnTime(options.generatedAt) : NaN;
  if (Number.isNaN(generatedAtMs) || options.generatedAt.length <= 10) {
    throw new BuildOptionsError(
      `generatedAt '${options.generatedAt}' is not an ISO 8601 time with an offset, e.g. 2026-03-15T10:00:00+07:00`,
    );
  }
  const lastMonth = monthOfDay(vnDay(generatedAtMs));
  const firstMonth = options.fromMonth === undefined ? (Math.floor(lastMonth / 12) - 1) * 12 : parseMonthKey(options.fromMonth);
  if (Number.isNaN(firstMonth)) throw new BuildOptionsError(`the first month '${options.fromMonth}' is not YYYY-MM`);
  if (firstMonth > lastMonth) throw new BuildOptionsError(`the first month '${options.fromMonth}' is after generatedAt`);
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new BuildOptionsError(`dueSoonDays must be a whole number ≥ 0, not ${dueSoonDays}`);
  }
  if (!units || !Array.isArray(units.units) || units.units.length === 0) {
    throw new BuildOptionsError('the units list has no "units" array');
  }
  const unitIndex = new Map<string, number>();
  units.units.forEach((unit, i) => {
    if (typeof unit?.id !== 'string' || unit.id === '' || typeof unit.name !== 'string' || typeof unit.kind !== 'string') {
      throw new BuildOptionsError(`unit ${i + 1} of the units list needs a string id, name and kind`);
    }
    if (unitIndex.has(unit.id)) throw new BuildOptionsError(`unit id '${unit.id}' appears twice in the units list`);
    unitIndex.set(unit.id, i);
  });
  // An empty catalogue is no catalogue: rows without fieldId, as FEED.md has them.
  let fieldIndex: Map<string, number> | null = null;
  if (units.fields !== undefined && !(Array.isArray(units.fields) && units.fields.length === 0)) {
    if (!Array.isArray(units.fields)) throw new BuildOptionsError('"fields" of the units list is not an array');
    if (units.fields.length > 65_535) throw new BuildOptionsError('the units list has more than 65,535 fields');
    fieldIndex = new Map();
    for (const [i, field] of units.fields.entries()) {
      if (typeof field?.id !== 'string' || field.id === '' || typeof field.name !== 'string') {
        throw new BuildOptionsError(`field ${i + 1} of the units list needs a string id and name`);
      }
      if (fieldIndex.has(field.id)) throw new BuildOptionsError(`field id '${field.id}' appears twice in the units list`);
      fieldIndex.set(field.id, i);
    }
  }
  return { generatedAtMs, firstMonth, lastMonth, dueSoonDays, unitIndex, fieldIndex };
}
