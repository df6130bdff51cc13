// The feed contract (FEED.md, tthc-feed/1) in plain TypeScript: its names, and the checks the parser runs, written by
// hand. The zod schemas of feed-schema.ts say the same in fewer words, but zod would be half of the widget's JavaScript;
// property tests (feed-contract.property.test.ts) hold the two together.
import type { FeedSource, Unit } from './feed-schema';
import type { RowProblem } from './feed-model';

export const FEED_SCHEMA_ID = 'tthc-feed/1';
/** The federation index's schema (FEED.md "Federation"); here, beside the feed's, so recognising one costs no parser. */
export const INDEX_SCHEMA_ID = 'tthc-index/1';

export const UNIT_KINDS = ['national', 'province', 'department', 'center', 'district', 'commune', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The ten counts of a row, in the order of the Biểu số 06 columns. `returned` is optional in the feed. */
export const COUNT_FIELDS = [
  'carriedOver',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'returned',
  'pendingWithinDeadline',
  'pendingOverdue',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/**
 * The optional counts of FEED.md "Fields, due-soon and processing time", 0 when absent: `pendingDueSoon` is a stock at
 * the end of the month (part of pendingWithinDeadline), `resolvedMinutes` a flow. Not Biểu số 06 columns.
 */
export const EXTRA_COUNT_FIELDS = ['pendingDueSoon', 'resolvedMinutes'] as const;
export type ExtraCountField = (typeof EXTRA_COUNT_FIELDS)[number];

/** An entry of the optional `fields` catalogue (lĩnh vực). */
export type FieldEntry = { id: string; name: string };

/** The document's optional `meta`: how many days ahead "due soon" looks, and the rule set the publisher counted by. */
export type FeedMeta = { dueSoonDays: number | null; rules: string | null };

/** ISO 8601 / RFC 3339 date-time with an explicit offset (or Z), as FEED.md requires of generatedAt. */
const GENERATED_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Date.parse rolls 30 February over to 2 March; a publisher's impossible date is unreadable, not another day. */
export function isReadableDateTime(text: string): boolean {
  const match = GENERATED_AT.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second = '0'] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const offsetHours = match[8] === undefined ? 0 : Number(match[8]);
  const offsetMinutes = match[9] === undefined ? 0 : Number(match[9]);
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate();
  return (
    (month as number) >= 1 &&
    (month as number) <= 12 &&
    (day as number) >= 1 &&
    (day as number) <= daysInMonth &&
    (hour as number) <= 23 &&
    (minute as number) <= 59 &&
    Number(second) <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(text))
  );
}

export type Envelope = { generatedAt: string; source: FeedSource | undefined; units: unknown[]; stats: unknown[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isFilledString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** `source` is only said on the page: an unreadable one is dropped, never a reason to refuse the document. */
function readSource(source: unknown): FeedSource | undefined {
  if (!isRecord(source) || !isOptionalString(source.name) || !isOptionalString(source.url)) return undefined;
  const read: FeedSource = {};
  if ('name' in source) read.name = source.name as string | undefined;
  if ('url' in source) read.url = source.url as string | undefined;
  return read;
}

/**
 * The envelope of a document whose `schema` is already known to be right, or its first bad field, in the contract's
 * order: generatedAt, units, stats. Units and rows are only checked to be arrays here; each is checked on its own later.
 */
export function readEnvelope(
  json: Record<string, unknown>,
): { ok: true; envelope: Envelope } | { ok: false; field: 'generatedAt' | 'units' | 'stats' } {
  const { generatedAt, units, stats } = json;
  if (typeof generatedAt !== 'string' || !isReadableDateTime(generatedAt)) return { ok: false, field: 'generatedAt' };
  if (!Array.isArray(units)) return { ok: false, field: 'units' };
  if (!Array.isArray(stats)) return { ok: false, field: 'stats' };
  return { ok: true, envelope: { generatedAt, source: readSource(json.source), units, stats } };
}

/**
 * The `fields` catalogue: entries with a filled id and name, the first of a repeated id. Anything else (absent, not an
 * array, an unreadable entry) is no entry: rows naming it are then left out as of an unknown field, one by one.
 */
export function readFields(value: unknown): FieldEntry[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const fields: FieldEntry[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isFilledString(item.id) || !isFilledString(item.name) || seen.has(item.id)) continue;
    seen.add(item.id);
    fields.push({ id: item.id, name: item.name });
  }
  return fields;
}

/** `meta` is only said on the page: an unreadable entry is none, never a reason to refuse the document. */
export function readMeta(value: unknown): FeedMeta {
  if (!isRecord(value)) return { dueSoonDays: null, rules: null };
  return {
    dueSoonDays: isCount(value.dueSoonDays) ? value.dueSoonDays : null,
    rules: typeof value.rules === 'string' && value.rules.trim() !== '' ? value.rules.trim().slice(0, 100) : null,
  };
}

/** A unit as the contract allows it, with only the contract's fields; null when it is not one. */
export function readUnit(raw: unknown): Unit | null {
  if (!isRecord(raw)) return null;
  const { id, name, shortName, kind, parentId } = raw;
  if (!isFilledString(id) || !isFilledString(name) || !isOptionalString(shortName)) return null;
  if (!(UNIT_KINDS as readonly unknown[]).includes(kind)) return null;
  if (parentId !== undefined && parentId !== null && typeof parentId !== 'string') return null;
  const unit: Unit = { id, name, kind: kind as Unit['kind'] };
  // Optional fields stay absent when the publisher left them out.
  if ('shortName' in raw) unit.shortName = shortName as string | undefined;
  if ('parentId' in raw) unit.parentId = parentId as string | null | undefined;
  return unit;
}

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export function isMonthText(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** What is wrong with a row that is not clean, one problem per bad field, in the contract's field order. */
export function rowProblems(raw: Record<string, unknown>): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!isFilledString(raw.unitId)) problems.push({ code: 'bad-unit-id' });
  if (!isMonthText(raw.month)) problems.push({ code: 'bad-month', value: String(raw.month).slice(0, 20) });
  for (const field of COUNT_FIELDS) {
    const value = raw[field];
    if (value === undefined) {
      if (field !== 'returned') problems.push({ code: 'missing-count', field });
    } else if (!isCount(value)) {
      problems.push({ code: 'invalid-count', field, value: JSON.stringify(value)?.slice(0, 20) ?? '' });
    }
  }
  for (const field of EXTRA_COUNT_FIELDS) {
    const value = raw[field];
    if (value !== undefined && !isCount(value)) {
      problems.push({ code: 'invalid-count', field, value: JSON.stringify(value)?.slice(0, 20) ?? '' });
    }
  }
  if (raw.fieldId !== undefined && !isFilledString(raw.fieldId)) {
    problems.push({ code: 'unknown-field', fieldId: (JSON.stringify(raw.fieldId) ?? '').slice(0, 20) });
  }
  return problems;
}
