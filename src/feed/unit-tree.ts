// The unit tree of a document: its nodes, a parentId cycle (refused whole), the links from children to parents with
// orphans flagged and several roots under one synthetic root, and the bottom-up order roll-ups walk.
import type { Unit } from './feed-schema';
import { ALL_UNITS_ID, type UnitFlag, type UnitNode } from './feed-model';

/** A literal rather than a spread of `unit`, for the same reason as parse-feed's indexRow: the tree is walked on every roll-up. */
export function toNode(unit: Unit, searchText: (text: string) => string): UnitNode {
  const node: UnitNode = {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    treeParentId: null,
    childIds: [],
    depth: 0,
    searchText: searchText(`${unit.name} ${unit.shortName ?? ''} ${unit.id}`),
  };
  // Optional fields stay absent when the publisher left them out, as readUnit hands them over.
  if (unit.shortName !== undefined) node.shortName = unit.shortName;
  if (unit.parentId !== undefined) node.parentId = unit.parentId;
  return node;
}

/** Finds a parentId cycle; such a document has no tree to show and is refused. */
export function findCycle(units: Map<string, UnitNode>): string[] | null {
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of units.keys()) {
    const path: string[] = [];
    let id: string | null | undefined = start;
    while (id && units.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'walking') return path.slice(path.indexOf(id));
      state.set(id, 'walking');
      path.push(id);
      id = units.get(id)?.parentId;
    }
    for (const walked of path) state.set(walked, 'done');
  }
  return null;
}

/** Links children to parents. Several roots (a national feed) hang under one synthetic "all units" root. */
export function linkTree(units: Map<string, UnitNode>, flag: (unitId: string, unitFlag: UnitFlag) => void): string {
  const roots: string[] = [];
  const orphans: string[] = [];
  for (const unit of units.values()) {
    if (unit.parentId === undefined || unit.parentId === null || unit.parentId === '') roots.push(unit.id);
    else if (!units.has(unit.parentId)) {
      orphans.push(unit.id);
      flag(unit.id, { code: 'orphan', parentId: unit.parentId });
    }
  }
  let rootId: string;
  if (roots.length === 1 && roots[0] !== undefined) {
    rootId = roots[0];
  } else {
    rootId = ALL_UNITS_ID;
    while (units.has(rootId)) rootId = `${rootId}_`;
    units.set(rootId, { ...toNode({ id: rootId, name: 'Tất cả đơn vị', kind: 'national' }, () => ''), searchText: '', synthetic: true });
  }
  for (const unit of units.values()) {
    if (unit.id === rootId) continue;
    const parentId = unit.parentId && units.has(unit.parentId) ? unit.parentId : rootId;
    unit.treeParentId = parentId;
    units.get(parentId)?.childIds.push(unit.id);
  }
  return rootId;
}

export function postOrder(units: Map<string, UnitNode>, rootId: string): string[] {
  const order: string[] = [];
  const stack: Array<{ id: string; depth: number; expanded: boolean }> = [{ id: rootId, depth: 0, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop() as { id: string; depth: number; expanded: boolean };
    const unit = units.get(top.id);
    if (!unit) continue;
    if (top.expanded) {
      order.push(top.id);
      continue;
    }
    unit.depth = top.depth;
    stack.push({ ...top, expanded: true });
    for (const childId of unit.childIds) stack.push({ id: childId, depth: top.depth + 1, expanded: false });
  }
  return order;
}
