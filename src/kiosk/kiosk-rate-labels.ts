// Where the kiosk's trend chart writes its on-time rates: pure, so the placement rules are tested without a screen.
import { estimateTextWidth } from '../ui/charts/text-measure';

/** A point of the rate line, in px, with its label's text. */
export type RatePoint = { x: number; y: number; text: string };
export type PlacedRateLabel = { index: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string };

/**
 * Where the rate labels go. Every point is labelled when the labels fit side by side; otherwise only the latest,
 * the first, the highest and the lowest (in that order, each only if it clears those already placed), so no
 * label is skipped at random. A label stays within the plot (the axes' tick labels are outside it) and sits above
 * the line wherever the line runs under the label, not only above its own point: a dip's label does not sit on
 * the line climbing out of it. Near an edge it also keeps off the row of that axis's tick labels ("97,8%" beside
 * "98%" reads as one figure). Widths are the estimate's, a little generous, the same whatever fonts are installed.
 */
export function placeRateLabels(
  points: ReadonlyArray<RatePoint | null>,
  options: {
    font: number;
    left: number;
    right: number;
    clearance: number;
    /** The y of each tick label on the left and right axes, and their font size. */
    ticks?: { left: number[]; right: number[]; font: number };
  },
): PlacedRateLabel[] {
  const { font, left, right, clearance } = options;
  const ticks = options.ticks ?? { left: [], right: [], font: 0 };
  const gap = font * 0.5;
  const boxes = points.map((point, index) => {
    if (!point || !point.text) return null;
    const width = estimateTextWidth(point.text, font);
    const anchor: PlacedRateLabel['anchor'] = point.x - width / 2 < left ? 'start' : point.x + width / 2 > right ? 'end' : 'middle';
    const start = anchor === 'start' ? left : anchor === 'end' ? right - width : point.x - width / 2;
    return { index, point, anchor, start, end: start + width };
  });
  const present = boxes.filter((box): box is NonNullable<typeof box> => box !== null);
  const fitsAll = present.every((box, i) => i === 0 || box.start >= (present[i - 1]?.end ?? -Infinity) + gap);
  let chosen = present;
  if (!fitsAll && present.length > 0) {
    const byY = [...present].sort((a, b) => a.point.y - b.point.y);
    const wanted = [present[present.length - 1], present[0], byY[0], byY[byY.length - 1]];
    chosen = [];
    for (const box of wanted) {
      if (!box || chosen.includes(box)) continue;
      if (chosen.every((other) => box.end + gap <= other.start || box.start >= other.end + gap)) chosen.push(box);
    }
    chosen.sort((a, b) => a.index - b.index);
  }
  return chosen.map(({ index, point, anchor, start, end }) => {
    // The highest the line gets under the label: its ends, and each point in between.
    let top = point.y;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const a = points[i];
      const b = points[i + 1];
      if (!a || !b) continue;
      const from = Math.max(start, Math.min(a.x, b.x));
      const to = Math.min(end, Math.max(a.x, b.x));
      if (from > to) continue;
      const at = (x: number) => (b.x === a.x ? Math.min(a.y, b.y) : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x));
      top = Math.min(top, at(from), at(to));
    }
    const x = anchor === 'middle' ? point.x : anchor === 'start' ? start : end;
    // The baseline: clear of the line and its dots, the comma's tail included.
    let y = top - clearance - font * 0.15;
    const near = font * 2;
    const rows = [...(start - left < near ? ticks.left : []), ...(right - end < near ? ticks.right : [])].sort((a, b) => b - a);
    for (const row of rows) {
      const above = row - ticks.font * 0.6;
      // Digits stand about 0.75 em above the baseline, the comma's tail 0.2 em below it.
      if (y - font * 0.75 < row + ticks.font * 0.6 && y + font * 0.2 > above) y = above - font * 0.25;
    }
    return { index, x, y: Math.max(font, y), anchor, text: point.text };
  });
}
