// Writes the simulated national feed (npm run demo:national [path]); default public/demo/national.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateNationalFeed } from '../mocks/national-feed';

const target = resolve(process.argv[2] ?? 'public/demo/national.json');

const started = performance.now();
const feed = generateNationalFeed({ now: new Date() });
const generated = performance.now();
const json = JSON.stringify(feed);
const serialised = performance.now();

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, json);

const mb = Buffer.byteLength(json) / (1024 * 1024);
console.log(`${target}`);
console.log(`  ${feed.stats.length} rows, ${feed.units.length} units, ${mb.toFixed(1)} MB`);
console.log(`  generated in ${(generated - started).toFixed(0)} ms, serialised in ${(serialised - generated).toFixed(0)} ms`);
