import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { formatRate } from '../i18n/format';
import { parsePeriod, resolvePeriod } from './period';
import { periodFigures } from './roll-up';
import { monthKey } from '../feed/month';

const fixture = (name: string) => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');

function load(name: string): FeedModel {
  const result = parseFeedText(fixture(name));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

type Expected = Record<string, string | number>;

function checkFigures(model: FeedModel, unitId: string, periodText: string, expected: Expected) {
  const period = parsePeriod(periodText);
  expect(period, periodText).not.toBeNull();
  const resolved = resolvePeriod(period!, model.months);
  if (!resolved.hasMonths) throw new Error(`${periodText} has no months`);
  const figures = periodFigures(model, resolved.range).get(unitId);
  expect(figures, unitId).toBeDefined();
  for (const [field, value] of Object.entries(expected)) {
    if (field === 'latestMonth') expect(monthKey(model.months!.latest)).toBe(value);
    else if (field === 'onTimeRate') expect(formatRate(figures!.onTimeRate, 'vi'), `${unitId} ${periodText} ${field}`).toBe(value);
    else if (field === 'onlineRate') expect(formatRate(figures!.onlineRate, 'vi'), `${unitId} ${periodText} ${field}`).toBe(value);
    else expect(figures![field as keyof typeof figures], `${unitId} ${periodText} ${field}`).toBe(value);
  }
}

describe('shared examples', () => {
  const expected = JSON.parse(fixture('small-province.expected.json')) as Record<string, Record<string, Expected>>;
  for (const [unitId, periods] of Object.entries(expected)) {
    for (const [periodText, figures] of Object.entries(periods)) {
      it(`small-province ${unitId} ${periodText}`, () => checkFigures(load('small-province.json'), unitId, periodText, figures));
    }
  }

  it('bad-rows: leaves out exactly the bad rows and keeps the rest', () => {
    const want = JSON.parse(fixture('bad-rows.expected.json')) as {
      rowsLeftOut: number;
      rowsKept: number;
      figures: Record<string, Record<string, Expected>>;
    };
    const model = load('bad-rows.json');
    expect(model.quality.rowsLeftOut).toHaveLength(want.rowsLeftOut);
    expect(model.quality.rowsKept).toBe(want.rowsKept);
    for (const [unitId, periods] of Object.entries(want.figures)) {
      for (const [periodText, figures] of Object.entries(periods)) checkFigures(model, unitId, periodText, figures);
    }
  });
});
