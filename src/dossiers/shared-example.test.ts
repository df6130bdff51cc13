// The shared example (../shared/examples/dossiers/): the export, built by DOSSIERS.md's rules, gives the expected document.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitsList } from './build-feed';
import { buildFromCsvText } from './build-from-export';
import { comparableFeed } from './test-export';

const REPO = resolve(import.meta.dirname, '../..');
/** ../shared beside the repository (CI checks it out there); SHARED_DIR when a checkout keeps it elsewhere. */
const SHARED = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(REPO, '../shared');
const EXAMPLE_DIR = join(SHARED, 'examples/dossiers');

const example = (name: string): string => readFileSync(join(EXAMPLE_DIR, name), 'utf8');

describe('the shared example of DOSSIERS.md', () => {
  const units = JSON.parse(example('units.json')) as UnitsList;
  const expected = JSON.parse(example('expected-feed.json')) as Record<string, unknown>;
  const { document, report } = buildFromCsvText(
    units,
    { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01' },
    example('dossiers.csv'),
  );

  it('gives exactly the expected document, row order and all-zero rows aside', () => {
    expect(comparableFeed(JSON.parse(JSON.stringify(document)))).toEqual(comparableFeed(expected));
  });

  it('differs when a rule is judged otherwise: the comparison can fail', () => {
    const other = buildFromCsvText(
      units,
      { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01', dueSoonDays: 1 },
      example('dossiers.csv'),
    );
    expect(comparableFeed(JSON.parse(JSON.stringify(other.document)))).not.toEqual(comparableFeed(expected));
  });

  it('names its rule set and due-soon days in meta', () => {
    expect(document.meta).toEqual({ rules: 'tthc-dossiers/1', dueSoonDays: 2 });
  });

  it('reports what it read, kept, replaced and left out', () => {
    expect(report.read).toBe(25);
    expect(report.kept).toBe(17);
    expect(report.replaced).toBe(1);
    expect(report.leftOut.reduce((sum, group) => sum + group.count, 0)).toBe(7);
    expect(report.leftOut.find((group) => group.reason === 'unknown kenh')).toEqual({
      reason: 'unknown kenh',
      count: 1,
      firstLines: [19],
    });
  });

  it('never copies a column it does not know: the citizens’ names stay out', () => {
    const text = JSON.stringify(document);
    expect(example('dossiers.csv')).toContain('Nguyễn Văn A');
    for (const name of ['Nguyễn Văn A', 'Cao Thị R', 'Bad Channel', 'hoTenNguoiNop']) expect(text).not.toContain(name);
  });
});
