// The built-in demo feed: Thành phố Cần Thơ as it is today, simulated from a seed and the clock.
import type { FeedDocument } from '../src/feed/feed-schema';
import { CAN_THO_COMMUNES, CAN_THO_ID, CAN_THO_NAME } from './data/can-tho-communes';
import { FIELDS, fieldsHandledBy, type FieldSpec } from './data/fields';
import { DEFAULT_DEMO_SEED, appendFieldRows, appendUnitRows, feedClock, provinceUnits, type FieldsOf } from './feed-simulation';

export const PROVINCE_SOURCE_NAME = 'Hệ thống thông tin giải quyết TTHC thành phố Cần Thơ (mô phỏng)';

// The 11 core departments plus these give Cần Thơ its 15.
export const CAN_THO_OPTIONAL_DEPARTMENTS = ['SDTTG', 'SNGV', 'BQLKCN', 'TTR'] as const;

/** Days ahead that count as "sắp đến hạn" in the demo (meta.dueSoonDays). */
export const DEMO_DUE_SOON_DAYS = 2;

/** Which fields a unit handles; by default by its kind (fieldsHandledBy: a commune hộ tịch, chứng thực, đất đai…). */
export type UnitFields = (unit: { id: string; kind: string }) => readonly FieldSpec[];

/** Every unit handling every field: the dense case (~119 units × 34 fields) the bench measures. */
export const EVERY_FIELD: UnitFields = () => FIELDS;

/**
 * Every month of the previous year and of this year up to `now`'s month, the last one month to date, by field
 * (FEED.md "Fields"): one row per unit, field and month. `byField: false` gives the document without fields, one row
 * per unit and month, as before issue 12. The same seed and the same minute give the same document.
 */
export function generateProvinceFeed({
  seed = DEFAULT_DEMO_SEED,
  now,
  byField = true,
  fieldsOf = fieldsHandledBy,
}: {
  seed?: number;
  now: Date;
  byField?: boolean;
  fieldsOf?: UnitFields;
}): FeedDocument {
  const clock = feedClock(now);
  const januaryLastYear = (Math.floor(clock.month / 12) - 1) * 12;
  const { units, simulated } = provinceUnits(
    seed,
    { id: CAN_THO_ID, name: CAN_THO_NAME, communes: CAN_THO_COMMUNES },
    undefined,
    CAN_THO_OPTIONAL_DEPARTMENTS,
  );
  if (!byField) {
    return {
      schema: 'tthc-feed/1',
      generatedAt: clock.generatedAt,
      source: { name: PROVINCE_SOURCE_NAME },
      units,
      stats: appendUnitRows([], seed, simulated, januaryLastYear, clock),
    };
  }
  const kinds = new Map(units.map((unit) => [unit.id, unit.kind]));
  const fieldsOfUnit: FieldsOf = (unit) => fieldsOf({ id: unit.id, kind: kinds.get(unit.id) ?? 'other' });
  const stats = appendFieldRows([], seed, simulated, fieldsOfUnit, januaryLastYear, clock, DEMO_DUE_SOON_DAYS);
  const used = new Set(stats.map((row) => row.fieldId));
  return {
    schema: 'tthc-feed/1',
    generatedAt: clock.generatedAt,
    source: { name: PROVINCE_SOURCE_NAME },
    units,
    fields: FIELDS.filter((field) => used.has(field.id)).map((field) => ({ id: field.id, name: field.name })),
    meta: { dueSoonDays: DEMO_DUE_SOON_DAYS },
    stats,
  };
}
