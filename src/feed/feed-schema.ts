// The feed contract (FEED.md, tthc-feed/1) as zod schemas: the types the rest of the app uses are inferred from them, and
// property tests hold the parser's hand-written checks (feed-contract.ts) to them. The parser itself does not run them,
// so no page loads zod for the feed.
import * as z from 'zod/mini';
import { UNIT_KINDS, isReadableDateTime, type FEED_SCHEMA_ID, type UnitKind } from './feed-contract';

export {
  COUNT_FIELDS,
  EXTRA_COUNT_FIELDS,
  FEED_SCHEMA_ID,
  UNIT_KINDS,
  isReadableDateTime,
  type CountField,
  type ExtraCountField,
  type UnitKind,
} from './feed-contract';

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
  fieldId: z.optional(z.string().check(z.minLength(1))),
  pendingDueSoon: z._default(z.optional(count), 0),
  resolvedMinutes: z._default(z.optional(count), 0),
});

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
  fields?: Array<{ id: string; name: string }>;
  meta?: { dueSoonDays?: number; rules?: string };
  stats: Array<
    Omit<StatRow, 'returned' | 'pendingDueSoon' | 'resolvedMinutes'> & {
      returned?: number;
      pendingDueSoon?: number;
      resolvedMinutes?: number;
    }
  >;
  leftOut?: Array<{ line?: number; reason: string; count?: number }>;
};
