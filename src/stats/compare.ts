// A period against the one before it and against the same months a year earlier: which months, whether the feed has
// them whole for a unit, and the change of each headline figure. Plain TypeScript, like the rest of stats/.
import type { FeedModel } from '../feed/feed-model';
import { forField } from '../feed/field-view';
import type { UnitFigures } from './figures';
import { parseMonth, type MonthIndex } from '../feed/month';
import type { MonthRange, ResolvedPeriod } from './period';
import type { RateTenths } from './rate';
import { periodFigures } from './roll-up';

export type ComparisonBasis = 'yearAgo' | 'previous';

export type ComparisonRanges = { current: MonthRange; yearAgo: MonthRange; previous: MonthRange | null };

function monthsIn(range: MonthRange): number {
  return range.to - range.from + 1;
}

function sameRange(a: MonthRange, b: MonthRange): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * The months each comparison covers, for the months actually shown (a period cut at the feed's latest month is
 * compared over as many months, never over its whole named length):
 * - a year earlier: the same months shifted by twelve;
 * - the previous period: a month, quarter or half is compared with the one before it, over as many of its months as
 *   the current one has so far (Q4 up to November against July–August); a range and the year to date with the same
 *   number of months just before it (January–November 2026 against February–December 2025: "11 months before");
 * - a year, or any twelve months, has a previous period equal to the year-earlier one: it is given once, as the year
 *   earlier, which is how Vietnamese reports name it ("so với cùng kỳ năm trước").
 */
export function comparisonRanges(resolved: Extract<ResolvedPeriod, { hasMonths: true }>): ComparisonRanges {
  const current = resolved.range;
  const length = monthsIn(current);
  const yearAgo = { from: current.from - 12, to: current.to - 12 };
  const period = resolved.period;
  const step =
    period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : period.kind === 'half' ? 6 : period.kind === 'year' ? 12 : length;
  const previous = { from: current.from - step, to: current.from - step + length - 1 };
  return { current, yearAgo, previous: sameRange(previous, yearAgo) ? null : previous };
}

/**
 * The month the document was generated in, read from `generatedAt` as the publisher wrote it (its own offset): that
 * month, and any later one, is still running, so its flows are month to date (FEED.md: "the latest month may be
 * partial").
 */
export function runningMonth(model: FeedModel): MonthIndex | null {
  return parseMonth(model.generatedAt.slice(0, 7));
}

const coverageCache = new WeakMap<FeedModel, Map<string, Uint8Array>>();

/** For every unit, which of the feed's months have at least one row in its subtree: one bottom-up pass per document. */
function monthCoverage(model: FeedModel): Map<string, Uint8Array> {
  let coverage = coverageCache.get(model);
  if (coverage) return coverage;
  coverage = new Map();
  const months = model.months;
  const span = months ? months.latest - months.earliest + 1 : 0;
  for (const unitId of model.postOrder) {
    const own = new Uint8Array(span);
    if (months) for (const row of model.rowsByUnit.get(unitId) ?? []) own[row.monthIndex - months.earliest] = 1;
    for (const childId of model.units.get(unitId)?.childIds ?? []) {
      const child = coverage.get(childId);
      if (child) for (let i = 0; i < span; i += 1) own[i]! |= child[i]!;
    }
    coverage.set(unitId, own);
  }
  coverageCache.set(model, coverage);
  return coverage;
}

/**
 * True when every month of the range has a row under the unit. A commune formed on 1 July 2025 has no first half of
 * 2025: its year-earlier figures would be half a period, and a half compared as a whole is a false fall or rise.
 * A province whose districts gave way to communes that month is covered: each month has rows under it.
 */
export function coversRange(wholeModel: FeedModel, unitId: string, range: MonthRange, fieldId?: string | null): boolean {
  const model = forField(wholeModel, fieldId);
  const months = model.months;
  if (!months || range.from < months.earliest || range.to > months.latest) return false;
  const covered = monthCoverage(model).get(unitId);
  if (!covered) return false;
  for (let month = range.from; month <= range.to; month += 1) if (covered[month - months.earliest] !== 1) return false;
  return true;
}

/** Why there is nothing to compare with: the other months are not (whole) in the feed, or this period's are not. */
export type MissingReason = 'baseline' | 'current';

export type Baseline =
  | { basis: ComparisonBasis; range: MonthRange; status: 'ok'; figures: UnitFigures }
  | { basis: ComparisonBasis; range: MonthRange; status: 'missing'; reason: MissingReason };

export type UnitComparison = {
  /** The running month when the period reaches it: its flows are not compared (see figureChange). */
  running: MonthIndex | null;
  /** The year earlier first, then the previous period when it differs. */
  baselines: Baseline[];
};

/** The unit's figures over the comparison periods, from the same cached roll-ups as every other view. */
export function compareUnit(
  wholeModel: FeedModel,
  unitId: string,
  resolved: Extract<ResolvedPeriod, { hasMonths: true }>,
  fieldId?: string | null,
): UnitComparison {
  const model = forField(wholeModel, fieldId);
  const ranges = comparisonRanges(resolved);
  const currentWhole = coversRange(model, unitId, ranges.current);
  const baseline = (basis: ComparisonBasis, range: MonthRange): Baseline => {
    if (!currentWhole) return { basis, range, status: 'missing', reason: 'current' };
    const figures = coversRange(model, unitId, range) ? periodFigures(model, range).get(unitId) : undefined;
    return figures ? { basis, range, status: 'ok', figures } : { basis, range, status: 'missing', reason: 'baseline' };
  };
  const baselines = [baseline('yearAgo', ranges.yearAgo)];
  if (ranges.previous) baselines.push(baseline('previous', ranges.previous));
  const running = runningMonth(model);
  return { running: running !== null && ranges.current.to >= running ? running : null, baselines };
}

/** The figures a tile compares. Flows are counted over the period, stocks are taken at its end, rates are derived. */
export type ComparedFigure = 'received' | 'resolved' | 'pending' | 'pendingOverdue' | 'onTimeRate' | 'onlineRate' | 'progressRate';

const FLOWS: ReadonlySet<ComparedFigure> = new Set(['received', 'resolved']);
const RATES: ReadonlySet<ComparedFigure> = new Set(['onTimeRate', 'onlineRate', 'progressRate']);
/** Small stocks read better as a number of dossiers than as a percentage of a handful. */
const ABSOLUTE: ReadonlySet<ComparedFigure> = new Set(['pendingOverdue']);

export type FigureChange =
  /** A count against a count above zero: tenths of a percent, signed. */
  | { kind: 'relative'; tenths: number }
  /** A count in dossiers, signed: for small stocks, and for any count whose baseline is zero. */
  | { kind: 'absolute'; delta: number }
  /** A rate against a rate: tenths of a percentage point, signed, from the rates as shown (95,1% − 94,0% = 1,1). */
  | { kind: 'points'; tenths: number }
  /** One of the two rates is "—" (no denominator). */
  | { kind: 'no-rate' }
  /** A flow over a period whose last month is still running: month to date against whole months is no comparison. */
  | { kind: 'running'; month: MonthIndex }
  | { kind: 'missing'; reason: MissingReason };

/** Half away from zero, as Excel's ROUND; a change that is not zero never shows as 0,0. */
export function relativeTenths(current: number, base: number): number {
  const diff = current - base;
  if (diff === 0) return 0;
  const tenths = Math.floor((2000 * Math.abs(diff) + base) / (2 * base));
  return Math.sign(diff) * Math.max(1, tenths);
}

export function rateChange(current: RateTenths, base: RateTenths): FigureChange {
  return current === null || base === null ? { kind: 'no-rate' } : { kind: 'points', tenths: current - base };
}

export function countChange(current: number, base: number, absolute = false): FigureChange {
  return absolute || base === 0 ? { kind: 'absolute', delta: current - base } : { kind: 'relative', tenths: relativeTenths(current, base) };
}

export function figureChange(figure: ComparedFigure, current: UnitFigures, baseline: Baseline, running: MonthIndex | null): FigureChange {
  if (baseline.status === 'missing') return { kind: 'missing', reason: baseline.reason };
  if (FLOWS.has(figure) && running !== null) return { kind: 'running', month: running };
  const base = baseline.figures;
  if (RATES.has(figure)) return rateChange(current[figure] as RateTenths, base[figure] as RateTenths);
  return countChange(current[figure] as number, base[figure] as number, ABSOLUTE.has(figure));
}

export type Direction = 'up' | 'down' | 'same';

export function changeDirection(change: FigureChange): Direction | null {
  const value = change.kind === 'absolute' ? change.delta : change.kind === 'relative' || change.kind === 'points' ? change.tenths : null;
  if (value === null) return null;
  return value > 0 ? 'up' : value < 0 ? 'down' : 'same';
}

/**
 * Which way is good. Volumes follow demand (fewer dossiers received is neither good nor bad, and fewer resolved often
 * only follows it), so they are neutral; rates up are good; dossiers still pending, and above all overdue, up is bad.
 */
export const POLARITY: Record<ComparedFigure, 'up-good' | 'up-bad' | 'neutral'> = {
  received: 'neutral',
  resolved: 'neutral',
  pending: 'up-bad',
  pendingOverdue: 'up-bad',
  onTimeRate: 'up-good',
  onlineRate: 'up-good',
  progressRate: 'up-good',
};

export function changeTone(figure: ComparedFigure, change: FigureChange): 'good' | 'bad' | 'neutral' {
  const direction = changeDirection(change);
  const polarity = POLARITY[figure];
  if (direction === null || direction === 'same' || polarity === 'neutral') return 'neutral';
  return (direction === 'up') === (polarity === 'up-good') ? 'good' : 'bad';
}

export function sameBaselines(a: UnitComparison, b: UnitComparison): boolean {
  if (a === b) return true;
  if (a.running !== b.running || a.baselines.length !== b.baselines.length) return false;
  return a.baselines.every((x, i) => {
    const y = b.baselines[i]!;
    if (x.basis !== y.basis || x.status !== y.status || !sameRange(x.range, y.range)) return false;
    if (x.status === 'missing' && y.status === 'missing') return x.reason === y.reason;
    if (x.status === 'ok' && y.status === 'ok') return sameFiguresForChange(x.figures, y.figures);
    return false;
  });
}

const COMPARED_KEYS: ReadonlyArray<keyof UnitFigures> = [
  'received',
  'resolved',
  'pending',
  'pendingOverdue',
  'onTimeRate',
  'onlineRate',
  'progressRate',
];

function sameFiguresForChange(a: UnitFigures, b: UnitFigures): boolean {
  return a === b || COMPARED_KEYS.every((key) => a[key] === b[key]);
}

const onTimeChangeCache = new WeakMap<FeedModel, Map<string, ReadonlyMap<string, number | null>>>();

/**
 * Every unit's change in on-time rate, in tenths of a point, from `baseline` to `current`; null where either period is
 * not whole under the unit or either rate is "—". Remembered per document and pair of ranges, so sorting the table or
 * switching its scope costs a lookup.
 */
export function onTimeChanges(
  wholeModel: FeedModel,
  current: MonthRange,
  baseline: MonthRange,
  fieldId?: string | null,
): ReadonlyMap<string, number | null> {
  const model = forField(wholeModel, fieldId);
  let perPair = onTimeChangeCache.get(model);
  if (!perPair) {
    perPair = new Map();
    onTimeChangeCache.set(model, perPair);
  }
  const key = `${current.from}..${current.to}|${baseline.from}..${baseline.to}`;
  let changes = perPair.get(key);
  if (!changes) {
    const now = periodFigures(model, current);
    const before = periodFigures(model, baseline);
    const computed = new Map<string, number | null>();
    for (const unitId of model.postOrder) {
      const a = now.get(unitId)?.onTimeRate ?? null;
      const b = before.get(unitId)?.onTimeRate ?? null;
      const whole = a !== null && b !== null && coversRange(model, unitId, current) && coversRange(model, unitId, baseline);
      computed.set(unitId, whole ? a - b : null);
    }
    changes = computed;
    perPair.set(key, changes);
  }
  return changes;
}

/** Biggest fall first (ascending) or biggest rise first; units without a change always last, then by the order given. */
export function sortByChange<T extends { unit: { id: string } }>(
  rows: readonly T[],
  changes: ReadonlyMap<string, number | null>,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, change: changes.get(row.unit.id) ?? null }))
    .sort((a, b) => {
      if (a.change === null || b.change === null) return a.change === b.change ? a.index - b.index : a.change === null ? 1 : -1;
      return sign * (a.change - b.change) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Equal by value: a new document that leaves these units' changes as they were redraws nothing. */
export function sameChanges(a: ReadonlyMap<string, number | null>, b: ReadonlyMap<string, number | null>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value || (value === undefined && !b.has(key))) return false;
  return true;
}
