// A national (or regional) view made of provinces' own documents (FEED.md "Federation"): one model whose root is the
// index, each province's tree under it, the provinces' rows as they are. The figures are the same as the provinces' own:
// rows are shared, never re-summed, and the roll-up of stats/ adds the provinces up the way it adds communes up.
import {
  ALL_UNITS_ID,
  type Federation,
  type FederationPart,
  type FeedField,
  type FeedModel,
  type IndexedRow,
  type UnitFlag,
  type UnitNode,
} from './feed-model';
import { foldForSearch } from './search-text';
import { postOrder } from './unit-tree';

export type ProvinceDocument = {
  /** The index entry's id ("92"). */
  feedId: string;
  /** The index entry's name, used when the document's own top unit is not the province. */
  name: string;
  model: FeedModel;
  full: boolean;
};

/**
 * The top units of a province's document to hang under the national root: the unit that carries the entry's id when the
 * document has it below a parent of its own (a document that also lists the nation: the parent is not counted twice),
 * else the document's root, else the roots under its synthetic "all units".
 */
function provinceRoots(part: ProvinceDocument): string[] {
  const { model, feedId } = part;
  const own = model.units.get(feedId);
  // Only below a real parent (the nation the document also lists): beside other top units under the app's synthetic
  // root, the province's id names one of several tops, and the others are the province's too.
  const parent = own?.treeParentId ? model.units.get(own.treeParentId) : undefined;
  if (own && parent && !parent.synthetic) return [feedId];
  const root = model.units.get(model.rootId);
  if (root?.synthetic) return [...root.childIds];
  return [model.rootId];
}

function subtree(model: FeedModel, rootIds: readonly string[]): string[] {
  const ids: string[] = [];
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    ids.push(id);
    for (const childId of model.units.get(id)?.childIds ?? []) stack.push(childId);
  }
  return ids;
}

/** A root id no province uses. */
function freeRootId(parts: readonly ProvinceDocument[]): string {
  let id = ALL_UNITS_ID;
  while (parts.some((part) => part.model.units.has(id))) id = `${id}_`;
  return id;
}

/**
 * One model of several provinces' documents, in the given order, under a root named `name`. A province one of whose unit
 * ids another province (earlier in the list) already uses is left out whole and named in `federation.clashes`: merging it
 * would put two units' rows under one id. The provinces' models are not changed.
 */
export function federate(name: string, parts: readonly ProvinceDocument[], listed: number = parts.length): FeedModel {
  const rootId = freeRootId(parts);
  const root: UnitNode = {
    id: rootId,
    name,
    kind: 'national',
    parentId: null,
    treeParentId: null,
    childIds: [],
    depth: 0,
    searchText: foldForSearch(name),
  };
  const units = new Map<string, UnitNode>([[rootId, root]]);
  const rowsByUnit = new Map<string, IndexedRow[]>();
  const seriesByUnit = new Map<string, IndexedRow[][]>();
  const flagsByUnit = new Map<string, UnitFlag[]>();
  const fieldsById = new Map<string, FeedField>();
  const federation: Federation = { name, parts: [], listed, feedOfUnit: new Map(), clashes: [] };
  const quality: FeedModel['quality'] = {
    rowsKept: 0,
    recordsLeftOut: [],
    rowsLeftOut: [],
    unitsLeftOut: [],
    unitsTouched: [],
    flagsByUnit,
  };
  let earliest = Infinity;
  let latest = -Infinity;
  let newest: FederationPart | null = null;
  const carries = { pendingDueSoon: false, resolvedMinutes: false };
  let meta: FeedModel['meta'] | null = null;

  for (const part of parts) {
    const { model } = part;
    const rootIds = provinceRoots(part);
    const ids = subtree(model, rootIds);
    const clash = ids.find((id) => units.has(id));
    if (clash !== undefined) {
      federation.clashes.push({ feedId: part.feedId, otherFeedId: federation.feedOfUnit.get(clash) ?? '', unitId: clash });
      continue;
    }
    const tops = new Set(rootIds);
    for (const id of ids) {
      const node = model.units.get(id) as UnitNode;
      const top = tops.has(id);
      units.set(id, { ...node, childIds: [...node.childIds], treeParentId: top ? rootId : node.treeParentId });
      if (top) root.childIds.push(id);
      federation.feedOfUnit.set(id, part.feedId);
      const rows = model.rowsByUnit.get(id);
      if (rows) rowsByUnit.set(id, rows);
      const series = model.seriesByUnit.get(id);
      if (series) seriesByUnit.set(id, series);
      // A province's top unit names a parent its document does not carry (the nation): under the index it has one.
      const flags = model.quality.flagsByUnit.get(id)?.filter((flag) => !(top && flag.code === 'orphan'));
      if (flags && flags.length > 0) flagsByUnit.set(id, flags);
    }
    quality.rowsKept += model.quality.rowsKept;
    quality.recordsLeftOut.push(...model.quality.recordsLeftOut);
    quality.rowsLeftOut.push(...model.quality.rowsLeftOut);
    quality.unitsLeftOut.push(...model.quality.unitsLeftOut);
    quality.unitsTouched.push(...model.quality.unitsTouched);
    if (model.months) {
      earliest = Math.min(earliest, model.months.earliest);
      latest = Math.max(latest, model.months.latest);
    }
    for (const field of model.fields) if (!fieldsById.has(field.id)) fieldsById.set(field.id, field);
    if (model.carries.pendingDueSoon) carries.pendingDueSoon = true;
    if (model.carries.resolvedMinutes) carries.resolvedMinutes = true;
    if (meta === null || (model.hasFields && meta.dueSoonDays === null)) meta = model.meta;
    const entry: FederationPart = {
      feedId: part.feedId,
      name: rootIds.length === 1 ? (model.units.get(rootIds[0] as string)?.name ?? part.name) : part.name,
      rootIds,
      generatedAt: model.generatedAt,
      generatedAtMs: model.generatedAtMs,
      full: part.full,
    };
    federation.parts.push(entry);
    if (newest === null || entry.generatedAtMs > newest.generatedAtMs) newest = entry;
  }

  const hasFields = fieldsById.size > 0;
  return {
    // The newest document's time: each province's own is in `federation.parts`, and the pages say the oldest and the newest.
    generatedAt: newest?.generatedAt ?? new Date(0).toISOString(),
    generatedAtMs: newest?.generatedAtMs ?? 0,
    source: { name },
    units,
    rootId,
    postOrder: postOrder(units, rootId),
    rowsByUnit,
    seriesByUnit,
    months: earliest <= latest ? { earliest, latest } : null,
    quality,
    hasFields,
    fields: [...fieldsById.values()],
    fieldsById,
    meta: meta ?? { dueSoonDays: null, rules: null },
    carries,
    fieldId: null,
    whole: null,
    federation,
  };
}

/** The oldest and the newest `generatedAt` of a national view's provinces; null on one document or none. */
export function federationTimes(model: FeedModel): { oldestMs: number; newestMs: number; count: number } | null {
  const parts = (model.whole ?? model).federation?.parts;
  if (!parts || parts.length === 0) return null;
  let oldestMs = Infinity;
  let newestMs = -Infinity;
  for (const part of parts) {
    oldestMs = Math.min(oldestMs, part.generatedAtMs);
    newestMs = Math.max(newestMs, part.generatedAtMs);
  }
  return { oldestMs, newestMs, count: parts.length };
}
