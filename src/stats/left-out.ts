// How many of the rows a document left out a unit's figures would have counted: what makes them partial.
import type { FeedModel } from '../feed/feed-model';

/**
 * Left-out rows of the unit and of every unit below it. At the root, every left-out row counts: a row whose unit is
 * unknown or unreadable belongs somewhere under it, and only the root's totals are sure to miss it.
 */
export function rowsLeftOutUnder(model: FeedModel, unitId: string, fieldId?: string | null): number {
  const all = model.quality.rowsLeftOut;
  // For one field: the left-out rows that named it (a row of an unknown field belongs to no field shown).
  const leftOut = fieldId === null || fieldId === undefined ? all : all.filter((row) => row.fieldId === fieldId);
  if (unitId === model.rootId) return leftOut.length;
  let count = 0;
  for (const row of leftOut) {
    for (let id: string | null = row.unitId; id !== null; id = model.units.get(id)?.treeParentId ?? null) {
      if (id === unitId) {
        count += 1;
        break;
      }
    }
  }
  return count;
}
