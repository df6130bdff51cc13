// The feed contract (FEED.md, tthc-feed/1) as runtime schemas; the types the rest of the app uses are inferred from them.
import { z } from 'zod';

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

const count = z.number().int().nonnegative();
const monthString = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'month is not YYYY-MM');

export const unitSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().optional(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable().optional(),
});

export const statRowSchema = z.object({
  unitId: z.string().min(1),
  month: monthString,
  carriedOver: count,
  receivedOnline: count,
  receivedDirect: count,
  receivedPostal: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedLate: count,
  returned: count.optional().default(0),
  pendingWithinDeadline: count,
  pendingOverdue: count,
});

/** ISO 8601 date-time with an explicit offset (or Z), as FEED.md requires of generatedAt. */
const GENERATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The envelope is checked strictly (a failure refuses the whole document); units and
 * rows are taken as unknown here and checked one by one, so one bad row costs only itself.
 */
export const envelopeSchema = z.object({
  schema: z.string(),
  generatedAt: z
    .string()
    .regex(GENERATED_AT, 'generatedAt is not an ISO 8601 date-time with an offset')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'generatedAt is not a real date'),
  source: z
    .object({ name: z.string().optional(), url: z.string().optional() })
    .optional()
    .catch(undefined),
  units: z.array(z.unknown()),
  stats: z.array(z.unknown()),
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
