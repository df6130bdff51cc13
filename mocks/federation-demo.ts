// The national demo (issue 14): an index of the 34 provinces, each simulated as its own publisher with a full document
// by field and a summary (each unit's totals). It carries the units file (600 KB), so the mock handlers load it by
// dynamic import, only when a page asks for the national demo.
import type { FeedDocument } from '../src/feed/feed-schema';
import unitsFile from './data/vn-units-2025.json';
import { FIELDS, fieldsHandledBy, type FieldSpec } from './data/fields';
import { DEMO_DUE_SOON_DAYS } from './demo-feed';
import {
  DEFAULT_DEMO_SEED,
  FIELD_WEIGHT,
  appendUnitRows,
  feedClock,
  optionalDepartmentCodes,
  provinceUnits,
  randomFor,
  type FeedClock,
  type FeedRow,
  type FeedUnit,
  type ProvinceData,
  type SimulatedUnit,
} from './feed-simulation';

export const NATIONAL_INDEX_NAME = 'Cả nước';

const provinces: readonly ProvinceData[] = unitsFile.provinces;
const provinceById = new Map(provinces.map((province) => [province.id, province]));

export const isDemoProvince = (id: string): boolean => provinceById.has(id);

/** The `tthc-index/1` document, its addresses relative to itself so the demo works from any sub-path. */
export function nationalIndexDocument(): { schema: 'tthc-index/1'; name: string; feeds: IndexDocumentEntry[] } {
  return {
    schema: 'tthc-index/1',
    name: NATIONAL_INDEX_NAME,
    feeds: provinces.map((province) => ({
      id: province.id,
      name: province.name,
      url: `${province.id}/feed.json`,
      summaryUrl: `${province.id}/summary.json`,
    })),
  };
}

export type IndexDocumentEntry = { id: string; name: string; url: string; summaryUrl: string };

// ---- when each province publishes, and when one of them is down

const MINUTE_MS = 60_000;

/** How often a province's system rebuilds its feed, in minutes: each province its own, so their generatedAt differ. */
const PUBLISHING_MINUTES = [1, 2, 3, 5] as const;

/** The minute whose document a province serves at `now`: the last one of its own publishing rhythm. */
export function publishedAt(provinceId: string, now: Date): Date {
  const random = randomFor(DEFAULT_DEMO_SEED, `${provinceId}|publishing`);
  const every = PUBLISHING_MINUTES[Math.floor(random() * PUBLISHING_MINUTES.length)] ?? 1;
  const offset = Math.floor(random() * every);
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  return new Date((minute - ((((minute - offset) % every) + every) % every)) * MINUTE_MS);
}

/** The province that fails now and then, so the partial state can be watched: Tỉnh Lai Châu. */
export const FLAKY_PROVINCE_ID = '12';
/** It is down one minute in every five: minutes whose last digit is 4 or 9 (the clock's, in any whole-hour zone). */
export const FLAKY_EVERY_MINUTES = 5;

export function isProvinceDown(provinceId: string, now: Date): boolean {
  return provinceId === FLAKY_PROVINCE_ID && Math.floor(now.getTime() / MINUTE_MS) % FLAKY_EVERY_MINUTES === FLAKY_EVERY_MINUTES - 1;
}

// ---- one province's rows: each unit's, as the national simulation draws them, then split over its fields

type Simulation = {
  clock: FeedClock;
  firstMonth: number;
  units: FeedUnit[];
  simulated: SimulatedUnit[];
  /** Each unit's rows (with due-soon stock and processing minutes), unit by unit, months in order. */
  rows: FeedRow[];
};

/** Văn phòng UBND handles no field of the catalogue; it receives commendation dossiers on the chairman's behalf. */
const OFFICE_FIELDS = FIELDS.filter((field) => field.id === 'TDKT');

const fieldsCache = new Map<string, readonly FieldSpec[]>();

/** The fields a unit handles (by kind, a department by its code), remembered per kind and code. */
function fieldsOfUnit(unit: FeedUnit): readonly FieldSpec[] {
  const key = unit.kind === 'department' ? unit.id.slice(unit.id.indexOf('-') + 1) : unit.kind;
  let fields = fieldsCache.get(key);
  if (!fields) {
    const handled = fieldsHandledBy(unit);
    fields = handled.length > 0 ? handled : OFFICE_FIELDS;
    fieldsCache.set(key, fields);
  }
  return fields;
}

const weightOf = (field: FieldSpec): number => FIELD_WEIGHT[field.id] ?? 1;

/** Statutory days of a unit's dossiers on average, its fields weighted by their share of its intake. */
function averageDays(fields: readonly FieldSpec[]): number {
  let days = 0;
  let weights = 0;
  for (const field of fields) {
    days += field.days * weightOf(field);
    weights += weightOf(field);
  }
  return weights > 0 ? days / weights : 1;
}

const between = (random: () => number, low: number, high: number): number => low + (high - low) * random();

function simulate(seed: number, province: ProvinceData, clock: FeedClock): Simulation {
  const firstMonth = (Math.floor(clock.month / 12) - 1) * 12; // January last year, as the Cần Thơ demo
  const { units, simulated } = provinceUnits(seed, province, undefined, optionalDepartmentCodes(seed, province.id));
  const rows = appendUnitRows([], seed, simulated, firstMonth, clock);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  let unitId = '';
  let days = 1;
  let random: () => number = Math.random;
  for (const row of rows) {
    if (row.unitId !== unitId) {
      // One stream per unit drawn month by month from January last year: past months keep their minutes and due-soon
      // stock while the clock runs, and a unit costs one hash, not one a month (34 summaries are read at once).
      unitId = row.unitId;
      const unit = unitById.get(unitId);
      days = unit ? averageDays(fieldsOfUnit(unit)) : 1;
      random = randomFor(seed, `${unitId}|time`);
    }
    const early = between(random, 0.3, 0.55);
    const onTime = between(random, 0.75, 0.95);
    const late = between(random, 1.2, 1.8);
    row.resolvedMinutes = Math.round(1440 * days * (row.resolvedEarly * early + row.resolvedOnTime * onTime + row.resolvedLate * late));
    const dueSoonShare = Math.min(1, (DEMO_DUE_SOON_DAYS / days) * between(random, 0.6, 1.4));
    row.pendingDueSoon = Math.min(row.pendingWithinDeadline, Math.round(row.pendingWithinDeadline * dueSoonShare));
  }
  return { clock, firstMonth, units, simulated, rows };
}

const sourceName = (province: ProvinceData): string =>
  `Hệ thống thông tin giải quyết TTHC ${province.name.charAt(0).toLowerCase()}${province.name.slice(1)} (mô phỏng)`;

function summaryOf(province: ProvinceData, simulation: Simulation): FeedDocument {
  return {
    schema: 'tthc-feed/1',
    generatedAt: simulation.clock.generatedAt,
    source: { name: sourceName(province) },
    units: simulation.units,
    meta: { dueSoonDays: DEMO_DUE_SOON_DAYS },
    stats: simulation.rows,
  };
}

// ---- splitting a unit's row over its fields, so the fields always sum to the row

/** `total` shared in proportion to `weights` (largest remainder, ties to the first): whole numbers summing to `total`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => i).sort((a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)) || a - b);
  for (const i of order) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/**
 * Whole numbers x[f][k] ≥ 0 whose rows sum to `rowTotals` and columns to `columnTotals` (equal grand totals), close
 * to `seedOf(f, k)` in proportion: a few rounds of iterative proportional fitting, floors, then the north-west
 * corner rule over what is left, which always ends on both totals.
 */
function transport(
  rowTotals: readonly number[],
  columnTotals: readonly number[],
  seedOf: (row: number, column: number) => number,
): number[][] {
  const rows = rowTotals.length;
  const columns = columnTotals.length;
  const fitted = rowTotals.map((_, f) => columnTotals.map((_c, k) => Math.max(1e-9, seedOf(f, k))));
  for (let round = 0; round < 4; round++) {
    for (let f = 0; f < rows; f++) {
      const row = fitted[f]!;
      const sum = row.reduce((a, b) => a + b, 0);
      for (let k = 0; k < columns; k++) row[k] = (row[k]! * rowTotals[f]!) / sum;
    }
    for (let k = 0; k < columns; k++) {
      let sum = 0;
      for (let f = 0; f < rows; f++) sum += fitted[f]![k]!;
      for (let f = 0; f < rows; f++) fitted[f]![k] = sum > 0 ? (fitted[f]![k]! * columnTotals[k]!) / sum : 0;
    }
  }
  const rowLeft = rowTotals.slice();
  const columnLeft = columnTotals.slice();
  const out = fitted.map((row, f) =>
    row.map((value, k) => {
      const taken = Math.min(Math.floor(value), rowLeft[f]!, columnLeft[k]!);
      rowLeft[f]! -= taken;
      columnLeft[k]! -= taken;
      return taken;
    }),
  );
  let f = 0;
  let k = 0;
  while (f < rows && k < columns) {
    const taken = Math.min(rowLeft[f]!, columnLeft[k]!);
    out[f]![k]! += taken;
    rowLeft[f]! -= taken;
    columnLeft[k]! -= taken;
    if (rowLeft[f] === 0) f++;
    else k++;
  }
  return out;
}

/**
 * One unit's rows split over its fields: one chained series per field, each row consistent on its own, and for
 * every month the fields summing to the unit's row count by count. Late dossiers and overdue stock lean towards the
 * fields where they usually are (FieldSpec.lateShare); the split of a month depends on that month's draw alone.
 */
function splitOverFields(seed: number, unitRows: readonly FeedRow[], fields: readonly FieldSpec[], out: FeedRow[]): void {
  const weights = fields.map(weightOf);
  const lateLean = fields.map((field) => field.lateShare / 0.03);
  let stock: number[] | null = null;
  for (const row of unitRows) {
    const random = randomFor(seed, `${row.unitId}|${row.month}|split`);
    const intake = weights.map((weight) => weight * between(random, 0.85, 1.15));
    const carried: number[] = stock ?? apportion(row.carriedOver, weights);
    const online = apportion(row.receivedOnline, intake);
    const direct = apportion(row.receivedDirect, intake);
    const postal = apportion(row.receivedPostal, intake);
    const available = carried.map((c, f) => c + online[f]! + direct[f]! + postal[f]!);
    const outKinds = [row.resolvedEarly, row.resolvedOnTime, row.resolvedLate, row.returned ?? 0];
    // Each field passes on the same share of what it had; what it keeps is ≥ 0 because the share is ≤ 1.
    const leaving = apportion(
      outKinds.reduce((a, b) => a + b, 0),
      available,
    );
    const outs = transport(leaving, outKinds, (f, k) => leaving[f]! * (k === 2 ? lateLean[f]! : 1));
    const pending = available.map((value, f) => value - leaving[f]!);
    const stocks = transport(
      pending,
      [row.pendingWithinDeadline, row.pendingOverdue],
      (f, k) => pending[f]! * (k === 1 ? lateLean[f]! : 1),
    );
    const within = stocks.map((pair) => pair[0]!);
    const dueSoon = apportion(row.pendingDueSoon ?? 0, within);
    const resolved = outs.map((kinds) => kinds[0]! + kinds[1]! + kinds[2]!);
    const minutes = apportion(
      row.resolvedMinutes ?? 0,
      resolved.map((count, f) => count * fields[f]!.days),
    );
    fields.forEach((field, f) => {
      out.push({
        unitId: row.unitId,
        fieldId: field.id,
        month: row.month,
        carriedOver: carried[f]!,
        receivedOnline: online[f]!,
        receivedDirect: direct[f]!,
        receivedPostal: postal[f]!,
        resolvedEarly: outs[f]![0]!,
        resolvedOnTime: outs[f]![1]!,
        resolvedLate: outs[f]![2]!,
        returned: outs[f]![3]!,
        pendingWithinDeadline: stocks[f]![0]!,
        pendingOverdue: stocks[f]![1]!,
        pendingDueSoon: dueSoon[f]!,
        resolvedMinutes: minutes[f]!,
      });
    });
    stock = pending;
  }
}

function fullOf(seed: number, province: ProvinceData, simulation: Simulation): FeedDocument {
  const stats: FeedRow[] = [];
  const used = new Set<string>();
  const unitById = new Map(simulation.units.map((unit) => [unit.id, unit]));
  let start = 0;
  const rows = simulation.rows;
  // appendUnitRows writes each unit's months together, in order.
  while (start < rows.length) {
    const unitId = rows[start]!.unitId;
    let end = start;
    while (end < rows.length && rows[end]!.unitId === unitId) end++;
    const unit = unitById.get(unitId);
    const fields = unit ? fieldsOfUnit(unit) : OFFICE_FIELDS;
    for (const field of fields) used.add(field.id);
    splitOverFields(seed, rows.slice(start, end), fields, stats);
    start = end;
  }
  return {
    ...summaryOf(province, simulation),
    fields: FIELDS.filter((field) => used.has(field.id)).map((field) => ({ id: field.id, name: field.name })),
    stats,
  };
}

// ---- the documents, remembered for the minute they were published: every summary, and the one full document last opened

type Published = { key: string; simulation: Simulation; summary: FeedDocument };

const published = new Map<string, Published>();
let lastOpened: { provinceId: string; key: string; full: FeedDocument } | null = null;

function publishedDocuments(province: ProvinceData, now: Date, seed: number): Published {
  const clock = feedClock(publishedAt(province.id, now));
  const key = `${seed}|${clock.generatedAt}`;
  let entry = published.get(province.id);
  if (entry?.key !== key) {
    const simulation = simulate(seed, province, clock);
    entry = { key, simulation, summary: summaryOf(province, simulation) };
    published.set(province.id, entry);
  }
  return entry;
}

/** The `generatedAt` a province's documents carry at `now` (its ETag's minute), without generating them. */
export const provinceGeneratedAt = (provinceId: string, now: Date): string => feedClock(publishedAt(provinceId, now)).generatedAt;

/** The province's summary: its units, each with its totals over fields month by month; null for an unknown id. */
export function provinceSummary(provinceId: string, now: Date, seed = DEFAULT_DEMO_SEED): FeedDocument | null {
  const province = provinceById.get(provinceId);
  return province ? publishedDocuments(province, now, seed).summary : null;
}

/** The province's full document by field, generated when someone opens it; null for an unknown id. */
export function provinceFeed(provinceId: string, now: Date, seed = DEFAULT_DEMO_SEED): FeedDocument | null {
  const province = provinceById.get(provinceId);
  if (!province) return null;
  const entry = publishedDocuments(province, now, seed);
  if (lastOpened?.provinceId !== provinceId || lastOpened.key !== entry.key) {
    lastOpened = { provinceId, key: entry.key, full: fullOf(seed, province, entry.simulation) };
  }
  return lastOpened.full;
}
