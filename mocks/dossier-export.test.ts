// The synthetic Cần Thơ export: seeded, every state and kind of bad line present, and what the demo ships is what it makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromCsvText } from '../src/dossiers/build-from-export';
import { FIELDS } from './data/fields';
import { canThoUnitsList, dossierExportLines } from './dossier-export';

const options = {
  count: 3000,
  fromMs: Date.parse('2025-01-01T00:00:00+07:00'),
  asOfMs: Date.parse('2026-11-30T17:00:00+07:00'),
  badShare: 0.02,
  updateShare: 0.03,
  names: true,
};

describe('the synthetic dossier export', { timeout: 30_000 }, () => {
  const units = canThoUnitsList();
  const lines = [...dossierExportLines(units, options)];

  it('is the same for the same seed, and another for another seed', () => {
    expect([...dossierExportLines(units, options)]).toEqual(lines);
    expect([...dossierExportLines(units, { ...options, seed: 7 })]).not.toEqual(lines);
  });

  it('has Cần Thơ with about 30 fields, every state, and builds with its bad lines left out', () => {
    expect(units.units[0]).toMatchObject({ id: '92', name: 'Thành phố Cần Thơ' });
    expect(FIELDS.length).toBeGreaterThanOrEqual(30);
    const states = new Set(lines.slice(1).map((line) => line.split(',')[6]));
    expect([...states].sort()).toEqual(['cho_bo_sung', 'da_xu_ly', 'dang_xu_ly', 'tra_lai']);
    const { report, document } = buildFromCsvText(units, { generatedAt: '2026-11-30T17:00:00+07:00' }, lines.join('\n'));
    expect(report.read).toBe(lines.length - 1);
    expect(report.replaced).toBeGreaterThan(0);
    expect(report.leftOut.map((group) => group.reason).sort()).toEqual([
      'a required value is missing',
      'a time cannot be read',
      'ngayKetThuc before ngayTiepNhan',
      'unknown donVi',
      'unknown kenh',
    ]);
    expect(report.kept + report.replaced + report.leftOut.reduce((sum, g) => sum + g.count, 0)).toBe(report.read);
    const text = JSON.stringify(document);
    const citizens = new Set(lines.slice(1).map((line) => line.split(',')[11] as string));
    expect(citizens.size).toBeGreaterThan(100);
    for (const name of [...citizens, 'hoTenNguoiNop']) expect(text).not.toContain(name);
  });

  it('is what public/demo ships (npm run demo:dossiers writes it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../public/demo/can-tho-units.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(units);
    const csv = readFileSync(new URL('../public/demo/can-tho-dossiers.csv', import.meta.url), 'utf8');
    expect(csv.split('\n')[0]).toBe(lines[0]);
  });
});
