// tests/fixtures/fields-example.json against figures worked out by hand (fields-example.md beside it): every figure
// function asked for all fields ("*") and for one field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { formatDays, formatRate } from '../i18n/format';
import { fieldBreakdown, fieldsByLateness } from './field-figures';
import { parsePeriod, resolvePeriod, type MonthRange } from './period';
import { unitPeriodFigures } from './unit-period-figures';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

type Expected = Record<string, string | number>;
type ExpectedFile = {
  rowsKept: number;
  rowsLeftOut: number;
  fields: string[];
  dueSoonDays: number;
  recordsLeftOut: number;
  figures: Record<string, Record<string, Record<string, Expected>>>;
  fieldBreakdown: Record<string, string[]>;
  fieldsByLateness: Record<string, string[]>;
};

function load(): FeedModel {
  const result = parseFeedText(fixture('fields-example.json'));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

function rangeOf(model: FeedModel, periodText: string): MonthRange {
  const resolved = resolvePeriod(parsePeriod(periodText)!, model.months);
  if (!resolved.hasMonths) throw new Error(`${periodText} has no months`);
  return resolved.range;
}

const expected = JSON.parse(fixture('fields-example.expected.json')) as ExpectedFile;

describe('fields example, worked by hand', () => {
  const model = load();

  it('keeps 9 rows, leaves out the unknown field and the duplicate, and carries the catalogue and meta', () => {
    expect(model.quality.rowsKept).toBe(expected.rowsKept);
    expect(model.quality.rowsLeftOut).toHaveLength(expected.rowsLeftOut);
    expect(model.fields.map((f) => f.id)).toEqual(expected.fields);
    expect(model.meta.dueSoonDays).toBe(expected.dueSoonDays);
    expect(model.quality.recordsLeftOut).toHaveLength(expected.recordsLeftOut);
    expect([...model.quality.flagsByUnit.values()].flat().filter((flag) => flag.code !== 'rows-left-out')).toEqual([]);
  });

  for (const [unitId, byField] of Object.entries(expected.figures)) {
    for (const [fieldId, periods] of Object.entries(byField)) {
      for (const [periodText, figures] of Object.entries(periods)) {
        it(`${unitId} ${fieldId} ${periodText}`, () => {
          const view = unitPeriodFigures(model, unitId, parsePeriod(periodText)!, fieldId === '*' ? null : fieldId);
          if (view.status !== 'ok') throw new Error(view.status);
          const got = view.figures;
          for (const [name, value] of Object.entries(figures)) {
            const where = `${unitId} ${fieldId} ${periodText} ${name}`;
            if (name === 'onTimeRate') expect(formatRate(got.onTimeRate, 'vi'), where).toBe(value);
            else if (name === 'averageDays') expect(formatDays(got.averageDays, 'vi'), where).toBe(value);
            else expect(got[name as keyof typeof got], where).toBe(value);
          }
        });
      }
    }
  }

  it('breaks a unit down by field, and ranks its fields by late and overdue dossiers', () => {
    for (const [key, ids] of Object.entries(expected.fieldBreakdown)) {
      const [unitId, periodText] = key.split(' ') as [string, string];
      expect(
        fieldBreakdown(model, unitId, rangeOf(model, periodText)).map((row) => row.field.id),
        key,
      ).toEqual(ids);
    }
    for (const [key, ids] of Object.entries(expected.fieldsByLateness)) {
      const [unitId, periodText] = key.split(' ') as [string, string];
      expect(
        fieldsByLateness(fieldBreakdown(model, unitId, rangeOf(model, periodText))).map((row) => row.field.id),
        key,
      ).toEqual(ids);
    }
  });
});
