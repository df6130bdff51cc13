// Node benchmark: parse + validate + index of the national document against a plain JSON.parse of the same bytes, same run.
// Prints a table; the ratio is the figure that holds on any machine. Run: npx tsx scripts/bench-engine.ts [runs]
import { performance } from 'node:perf_hooks';
import { generateNationalFeed } from '../mocks/national-feed';
import { parseFeedText } from '../src/feed/parse-feed';
import { parsePeriod, resolvePeriod } from '../src/stats/period';
import { rollUp } from '../src/stats/roll-up';

const runs = Number(process.argv[2] ?? 7);
const text = JSON.stringify(generateNationalFeed({ now: new Date('2026-11-26T09:40:00Z') }));

function measure(run: () => unknown): { median: number; min: number; max: number } {
  run(); // warm-up: the first call pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times[times.length - 1]! };
}

const jsonParse = measure(() => JSON.parse(text));
const engine = measure(() => {
  const result = parseFeedText(text);
  if (!result.ok) throw new Error('national document refused');
});
const parsed = parseFeedText(text);
if (!parsed.ok) throw new Error('refused');
const model = parsed.model;
const range = resolvePeriod(parsePeriod('ytd')!, model.months);
if (!range.hasMonths) throw new Error('no months');
const rollup = measure(() => rollUp(model, range.range));

const row = (name: string, m: { median: number; min: number; max: number }) =>
  `${name.padEnd(44)} ${m.median.toFixed(1).padStart(8)} ${m.min.toFixed(1).padStart(8)} ${m.max.toFixed(1).padStart(8)}`;
console.log(
  `national document: ${(text.length / 1e6).toFixed(1)} MB, ${model.units.size - 1} units, ${model.quality.rowsKept} rows; ${runs} runs, ms`,
);
console.log(`${'step'.padEnd(44)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
console.log(row('JSON.parse', jsonParse));
console.log(row('parseFeedText (JSON.parse + validate + index)', engine));
console.log(row('roll-up of every unit for ytd', rollup));
console.log(`ratio parseFeedText / JSON.parse: ${(engine.median / jsonParse.median).toFixed(2)}×`);
