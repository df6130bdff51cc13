// Which slides the kiosk shows for a unit and period, in order, and which comes next: pure, so the skip rules are tested without a screen.
import type { FeedModel } from '../feed/feed-model';
import type { UnitFigures } from '../stats/figures';
import type { MonthIndex } from '../feed/month';
import type { MonthRange } from '../stats/period';
import { monthlyTrend, type TrendPoint } from '../stats/roll-up';
import { fieldBreakdown } from '../stats/field-figures';
import type { UnitPeriodFigures } from '../stats/unit-period-figures';

export type OkView = Extract<UnitPeriodFigures, { status: 'ok' }>;

/** Rows a ranking or overdue slide holds: large enough to read from five metres on a 1366×768 screen. */
export const ROWS_PER_PAGE = 10;
/** Units at each end of a long ranking: the best, and those furthest below target. The middle is the dashboard's. */
export const RANKING_ENDS = 5;
/** The headline (the summary slide) comes back at least this often, whatever the rotation's pace. */
export const HEADLINE_EVERY_SECONDS = 60;
/** Units in the received-against-resolved chart: the busiest ones; more pairs of bars than this cannot be read across a room. */
export const VOLUME_UNITS = 8;
/** Months the trend covers, ending with the period's last month. */
export const TREND_MONTHS = 12;

export type RankingRow = { unitId: string; name: string; rank: number; rate: number; belowTarget: boolean; resolved: number };
export type VolumeRow = { unitId: string; name: string; received: number; resolved: number };
export type OverdueRow = { unitId: string; name: string; overdue: number; pending: number };
/** A field (lĩnh vực) of a document by field, with its dossiers pending past the deadline and about to pass it. */
export type FieldRow = { fieldId: string; name: string; overdue: number; dueSoon: number };

export type Slide =
  | { kind: 'summary'; key: string; figures: UnitFigures }
  /** `rows` are the ranking's two ends when it is long; `gapAfter` is the index of the last row before the units left out. */
  | { kind: 'ranking'; key: 'ranking'; rows: RankingRow[]; unitsRanked: number; gapAfter: number | null }
  | { kind: 'volume'; key: 'volume'; rows: VolumeRow[]; unitsWithData: number }
  | { kind: 'trend'; key: 'trend'; points: TrendPoint[]; range: MonthRange }
  | { kind: 'overdue'; key: 'overdue'; rows: OverdueRow[]; unitsWithOverdue: number; totalOverdue: number }
  | { kind: 'fields'; key: 'fields'; rows: FieldRow[]; fieldsShown: number; totalOverdue: number; totalDueSoon: number };

export type SlideOptions = {
  /** Percent, e.g. 95: rates below it are marked. */
  onTimeTarget: number;
  /** Names for units (the synthetic root has none of its own). */
  nameOf: (unit: OkView['children'][number]['unit']) => string;
  rowsPerPage?: number;
};

const collator = new Intl.Collator('vi');

/**
 * Child units by on-time rate, best first. Equal rates share a rank (1, 2, 2, 4), so no unit is
 * shown below another that did exactly as well; among equals the one that resolved more comes first.
 */
export function rankByOnTimeRate(view: OkView, options: SlideOptions): RankingRow[] {
  const rated = view.children
    .filter((child) => child.figures.rowCount > 0 && child.figures.onTimeRate !== null)
    .map((child) => ({ child, rate: child.figures.onTimeRate as number }))
    .sort(
      (a, b) =>
        b.rate - a.rate ||
        b.child.figures.resolved - a.child.figures.resolved ||
        collator.compare(options.nameOf(a.child.unit), options.nameOf(b.child.unit)),
    );
  const rows: RankingRow[] = [];
  rated.forEach(({ child, rate }, index) => {
    const previous = rows[index - 1];
    rows.push({
      unitId: child.unit.id,
      name: options.nameOf(child.unit),
      rank: previous && previous.rate === rate ? previous.rank : index + 1,
      rate,
      belowTarget: rate < Math.round(options.onTimeTarget * 10),
      resolved: child.figures.resolved,
    });
  });
  return rows;
}

/**
 * Where the ranking's bars are drawn: from `floor` to 100%, the target inside. Each bar runs from the target to the
 * unit's rate, so what a bar shows is the distance to the target, the one thing that differs when every unit is
 * between 83% and 100%. The floor is the lowest rate shown rounded down to 5%, and at least 5% below the target.
 */
export function rankingScale(rates: readonly number[], targetTenths: number): { floor: number; at: (tenths: number) => number } {
  const lowest = Math.min(targetTenths - 50, ...rates);
  const floor = Math.max(0, Math.min(950, Math.floor(lowest / 50) * 50));
  return { floor, at: (tenths) => Math.max(0, Math.min(1, (tenths - floor) / (1000 - floor))) };
}

function trendRange(range: MonthRange, earliest: MonthIndex): MonthRange {
  return { from: Math.max(earliest, range.to - (TREND_MONTHS - 1)), to: range.to };
}

export function buildSlides(model: FeedModel, view: OkView, options: SlideOptions): Slide[] {
  const size = options.rowsPerPage ?? ROWS_PER_PAGE;
  const slides: Slide[] = [];
  // A period without a single row for this unit has nothing true to say in large numbers.
  if (view.figures.rowCount > 0) slides.push({ kind: 'summary', key: 'summary', figures: view.figures });

  // One slide, not a page per ten units: a citizen takes in the best and the furthest below target, not 103 names.
  const ranking = rankByOnTimeRate(view, options);
  if (ranking.length > 0) {
    const ends = Math.min(RANKING_ENDS, Math.floor(size / 2));
    const long = ranking.length > ends * 2;
    slides.push({
      kind: 'ranking',
      key: 'ranking',
      rows: long ? [...ranking.slice(0, ends), ...ranking.slice(-ends)] : ranking,
      unitsRanked: ranking.length,
      gapAfter: long ? ends - 1 : null,
    });
  }

  const withVolume = view.children.filter((child) => child.figures.received > 0 || child.figures.resolved > 0);
  if (withVolume.length > 0) {
    const rows = [...withVolume]
      .sort((a, b) => b.figures.received - a.figures.received || b.figures.resolved - a.figures.resolved)
      .slice(0, VOLUME_UNITS)
      .map((child) => ({
        unitId: child.unit.id,
        name: options.nameOf(child.unit),
        received: child.figures.received,
        resolved: child.figures.resolved,
      }));
    slides.push({ kind: 'volume', key: 'volume', rows, unitsWithData: withVolume.length });
  }

  if (model.months) {
    const range = trendRange(view.resolved.range, model.months.earliest);
    const points = monthlyTrend(model, view.unit.id, range);
    // One month is a number, not a trend.
    if (points.filter((point) => point.figures.rowCount > 0).length >= 2) slides.push({ kind: 'trend', key: 'trend', points, range });
  }

  const overdue = view.children
    .filter((child) => child.figures.pendingOverdue > 0)
    .sort((a, b) => b.figures.pendingOverdue - a.figures.pendingOverdue || collator.compare(options.nameOf(a.unit), options.nameOf(b.unit)))
    .map((child) => ({
      unitId: child.unit.id,
      name: options.nameOf(child.unit),
      overdue: child.figures.pendingOverdue,
      pending: child.figures.pending,
    }));
  const totalOverdue = overdue.reduce((sum, row) => sum + row.overdue, 0);
  // The most overdue, one slide; the heading counts them all.
  if (overdue.length > 0)
    slides.push({ kind: 'overdue', key: 'overdue', rows: overdue.slice(0, size), unitsWithOverdue: overdue.length, totalOverdue });

  // A document by field, on every field: the fields with the most overdue, then due-soon, dossiers of this unit.
  if (model.hasFields && model.fieldId === null) {
    const fields = fieldBreakdown(model, view.unit.id, view.resolved.range)
      .filter((row) => row.figures.pendingOverdue > 0 || row.figures.pendingDueSoon > 0)
      .map((row) => ({
        fieldId: row.field.id,
        name: row.field.name,
        overdue: row.figures.pendingOverdue,
        dueSoon: row.figures.pendingDueSoon,
      }))
      .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon);
    if (fields.length > 0)
      slides.push({
        kind: 'fields',
        key: 'fields',
        rows: fields.slice(0, size),
        fieldsShown: fields.length,
        totalOverdue: fields.reduce((sum, row) => sum + row.overdue, 0),
        totalDueSoon: fields.reduce((sum, row) => sum + row.dueSoon, 0),
      });
  }
  return slides;
}

/**
 * The rotation's order: the summary (the headline sentence) again after every few slides, so that it comes back at
 * least once every HEADLINE_EVERY_SECONDS at `rotateSeconds` a slide. Each repeat has a key of its own ("summary-2"),
 * since the rotation moves by key.
 */
export function rotationOrder(slides: readonly Slide[], rotateSeconds: number): Slide[] {
  const [first, ...others] = slides;
  if (!first || first.kind !== 'summary' || others.length === 0) return [...slides];
  // Slides between two headlines: the headline starts again at most HEADLINE_EVERY_SECONDS after it last started.
  const between = Math.max(1, Math.floor(HEADLINE_EVERY_SECONDS / rotateSeconds) - 1);
  const order: Slide[] = [];
  others.forEach((slide, index) => {
    if (index % between === 0) order.push(index === 0 ? first : { ...first, key: `summary-${index / between + 1}` });
    order.push(slide);
  });
  return order;
}

/** The slide on screen: the chosen one while it exists, else the first (a new document may have fewer pages). */
export function currentSlideIndex(keys: readonly string[], current: string | null): number {
  const index = current === null ? -1 : keys.indexOf(current);
  return index === -1 ? 0 : index;
}

/** The slide after the one on screen, wrapping round; null when there is nothing to show. */
export function nextSlideKey(keys: readonly string[], current: string | null): string | null {
  if (keys.length === 0) return null;
  return keys[(currentSlideIndex(keys, current) + 1) % keys.length] ?? null;
}
