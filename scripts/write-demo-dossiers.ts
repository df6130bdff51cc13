// Writes a synthetic dossier export of Thành phố Cần Thơ and its units list (npm run demo:dossiers [folder]),
// so the command and the dashboard's "Mở tệp" can be tried at once:
//   npm run feed:build -- --units public/demo/can-tho-units.json --dossiers public/demo/can-tho-dossiers.csv --out -
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canThoUnitsList, dossierExportLines } from '../mocks/dossier-export';

const folder = resolve(process.argv[2] ?? 'public/demo');
// Fixed dates, so the same files come out on every machine and every day.
const AS_OF = Date.parse('2026-11-30T17:00:00+07:00');
const FROM = Date.parse('2025-01-01T00:00:00+07:00');

const units = canThoUnitsList();
const lines = [...dossierExportLines(units, { count: 4000, fromMs: FROM, asOfMs: AS_OF, badShare: 0.01, updateShare: 0.03, names: true })];
mkdirSync(folder, { recursive: true });
const csvPath = join(folder, 'can-tho-dossiers.csv');
const unitsPath = join(folder, 'can-tho-units.json');
writeFileSync(csvPath, `${lines.join('\n')}\n`);
writeFileSync(unitsPath, `${JSON.stringify(units, null, 2)}\n`);
console.log(`${csvPath}: ${lines.length - 1} records`);
console.log(`${unitsPath}: ${units.units.length} units, ${units.fields?.length ?? 0} fields`);
console.log(`try: npm run feed:build -- --units ${unitsPath} --dossiers ${csvPath} --out -`);
