// One field's part of a document by field (FEED.md "Fields"): a model of the same shape holding only that field's rows,
// so every figure function of stats/ answers for one field with the code it answers for all of them.
import type { FeedField, FeedModel, IndexedRow } from './feed-model';

const views = new WeakMap<FeedModel, Map<string, FeedModel>>();

/** The catalogue entry of a field id; undefined when the document has no such field (or no fields). */
export function findField(model: FeedModel, fieldId: string): FeedField | undefined {
  return (model.whole ?? model).fieldsById.get(fieldId);
}

/**
 * The model of one field: every unit's series of that field, the whole document's units, months and data quality.
 * null is every field (the whole document); undefined is the model as given, so a page may hand a one-field view to
 * every figure function and have each answer for that field. A field the catalogue does not list gives a model with
 * no rows, so its figures say "no data", never another field's numbers. Made once per document and field.
 */
export function forField(model: FeedModel, fieldId: string | null | undefined): FeedModel {
  if (fieldId === undefined) return model;
  const whole = model.whole ?? model;
  if (fieldId === null) return whole;
  let perField = views.get(whole);
  if (!perField) {
    perField = new Map();
    views.set(whole, perField);
  }
  let view = perField.get(fieldId);
  if (!view) {
    const rowsByUnit = new Map<string, IndexedRow[]>();
    const seriesByUnit = new Map<string, IndexedRow[][]>();
    if (whole.fieldsById.has(fieldId)) {
      for (const [unitId, series] of whole.seriesByUnit) {
        for (const rows of series) {
          if (rows[0]?.fieldId !== fieldId) continue;
          rowsByUnit.set(unitId, rows);
          seriesByUnit.set(unitId, [rows]);
          break;
        }
      }
    }
    view = { ...whole, rowsByUnit, seriesByUnit, fieldId, whole };
    perField.set(fieldId, view);
  }
  return view;
}
