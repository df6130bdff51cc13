// What a page shows for a (unit, period) choice: the unit, its path from the root, its figures and its children's.
import type { FeedModel, UnitNode } from '../feed/feed-model';
import type { UnitFigures } from './figures';
import { resolvePeriod, type MonthRange, type Period, type ResolvedPeriod } from './period';
import { periodFigures } from './roll-up';

export type ChildFigures = { unit: UnitNode; figures: UnitFigures };

export type UnitPeriodFigures =
  | { status: 'unknown-unit'; unitId: string }
  | { status: 'no-months'; unit: UnitNode; path: UnitNode[]; resolved: ResolvedPeriod }
  | {
      status: 'ok';
      unit: UnitNode;
      path: UnitNode[];
      resolved: Extract<ResolvedPeriod, { hasMonths: true }>;
      figures: UnitFigures;
      children: ChildFigures[];
    };

export function unitPath(model: FeedModel, unit: UnitNode): UnitNode[] {
  const path: UnitNode[] = [];
  for (let node: UnitNode | undefined = unit; node; node = node.treeParentId ? model.units.get(node.treeParentId) : undefined) {
    path.unshift(node);
  }
  return path;
}

/** `fieldId` null or absent: every field. An unknown field gives figures with rowCount 0 (check findField first). */
export function unitPeriodFigures(model: FeedModel, unitId: string | null, period: Period, fieldId?: string | null): UnitPeriodFigures {
  const id = unitId ?? model.rootId;
  const unit = model.units.get(id);
  if (!unit) return { status: 'unknown-unit', unitId: id };
  const path = unitPath(model, unit);
  const resolved = resolvePeriod(period, model.months);
  if (!resolved.hasMonths) return { status: 'no-months', unit, path, resolved };
  const all = periodFigures(model, resolved.range, fieldId);
  const figures = all.get(id);
  if (!figures) return { status: 'unknown-unit', unitId: id };
  const children: ChildFigures[] = [];
  for (const childId of unit.childIds) {
    const child = model.units.get(childId);
    const childFigures = all.get(childId);
    if (child && childFigures) children.push({ unit: child, figures: childFigures });
  }
  return { status: 'ok', unit, path, resolved, figures, children };
}

/** Every unit below `unitId` (not the unit itself) with its figures, in tree order: "all communes of the country". */
export function descendantFigures(model: FeedModel, unitId: string, range: MonthRange, fieldId?: string | null): ChildFigures[] {
  const all = periodFigures(model, range, fieldId);
  const rows: ChildFigures[] = [];
  const stack = [...(model.units.get(unitId)?.childIds ?? [])].reverse();
  while (stack.length > 0) {
    const unit = model.units.get(stack.pop() as string);
    if (!unit) continue;
    const figures = all.get(unit.id);
    if (figures) rows.push({ unit, figures });
    for (let i = unit.childIds.length - 1; i >= 0; i -= 1) stack.push(unit.childIds[i] as string);
  }
  return rows;
}
