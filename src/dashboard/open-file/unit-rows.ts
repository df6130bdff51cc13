// A built document by field, summed to one row per unit and month, for as long as the dashboard's engine reads no
// fields (FEED.md "Fields", issue 12): it would otherwise refuse every second field's row of a unit and month as a
// duplicate. Every count of a row adds up over fields (stocks and flows alike), so the unit figures are the same.
import type { FeedDocumentJson } from '../../dossiers/build-feed';
import type { FeedModel } from '../../feed/feed-model';

/** The engine read this document's field rows as duplicates: it does not know fields. */
export function fieldsRefused(document: FeedDocumentJson, model: FeedModel): boolean {
  return (
    document.fields !== undefined && model.quality.rowsLeftOut.some((row) => row.problems.some((problem) => problem.code === 'duplicate'))
  );
}

export function unitRows(document: FeedDocumentJson): FeedDocumentJson {
  const rows = new Map<string, Record<string, number | string>>();
  for (const { fieldId: _fieldId, ...row } of document.stats) {
    const key = `${row.unitId}|${row.month}`;
    const sum = rows.get(key);
    if (!sum) {
      rows.set(key, { ...row });
      continue;
    }
    for (const [name, value] of Object.entries(row)) {
      if (typeof value === 'number') sum[name] = ((sum[name] as number | undefined) ?? 0) + value;
    }
  }
  const { fields: _fields, ...rest } = document;
  return { ...rest, stats: [...rows.values()] as FeedDocumentJson['stats'] };
}
