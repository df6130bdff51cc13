// The feed contract (FEED.md, tthc-feed/1) as runtime schemas; the types the rest of the app uses are inferred from them.
// zod/mini: the same validator as zod with a tree-shakable API, so the widget's budget can carry it.
import * as z from 'zod/mini';

export const FEED_SCHEMA_ID = 'tthc-feed/1';

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

const count = z.int().check(z.nonnegative());
const monthString = z.string().check(z.regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'month is not YYYY-MM'));

export const unitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  shortName: z.optional(z.string()),
  kind: z.enum(UNIT_KINDS),
  parentId: z.optional(z.nullable(z.string())),
});

export const statRowSchema = z.object({
  unitId: z.string().check(z.minLength(1)),
  month: monthString,
  carriedOver: count,
  receivedOnline: count,
  receivedDirect: count,
  receivedPostal: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedLate: count,
  returned: z._default(z.optional(count), 0),
  pendingWithinDeadline: count,
  pendingOverdue: count,
});

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

/**
 * The envelope is checked strictly (a failure refuses the whole document); units and
 * rows are taken as unknown here and checked one by one, so one bad row costs only itself.
 */
export const envelopeSchema = z.object({
  schema: z.string(),
  generatedAt: z.string().check(z.refine(isReadableDateTime, 'generatedAt is not an ISO 8601 date-time with an offset')),
  source: z.catch(z.optional(z.object({ name: z.optional(z.string()), url: z.optional(z.string()) })), undefined),
  // Only "is it an array": z.array(z.unknown()) would visit and copy all ~46,000 rows of a national document first.
  units: z.custom<unknown[]>((value) => Array.isArray(value)),
  stats: z.custom<unknown[]>((value) => Array.isArray(value)),
});

export type Unit = z.infer<typeof unitSchema>;
export type StatRow = z.infer<typeof statRowSchema>;
export type FeedSource = { name?: string | undefined; url?: string | undefined };

/** A document as a publisher writes it (what the demo generator produces). */
export type FeedDocument = {
  schema: typeof FEED_SCHEMA_ID;
  generatedAt: string;
  source?: FeedSource;
  units: Array<{ id: string; name: string; kind: UnitKind; parentId?: string | null; shortName?: string }>;
  stats: Array<Omit<StatRow, 'returned'> & { returned?: number }>;
};
