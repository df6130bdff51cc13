// A document's own `leftOut` (FEED.md: what the publisher could not count) reaches the model for the data-quality panel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument, parseFeedText } from './parse-feed';

const exampleText = readFileSync(new URL('../../docs/examples/dossiers/expected-feed.json', import.meta.url), 'utf8');

function modelOf(json: unknown) {
  const result = parseFeedDocument(json);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.model;
}

const base = {
  schema: 'tthc-feed/1',
  generatedAt: '2026-03-15T10:00:00+07:00',
  units: [{ id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' }],
  stats: [],
};

describe('a document’s leftOut', () => {
  it('carries every line and reason of the shared dossier example', () => {
    const result = parseFeedText(exampleText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const written = (JSON.parse(exampleText) as { leftOut: { line: number; reason: string }[] }).leftOut;
    expect(result.model.quality.recordsLeftOut).toEqual(written.map(({ line, reason }) => ({ line, reason, count: 1 })));
    expect(result.model.quality.recordsLeftOut).toContainEqual({ line: 19, reason: "unknown kenh 'fax'", count: 1 });
  });

  it('takes a count per reason where a builder stopped listing lines', () => {
    const model = modelOf({
      ...base,
      leftOut: [
        { line: 4, reason: 'unknown donVi' },
        { reason: 'a time after generatedAt', count: 1500 },
      ],
    });
    expect(model.quality.recordsLeftOut).toEqual([
      { line: 4, reason: 'unknown donVi', count: 1 },
      { line: null, reason: 'a time after generatedAt', count: 1500 },
    ]);
  });

  it('skips entries that say nothing, and is empty when the document has no leftOut', () => {
    const model = modelOf({ ...base, leftOut: [null, 7, { line: 3 }, { line: -2, reason: '  ' }, { line: 2.5, reason: 'x', count: 0 }] });
    expect(model.quality.recordsLeftOut).toEqual([{ line: null, reason: 'x', count: 1 }]);
    expect(modelOf(base).quality.recordsLeftOut).toEqual([]);
    expect(modelOf({ ...base, leftOut: 'none' }).quality.recordsLeftOut).toEqual([]);
  });
});
