import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEnvelope, readUnit, rowProblems } from './feed-contract';
import { COUNT_FIELDS, envelopeSchema, statRowSchema, unitSchema } from './feed-schema';

// The parser's hand-written checks must accept exactly what the contract's zod schemas accept, and read it the same way.
const anyValue = fc.oneof(
  fc.nat(5000),
  fc.integer({ min: -5, max: -1 }),
  fc.double({ noNaN: false }),
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.constant('12'),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const someString = fc.oneof(fc.constantFrom('C1', '92-SYT', 'Xã Phú Tâm'), fc.constant(''), fc.string({ maxLength: 4 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue });

const unit = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        id: maybe(someString),
        name: maybe(someString),
        shortName: maybe(someString),
        kind: maybe(fc.constantFrom('province', 'commune', 'national', 'other', 'village', '')),
        parentId: maybe(fc.oneof(someString, fc.constant(null))),
        extra: anyValue,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

const row = fc.record(
  Object.fromEntries([
    ['unitId', maybe(someString)],
    ['month', maybe(fc.constantFrom('2026-01', '2026-12', '2026-13', '2026-1', ''))],
    ...COUNT_FIELDS.map((field) => [field, fc.oneof({ weight: 3, arbitrary: fc.nat(5000) }, { weight: 1, arbitrary: anyValue })]),
  ]) as Record<string, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);

const envelope = fc.record(
  {
    schema: fc.constant('tthc-feed/1'),
    generatedAt: maybe(fc.constantFrom('2026-11-26T16:40:00+07:00', '2026-02-30T10:00:00Z', '2026-11-26 16:40', 'hôm qua')),
    source: maybe(fc.record({ name: maybe(someString), url: maybe(someString) }, { requiredKeys: [] })),
    units: maybe(fc.constant([])),
    stats: maybe(fc.constant([])),
  },
  { requiredKeys: ['schema'] },
);

describe('readUnit', () => {
  it('accepts exactly what unitSchema accepts, with the same fields', () => {
    fc.assert(
      fc.property(unit, (raw) => {
        const schema = unitSchema.safeParse(raw);
        const read = readUnit(raw);
        expect(read !== null).toBe(schema.success);
        if (read && schema.success) expect(read).toStrictEqual(schema.data);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('rowProblems', () => {
  it('names exactly the fields statRowSchema finds wrong, each once, in its order', () => {
    fc.assert(
      fc.property(row, (raw) => {
        const schema = statRowSchema.safeParse(raw);
        const fields = rowProblems(raw).map((problem) =>
          problem.code === 'bad-unit-id' ? 'unitId' : problem.code === 'bad-month' ? 'month' : 'field' in problem ? problem.field : '?',
        );
        // zod reports -2^53 twice (below the safe integers, below zero); the parser lists a bad field once.
        const schemaFields = schema.success ? [] : [...new Set(schema.error.issues.map((issue) => String(issue.path[0])))];
        expect(fields).toEqual(schemaFields);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readEnvelope', () => {
  it('accepts exactly what envelopeSchema accepts, refuses on its first bad field, and reads `source` the same way', () => {
    fc.assert(
      fc.property(envelope, (raw) => {
        const schema = envelopeSchema.safeParse(raw);
        const read = readEnvelope(raw);
        if (schema.success) {
          expect(read).toStrictEqual({
            ok: true,
            envelope: { generatedAt: schema.data.generatedAt, source: schema.data.source, units: raw.units, stats: raw.stats },
          });
        } else {
          expect(read).toEqual({ ok: false, field: schema.error.issues[0]?.path[0] });
        }
      }),
      { numRuns: 3000 },
    );
  });
});
