// The boundary: turns the bytes of a feed response into a FeedModel, or a reason to refuse it whole (FEED.md "Bad documents").
// Over 300 lines on purpose: one pass over the document and the fast path of its clean rows (isCleanRow, indexRow), kept
// beside the loop that calls them for ~46,000 rows; the unit tree is in unit-tree.ts, the contract's checks in feed-contract.ts.
import type { StatRow } from './feed-schema';
import { FEED_SCHEMA_ID, isCount, isMonthText, readEnvelope, readFields, readMeta, readUnit, rowProblems } from './feed-contract';
import {
  type DataQuality,
  type FeedField,
  type FeedModel,
  type IndexedRow,
  type LeftOutRow,
  type LeftOutUnit,
  type ParseResult,
  type RecordLeftOut,
  type RowProblem,
  type UnitFlag,
  type UnitNode,
} from './feed-model';
import { monthKey, type MonthIndex } from './month';
import { findCycle, linkTree, postOrder, toNode } from './unit-tree';
import { foldForSearch } from './search-text';

/**
 * What only officials read of a document: each name's search text (the unit picker), each bad row's problems, the
 * month-chain flags and the publisher's own left-out list. The public pages pass a reader that skips them
 * (parse-public-feed.ts), so their bundles never carry this code; models, refusals and left-out rows are the same.
 */
export type DocumentReader = {
  searchText: (text: string) => string;
  rowProblems: (raw: Record<string, unknown>) => RowProblem[];
  checkRows: (rows: IndexedRow[], flag: (unitFlag: UnitFlag) => void) => void;
  recordsLeftOut: (value: unknown) => RecordLeftOut[];
};

const FULL_READER: DocumentReader = { searchText: foldForSearch, rowProblems, checkRows, recordsLeftOut: readRecordsLeftOut };

/** Reads a response body. HTML (an error page served with status 200) and broken JSON are refused with a reason. */
export function parseFeedText(text: string): ParseResult {
  return parseFeedTextWith(text, FULL_READER);
}

export function parseFeedDocument(json: unknown): ParseResult {
  return parseFeedDocumentWith(json, FULL_READER);
}

export function parseFeedTextWith(text: string, reader: DocumentReader): ParseResult {
  const start = text.trimStart().slice(0, 1);
  if (start === '<') return { ok: false, refusal: { code: 'html' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, refusal: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return parseFeedDocumentWith(json, reader);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseFeedDocumentWith(json: unknown, reader: DocumentReader): ParseResult {
  if (!isRecord(json)) return { ok: false, refusal: { code: 'not-an-object' } };
  if (json.schema === undefined) return { ok: false, refusal: { code: 'missing-field', field: 'schema' } };
  if (json.schema !== FEED_SCHEMA_ID) return { ok: false, refusal: { code: 'wrong-schema', found: String(json.schema).slice(0, 60) } };
  for (const field of ['generatedAt', 'units', 'stats'] as const) {
    if (json[field] === undefined) return { ok: false, refusal: { code: 'missing-field', field } };
  }
  const read = readEnvelope(json);
  if (!read.ok) {
    if (read.field !== 'generatedAt') return { ok: false, refusal: { code: 'missing-field', field: read.field } };
    return { ok: false, refusal: { code: 'bad-generated-at', value: String(json.generatedAt).slice(0, 60) } };
  }
  const { generatedAt, source, units: rawUnits, stats: rawRows } = read.envelope;

  const unitsLeftOut: LeftOutUnit[] = [];
  const units = new Map<string, UnitNode>();
  rawUnits.forEach((raw, index) => {
    const unit = readUnit(raw);
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
    if (!unit) {
      unitsLeftOut.push({ index, unitId: rawId, problem: 'invalid' });
      return;
    }
    if (units.has(unit.id)) {
      unitsLeftOut.push({ index, unitId: rawId, problem: 'duplicate-id' });
      return;
    }
    units.set(unit.id, toNode(unit, reader.searchText));
  });

  // Nothing to show and nothing to hang rows on: like a missing `units`, not an empty province (an export gone wrong).
  if (units.size === 0) return { ok: false, refusal: { code: 'no-units' } };

  const cycle = findCycle(units);
  if (cycle) return { ok: false, refusal: { code: 'cycle', unitIds: cycle } };

  const flagsByUnit = new Map<string, UnitFlag[]>();
  const flag = (unitId: string, unitFlag: UnitFlag) => {
    const list = flagsByUnit.get(unitId);
    if (list) list.push(unitFlag);
    else flagsByUnit.set(unitId, [unitFlag]);
  };

  const rootId = linkTree(units, flag);
  const catalogue = readFields(json.fields);
  const fieldsById = new Map<string, FeedField>();
  for (const entry of catalogue) fieldsById.set(entry.id, { id: entry.id, name: entry.name, searchText: reader.searchText(entry.name) });
  /** Rows without a field, per unit; rows by field, per unit then field (each a month-sorted series once sorted). */
  const rowsByUnit = new Map<string, IndexedRow[]>();
  const fieldSeries = new Map<string, Map<string, IndexedRow[]>>();
  const rowsLeftOut: LeftOutRow[] = [];
  let earliest = Infinity;
  let latest = -Infinity;
  let withField = 0;
  let withoutField = 0;
  const carries = { pendingDueSoon: false, resolvedMinutes: false };

  const leaveOut = (index: number, unitId: string | null, month: string | null, fieldId: unknown, problems: RowProblem[]) => {
    const entry: LeftOutRow = { index, unitId, month: month === null ? null : month.slice(0, 20), problems };
    if (typeof fieldId === 'string' && fieldId !== '') entry.fieldId = fieldId.slice(0, 60);
    rowsLeftOut.push(entry);
  };

  /**
   * Adds a valid row of a known unit, or leaves it out: a second row for the same unit and month (unit, field and
   * month in a document by field), or a row whose field the catalogue does not list.
   */
  const keep = (row: CleanRaw, index: number) => {
    const monthIndex = validMonthIndex(row.month);
    const fieldId = row.fieldId;
    let list: IndexedRow[] | undefined;
    let perField: Map<string, IndexedRow[]> | undefined;
    if (fieldId === undefined) {
      withoutField += 1;
      list = rowsByUnit.get(row.unitId);
    } else {
      withField += 1;
      if (!fieldsById.has(fieldId))
        return leaveOut(index, row.unitId, row.month, fieldId, [{ code: 'unknown-field', fieldId: fieldId.slice(0, 60) }]);
      perField = fieldSeries.get(row.unitId);
      list = perField?.get(fieldId);
    }
    if (list && hasMonth(list, monthIndex)) {
      const duplicate: RowProblem = { code: 'duplicate', unitId: row.unitId, month: row.month };
      if (fieldId !== undefined) duplicate.fieldId = fieldId;
      return leaveOut(index, row.unitId, row.month, fieldId, [duplicate]);
    }
    const indexed = indexRow(row, monthIndex);
    if (row.pendingDueSoon !== undefined) carries.pendingDueSoon = true;
    if (row.resolvedMinutes !== undefined) carries.resolvedMinutes = true;
    if (list) list.push(indexed);
    else if (fieldId === undefined) rowsByUnit.set(row.unitId, [indexed]);
    else if (perField) perField.set(fieldId, [indexed]);
    else fieldSeries.set(row.unitId, new Map([[fieldId, [indexed]]]));
    if (monthIndex < earliest) earliest = monthIndex;
    if (monthIndex > latest) latest = monthIndex;
  };

  rawRows.forEach((raw, index) => {
    // The common case first: a clean row of a known unit, indexed with no result object or problem list built for it.
    if (isRecord(raw) && isCleanRow(raw) && units.has(raw.unitId)) return keep(raw, index);
    const checked = checkRow(raw, reader);
    const record = isRecord(raw);
    const unitId = record && typeof raw.unitId === 'string' ? raw.unitId : null;
    const month = record && typeof raw.month === 'string' ? raw.month : null;
    if (checked.ok && units.has(checked.row.unitId)) return keep(checked.row, index);
    // A left-out row still says which kind of document it belongs to: with fields or without.
    if (record && raw.fieldId !== undefined) withField += 1;
    else if (record) withoutField += 1;
    const problems = checked.ok ? [{ code: 'unknown-unit', unitId: checked.row.unitId } as const] : checked.problems;
    leaveOut(index, unitId, month, record ? raw.fieldId : undefined, problems);
  });

  // Rows with a field and rows without would both count the same dossiers in a unit's totals.
  if (withField > 0 && withoutField > 0) return { ok: false, refusal: { code: 'mixed-fields', withField, withoutField } };
  const byField = withField > 0;

  const unitsTouched = new Set<string>();
  const leftOutPerUnit = new Map<string, number>();
  for (const row of rowsLeftOut) {
    if (row.unitId !== null && units.has(row.unitId)) {
      unitsTouched.add(row.unitId);
      leftOutPerUnit.set(row.unitId, (leftOutPerUnit.get(row.unitId) ?? 0) + 1);
    }
  }
  for (const [unitId, count] of leftOutPerUnit) flag(unitId, { code: 'rows-left-out', count });

  let rowsKept = 0;
  const seriesByUnit = new Map<string, IndexedRow[][]>();
  if (byField) {
    for (const [unitId, perField] of fieldSeries) {
      const series: IndexedRow[][] = [];
      let all: IndexedRow[] = [];
      // In catalogue order, so a unit's rows of one month come field by field as the publisher listed the fields.
      for (const field of fieldsById.keys()) {
        const rows = perField.get(field);
        if (!rows) continue;
        rows.sort(byMonth);
        series.push(rows);
        all = all.concat(rows);
        rowsKept += rows.length;
        reader.checkRows(rows, (unitFlag) => flag(unitId, { ...unitFlag, fieldId: field } as UnitFlag));
      }
      seriesByUnit.set(unitId, series);
      rowsByUnit.set(unitId, all.sort(byMonth));
    }
  } else {
    for (const [unitId, rows] of rowsByUnit) {
      rows.sort(byMonth);
      rowsKept += rows.length;
      reader.checkRows(rows, (unitFlag) => flag(unitId, unitFlag));
      seriesByUnit.set(unitId, [rows]);
    }
  }

  const recordsLeftOut = reader.recordsLeftOut(json.leftOut);
  const hasFields = byField && fieldsById.size > 0;
  const quality: DataQuality = { rowsKept, recordsLeftOut, rowsLeftOut, unitsLeftOut, unitsTouched: [...unitsTouched], flagsByUnit };
  const model: FeedModel = {
    generatedAt,
    generatedAtMs: Date.parse(generatedAt),
    source,
    units,
    rootId,
    postOrder: postOrder(units, rootId),
    rowsByUnit,
    seriesByUnit,
    months: rowsKept > 0 ? { earliest, latest } : null,
    quality,
    hasFields,
    fields: hasFields ? [...fieldsById.values()] : [],
    fieldsById: hasFields ? fieldsById : new Map(),
    meta: readMeta(json.meta),
    carries,
    fieldId: null,
    whole: null,
    federation: null,
  };
  return { ok: true, model };
}

/**
 * The publisher's own account of what it left out: `{ line, reason }` per record, or `{ reason, count }` once a builder
 * stops listing lines. Shown as written (text, trimmed); an entry without a reason says nothing and is skipped.
 */
function readRecordsLeftOut(value: unknown): RecordLeftOut[] {
  if (!Array.isArray(value)) return [];
  const entries: RecordLeftOut[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.reason !== 'string' || item.reason.trim() === '') continue;
    const line = Number.isSafeInteger(item.line) && (item.line as number) > 0 ? (item.line as number) : null;
    const count = Number.isSafeInteger(item.count) && (item.count as number) > 0 ? (item.count as number) : 1;
    entries.push({ line, reason: item.reason.trim().slice(0, 200), count });
  }
  return entries;
}

/**
 * The common case, a clean row, checked without building a result object: a national feed has
 * ~46,000 rows. It accepts exactly what statRowSchema accepts (a property test holds them
 * together); anything else goes to rowProblems, which says what is wrong.
 */
export function cleanRow(raw: Record<string, unknown>): StatRow | null {
  if (!isCleanRow(raw)) return null;
  return {
    unitId: raw.unitId,
    month: raw.month,
    carriedOver: raw.carriedOver,
    receivedOnline: raw.receivedOnline,
    receivedDirect: raw.receivedDirect,
    receivedPostal: raw.receivedPostal,
    resolvedEarly: raw.resolvedEarly,
    resolvedOnTime: raw.resolvedOnTime,
    resolvedLate: raw.resolvedLate,
    returned: raw.returned ?? 0,
    pendingWithinDeadline: raw.pendingWithinDeadline,
    pendingOverdue: raw.pendingOverdue,
    ...(raw.fieldId === undefined ? {} : { fieldId: raw.fieldId }),
    pendingDueSoon: raw.pendingDueSoon ?? 0,
    resolvedMinutes: raw.resolvedMinutes ?? 0,
  };
}

/** A row as the publisher wrote it, once isCleanRow said yes: the optional counts and field may still be absent. */
type CleanRaw = Omit<StatRow, 'returned' | 'pendingDueSoon' | 'resolvedMinutes' | 'fieldId'> & {
  returned?: number | undefined;
  pendingDueSoon?: number | undefined;
  resolvedMinutes?: number | undefined;
  fieldId?: string | undefined;
};

const byMonth = (a: IndexedRow, b: IndexedRow) => a.monthIndex - b.monthIndex;

/** cleanRow's test without building the row: the parser indexes a clean row straight from what JSON.parse made. */
function isCleanRow(raw: Record<string, unknown>): raw is CleanRaw {
  // Each field read once by name: a document is parsed once, mostly before V8 has optimised this code, and named
  // loads from rows of one shape stay fast there, where a loop over field names did not.
  const { unitId, month, carriedOver, receivedOnline, receivedDirect, receivedPostal } = raw;
  const { resolvedEarly, resolvedOnTime, resolvedLate, returned, pendingWithinDeadline, pendingOverdue } = raw;
  const { fieldId, pendingDueSoon, resolvedMinutes } = raw;
  return (
    typeof unitId === 'string' &&
    unitId.length > 0 &&
    isMonthText(month) &&
    isCount(carriedOver) &&
    isCount(receivedOnline) &&
    isCount(receivedDirect) &&
    isCount(receivedPostal) &&
    isCount(resolvedEarly) &&
    isCount(resolvedOnTime) &&
    isCount(resolvedLate) &&
    isCount(pendingWithinDeadline) &&
    isCount(pendingOverdue) &&
    (returned === undefined || isCount(returned)) &&
    (pendingDueSoon === undefined || isCount(pendingDueSoon)) &&
    (resolvedMinutes === undefined || isCount(resolvedMinutes)) &&
    (fieldId === undefined || (typeof fieldId === 'string' && fieldId.length > 0))
  );
}

/** parseMonth for a month the row check has already matched (isMonthText): arithmetic on the digits, no second regex. */
function validMonthIndex(month: string): MonthIndex {
  const year =
    (month.charCodeAt(0) - 48) * 1000 + (month.charCodeAt(1) - 48) * 100 + (month.charCodeAt(2) - 48) * 10 + month.charCodeAt(3) - 48;
  return year * 12 + (month.charCodeAt(5) - 48) * 10 + month.charCodeAt(6) - 48 - 1;
}

/**
 * Whether a unit's rows already hold this month (the row is then a duplicate). Publishers write months in order, so
 * a month after the last one is answered at once; only an out-of-order month looks through the unit's rows.
 */
function hasMonth(rows: readonly IndexedRow[], monthIndex: number): boolean {
  const last = rows[rows.length - 1];
  if (last === undefined || monthIndex > last.monthIndex) return false;
  return rows.some((row) => row.monthIndex === monthIndex);
}

/**
 * One object literal with every field, not `{ ...row, monthIndex }`: V8 turns that spread into a slow dictionary-mode
 * object, which made indexing the national document's 46,000 rows 5× slower and every roll-up over them 10× slower.
 */
function indexRow(row: CleanRaw, monthIndex: number): IndexedRow {
  return {
    unitId: row.unitId,
    month: row.month,
    carriedOver: row.carriedOver,
    receivedOnline: row.receivedOnline,
    receivedDirect: row.receivedDirect,
    receivedPostal: row.receivedPostal,
    resolvedEarly: row.resolvedEarly,
    resolvedOnTime: row.resolvedOnTime,
    resolvedLate: row.resolvedLate,
    returned: row.returned ?? 0,
    pendingWithinDeadline: row.pendingWithinDeadline,
    pendingOverdue: row.pendingOverdue,
    fieldId: row.fieldId ?? null,
    pendingDueSoon: row.pendingDueSoon ?? 0,
    resolvedMinutes: row.resolvedMinutes ?? 0,
    monthIndex,
  };
}

function checkRow(raw: unknown, reader: DocumentReader): { ok: true; row: CleanRaw } | { ok: false; problems: RowProblem[] } {
  if (!isRecord(raw)) return { ok: false, problems: [{ code: 'not-an-object' }] };
  // keep() and indexRow read a clean row as the publisher wrote it: absent optional counts are 0 there.
  if (isCleanRow(raw)) return { ok: true, row: raw };
  const problems = reader.rowProblems(raw);
  return { ok: false, problems: problems.length > 0 ? problems : [{ code: 'not-an-object' }] };
}

/** Flags rows whose identity does not hold and months whose chain to the next does not. */
function checkRows(rows: IndexedRow[], flag: (unitFlag: UnitFlag) => void) {
  let previous: IndexedRow | undefined;
  for (const row of rows) {
    const inflow = row.carriedOver + row.receivedOnline + row.receivedDirect + row.receivedPostal;
    const outflow =
      row.resolvedEarly + row.resolvedOnTime + row.resolvedLate + row.returned + row.pendingWithinDeadline + row.pendingOverdue;
    if (inflow !== outflow) flag({ code: 'inconsistent-row', month: row.month, difference: inflow - outflow });
    if (previous) {
      if (row.monthIndex === previous.monthIndex + 1) {
        const pending = previous.pendingWithinDeadline + previous.pendingOverdue;
        if (pending !== row.carriedOver) flag({ code: 'chain-break', month: row.month, expected: pending, actual: row.carriedOver });
      } else {
        flag({ code: 'month-gap', from: monthKey(previous.monthIndex + 1), to: monthKey(row.monthIndex - 1) });
      }
    }
    previous = row;
  }
}
