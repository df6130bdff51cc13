import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanRow } from './parse-feed';
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS, statRowSchema } from './feed-schema';

// The fast path must accept exactly the rows the schema accepts, and read them the same way.
const anyValue = fc.oneof(
  fc.nat(5000),
  fc.integer({ min: -5, max: -1 }),
  fc.double({ noNaN: false }),
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.constant('12'),
  fc.boolean(),
);
const month = fc.oneof(
  fc.constantFrom('2026-01', '2026-12', '2025-07'),
  fc.constantFrom('2026-13', '2026-1', '26-01', ''),
  fc.string({ maxLength: 8 }),
);
const unitId = fc.oneof(fc.constantFrom('C1', '92-SYT'), fc.constant(''), fc.nat());
// FEED.md "Fields": an optional fieldId (a filled string) and two optional counts.
const fieldId = fc.oneof(fc.constant(undefined), fc.constantFrom('HT', 'DD'), fc.constant(''), fc.nat(), fc.constant(null));

const row = fc.record(
  Object.fromEntries([
    ['unitId', unitId],
    ['month', month],
    ['fieldId', fieldId],
    ...[...COUNT_FIELDS, ...EXTRA_COUNT_FIELDS].map((field) => [
      field,
      fc.oneof({ weight: 6, arbitrary: fc.nat(5000) }, { weight: 1, arbitrary: anyValue }),
    ]),
  ]) as Record<string, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);

describe('cleanRow', () => {
  it('accepts exactly what statRowSchema accepts, with the same values', () => {
    fc.assert(
      fc.property(row, (raw) => {
        const fast = cleanRow(raw);
        const schema = statRowSchema.safeParse(raw);
        expect(fast !== null).toBe(schema.success);
        if (fast && schema.success) expect(fast).toEqual(schema.data);
      }),
      { numRuns: 3000 },
    );
  });
});
