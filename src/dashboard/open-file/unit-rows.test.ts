import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedDocumentJson, UnitsList } from '../../dossiers/build-feed';
import { buildFromCsvText } from '../../dossiers/build-from-export';
import { parseFeedDocument } from '../../feed/parse-feed';
import { periodFigures } from '../../stats/roll-up';
import { fieldsRefused, unitRows } from './unit-rows';

const example = (name: string) => readFileSync(new URL(`../../../docs/examples/dossiers/${name}`, import.meta.url), 'utf8');
const units = JSON.parse(example('units.json')) as UnitsList;
const built = buildFromCsvText(units, { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01' }, example('dossiers.csv'));

function modelOf(document: FeedDocumentJson) {
  const parsed = parseFeedDocument(document);
  if (!parsed.ok) throw new Error('refused');
  return parsed.model;
}

describe('unitRows', () => {
  it('sums each unit and month over its fields, so every count of the unit is the sum of its field rows', () => {
    const document = unitRows(built.document);
    expect(document.fields).toBeUndefined();
    expect(document.leftOut).toEqual(built.document.leftOut);
    const sum = (rows: FeedDocumentJson['stats'], name: 'receivedDirect' | 'pendingOverdue' | 'carriedOver') =>
      rows.reduce((total, row) => total + row[name], 0);
    for (const name of ['receivedDirect', 'pendingOverdue', 'carriedOver'] as const) {
      expect(sum(document.stats, name)).toBe(sum(built.document.stats, name));
    }
    const keys = document.stats.map((row) => `${row.unitId}|${row.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(document.stats.every((row) => !('fieldId' in row))).toBe(true);
  });

  it('is needed only while the engine refuses field rows as duplicates, and then leaves none out', () => {
    const asBuilt = modelOf(built.document);
    const summed = modelOf(unitRows(built.document));
    expect(fieldsRefused(unitRows(built.document), summed)).toBe(false);
    expect(summed.quality.rowsLeftOut).toEqual([]);
    if (fieldsRefused(built.document, asBuilt)) {
      // The engine reads no fields yet: the summed document gives the province every dossier the builder kept.
      const range = { from: summed.months!.earliest, to: summed.months!.latest };
      const province = periodFigures(summed, range).get('P1');
      const received = built.document.stats.reduce((total, row) => total + row.receivedOnline + row.receivedDirect + row.receivedPostal, 0);
      expect(province?.received).toBe(received);
    }
  });
});
