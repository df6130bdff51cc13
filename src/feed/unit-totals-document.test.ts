import { describe, expect, it } from 'vitest';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import { parseFeedText } from './parse-feed';
import { unitTotalsDocument } from './unit-totals-document';
import { periodFigures } from '../stats/roll-up';
import type { FeedModel } from './feed-model';

function parsed(text: string): FeedModel {
  const result = parseFeedText(text);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.model;
}

describe('unitTotalsDocument', () => {
  const byField = parsed(JSON.stringify(generateProvinceFeed({ now: new Date('2026-12-02T09:30:00+07:00') })));
  const totalsText = JSON.stringify(unitTotalsDocument(byField));
  const totals = parsed(totalsText);

  it('folds a document by field into one without fields, a row per unit and month', () => {
    expect(byField.hasFields).toBe(true);
    expect(totals.hasFields).toBe(false);
    expect(totals.quality.rowsLeftOut).toEqual([]);
    expect(totals.units.size).toBe(byField.units.size);
    expect(totals.generatedAt).toBe(byField.generatedAt);
    expect(totals.meta).toEqual(byField.meta);
    // The point of it: small enough for a kiosk's localStorage where the whole document is not.
    expect(totalsText.length).toBeLessThan(JSON.stringify(generateProvinceFeed({ now: new Date('2026-12-02T09:30:00+07:00') })).length / 8);
  });

  it('gives every unit the same figures as the document by field, over any period', () => {
    const latest = byField.months?.latest ?? 0;
    for (const range of [
      { from: latest - 11, to: latest },
      { from: latest, to: latest },
      { from: latest - 23, to: latest - 12 },
    ]) {
      const expected = periodFigures(byField, range);
      const actual = periodFigures(totals, range);
      // Every figure but the number of rows summed, which is the point of the fold.
      for (const [unitId, figures] of expected)
        expect(actual.get(unitId), unitId).toEqual({ ...figures, rowCount: actual.get(unitId)?.rowCount });
      expect(actual.get(byField.rootId)?.rowCount).toBeLessThan(expected.get(byField.rootId)?.rowCount ?? 0);
    }
  });
});
