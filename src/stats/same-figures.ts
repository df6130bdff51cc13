// Equality by value of figures, rows and trends: a poll that brings a new document re-renders only the parts whose figures changed.
import type { UnitFigures } from './figures';
import type { TrendPoint } from './roll-up';
import type { ChildFigures } from './unit-period-figures';

// Written as a record so that a figure added to UnitFigures and not here fails the type check.
const FIGURE_KEYS = Object.keys({
  carriedOver: true,
  receivedOnline: true,
  receivedDirect: true,
  receivedPostal: true,
  resolvedEarly: true,
  resolvedOnTime: true,
  resolvedLate: true,
  returned: true,
  pendingWithinDeadline: true,
  pendingOverdue: true,
  pendingDueSoon: true,
  resolvedMinutes: true,
  rowCount: true,
  received: true,
  toProcess: true,
  resolved: true,
  pending: true,
  onTimeRate: true,
  onlineRate: true,
  progressRate: true,
  averageDays: true,
} satisfies Record<keyof UnitFigures, true>) as Array<keyof UnitFigures>;

export function sameFigures(a: UnitFigures, b: UnitFigures): boolean {
  if (a === b) return true;
  for (const key of FIGURE_KEYS) if (a[key] !== b[key]) return false;
  return true;
}

/** The same unit as a row shows it (a new document brings new unit objects) with the same figures. */
export function sameChildFigures(a: ChildFigures, b: ChildFigures): boolean {
  if (a === b) return true;
  return (
    a.unit.id === b.unit.id &&
    a.unit.name === b.unit.name &&
    a.unit.kind === b.unit.kind &&
    a.unit.treeParentId === b.unit.treeParentId &&
    a.unit.childIds.length === b.unit.childIds.length &&
    sameFigures(a.figures, b.figures)
  );
}

export function sameRows(a: readonly ChildFigures[], b: readonly ChildFigures[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!sameChildFigures(a[i]!, b[i]!)) return false;
  return true;
}

export function sameTrend(a: readonly TrendPoint[], b: readonly TrendPoint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i]!.month !== b[i]!.month || !sameFigures(a[i]!.figures, b[i]!.figures)) return false;
  return true;
}
