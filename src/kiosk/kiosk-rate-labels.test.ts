import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../ui/charts/text-measure';
import { placeRateLabels, type RatePoint } from './kiosk-rate-labels';

describe('rate labels', () => {
  const font = 20;
  const clearance = 10;
  /** Twelve months, `slot` px apart, at the given heights (smaller y is higher). */
  const line = (ys: number[], slot: number): RatePoint[] => ys.map((y, index) => ({ x: 50 + slot * (index + 0.5), y, text: '97,8%' }));
  const ys = [100, 110, 120, 120, 115, 110, 110, 125, 110, 105, 115, 115];
  const boxOf = (label: { x: number; anchor: string; text: string }) => {
    const width = estimateTextWidth(label.text, font);
    const start = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { start, end: start + width };
  };

  it('labels every month when the labels fit side by side', () => {
    const points = line(ys, 100);
    const labels = placeRateLabels(points, { font, left: 50, right: 1250, clearance });
    expect(labels.map((label) => label.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('on a narrow plot labels the latest, first, highest and lowest months, none overlapping another or the plot edge', () => {
    const points = line(ys, 60);
    const right = 50 + 60 * 12;
    const labels = placeRateLabels(points, { font, left: 50, right, clearance });
    expect(labels.map((label) => label.index)).toEqual([0, 7, 11]); // the first is also the highest
    const boxes = labels.map(boxOf);
    for (const [i, box] of boxes.entries()) {
      expect(box.start).toBeGreaterThanOrEqual(50);
      expect(box.end).toBeLessThanOrEqual(right + 0.001);
      const next = boxes[i + 1];
      if (next) expect(next.start).toBeGreaterThan(box.end);
    }
    // The latest is held inside the plot, its right edge on the plot's.
    expect(labels[2]).toMatchObject({ anchor: 'end', x: right });
  });

  it('sits a dip’s label above the line climbing out of it, not only above its own point', () => {
    const points = line(ys, 60);
    const dip = placeRateLabels(points, { font, left: 50, right: 770, clearance }).find((label) => label.index === 7);
    // Its point is at 125; the line under the label's width climbs to about 110 on either side.
    expect(dip?.y).toBeLessThan(115 - clearance);
  });

  it('keeps a label at the plot’s edge off the row of that axis’s tick labels', () => {
    const points = line(ys, 60);
    const options = { font, left: 50, right: 770, clearance };
    const free = placeRateLabels(points, options).find((label) => label.index === 11);
    const tickRow = (free?.y ?? 0) - font * 0.3;
    const moved = placeRateLabels(points, { ...options, ticks: { left: [], right: [tickRow], font } }).find((label) => label.index === 11);
    // Its digits' bottom (the baseline plus the comma's tail) now clears the tick label's top.
    expect((moved?.y ?? 0) + font * 0.2).toBeLessThanOrEqual(tickRow - font * 0.6);
  });

  it('skips months without a rate', () => {
    const points: Array<RatePoint | null> = [{ x: 100, y: 50, text: '98,0%' }, null, { x: 300, y: 60, text: '97,0%' }];
    expect(placeRateLabels(points, { font, left: 0, right: 400, clearance }).map((label) => label.index)).toEqual([0, 2]);
  });
});
