import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { parsePeriod, resolvePeriod } from './period';
import { monthlyTrend } from './roll-up';
import { sameChildFigures, sameFigures, sameRows, sameTrend } from './same-figures';
import { unitPeriodFigures } from './unit-period-figures';

const text = readFileSync(new URL('../../docs/examples/small-province.json', import.meta.url), 'utf8');

function modelOf(source: string): FeedModel {
  const result = parseFeedText(source);
  if (!result.ok) throw new Error('refused');
  return result.model;
}

function children(model: FeedModel) {
  const view = unitPeriodFigures(model, null, parsePeriod('ytd')!);
  if (view.status !== 'ok') throw new Error(view.status);
  return view;
}

describe('equality by value across documents', () => {
  const first = modelOf(text);
  // The same document parsed again: new objects everywhere, the same figures.
  const again = modelOf(text);
  // One row of one commune moved by one dossier, received and resolved alike.
  const changedText = text
    .replace('"receivedOnline": 138', '"receivedOnline": 139')
    .replace(/"resolvedEarly": (\d+)/, (_, n) => `"resolvedEarly": ${Number(n) + 1}`);
  const changed = modelOf(changedText);

  it('sees a re-parsed document as the same figures, rows and trend', () => {
    const a = children(first);
    const b = children(again);
    expect(a.children[0]).not.toBe(b.children[0]);
    expect(sameFigures(a.figures, b.figures)).toBe(true);
    expect(sameRows(a.children, b.children)).toBe(true);
    const range = resolvePeriod(parsePeriod('ytd')!, first.months);
    if (!range.hasMonths) throw new Error('no months');
    expect(sameTrend(monthlyTrend(first, first.rootId, range.range), monthlyTrend(again, again.rootId, range.range))).toBe(true);
  });

  it('tells apart exactly the rows whose figures changed', () => {
    expect(changedText).not.toBe(text);
    const a = children(first);
    const b = children(changed);
    expect(sameFigures(a.figures, b.figures)).toBe(false);
    expect(sameRows(a.children, b.children)).toBe(false);
    const differing = a.children.filter((row, i) => !sameChildFigures(row, b.children[i]!)).map((row) => row.unit.id);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(a.children.length);
  });

  it('sees a renamed unit as a change', () => {
    const renamed = modelOf(text.replace('"Sở Y tế"', '"Sở Y tế (mới)"'));
    expect(sameRows(children(first).children, children(renamed).children)).toBe(false);
  });
});
