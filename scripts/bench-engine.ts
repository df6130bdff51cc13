// Node benchmark: parse + validate + index of the national document against a plain JSON.parse of the same bytes, same run.
// The ratio is the figure that holds on any machine. Run alone: npx tsx scripts/bench-engine.ts [runs]; npm run bench uses benchEngine().
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateNationalFeed } from '../mocks/national-feed';
import { parseFeedText } from '../src/feed/parse-feed';
import { parsePeriod, resolvePeriod } from '../src/stats/period';
import { rollUp } from '../src/stats/roll-up';
import { spread, type Spread } from './bench-figures';

export type EngineFigures = {
  bytes: number;
  units: number;
  rows: number;
  jsonParse: Spread;
  parseFeedText: Spread;
  rollUp: Spread;
  /** parseFeedText's median over JSON.parse's: the machine-independent figure. */
  ratio: number;
};

/** The national document as the benchmarks serve it: fixed clock, so every run and machine sees the same bytes. */
export function nationalDocumentText(): string {
  return JSON.stringify(generateNationalFeed({ now: new Date('2026-11-26T09:40:00Z') }));
}

function measure(runs: number, run: () => unknown): Spread {
  run(); // warm-up: the first call pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return spread(times);
}

export function benchEngine(runs: number, text = nationalDocumentText()): EngineFigures {
  // Interleaved rather than one after the other, so a noisy moment on the machine weighs on both sides alike.
  const jsonTimes: number[] = [];
  const engineTimes: number[] = [];
  measure(1, () => JSON.parse(text));
  measure(1, () => parseFeedText(text));
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    JSON.parse(text);
    jsonTimes.push(performance.now() - start);
    start = performance.now();
    const result = parseFeedText(text);
    engineTimes.push(performance.now() - start);
    if (!result.ok) throw new Error('national document refused');
  }
  const parsed = parseFeedText(text);
  if (!parsed.ok) throw new Error('national document refused');
  const model = parsed.model;
  const range = resolvePeriod(parsePeriod('ytd')!, model.months);
  if (!range.hasMonths) throw new Error('no months');
  const jsonParse = spread(jsonTimes);
  const engine = spread(engineTimes);
  return {
    bytes: Buffer.byteLength(text),
    units: model.units.size - 1,
    rows: model.quality.rowsKept,
    jsonParse,
    parseFeedText: engine,
    rollUp: measure(runs, () => rollUp(model, range.range)),
    ratio: engine.median / jsonParse.median,
  };
}

function printEngine(figures: EngineFigures) {
  const row = (name: string, m: Spread) =>
    `${name.padEnd(44)} ${m.median.toFixed(1).padStart(8)} ${m.min.toFixed(1).padStart(8)} ${m.max.toFixed(1).padStart(8)}`;
  console.log(
    `national document: ${(figures.bytes / 2 ** 20).toFixed(1)} MB, ${figures.units} units, ${figures.rows} rows; ${figures.jsonParse.runs} runs, ms`,
  );
  console.log(`${'step'.padEnd(44)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(row('JSON.parse', figures.jsonParse));
  console.log(row('parseFeedText (JSON.parse + validate + index)', figures.parseFeedText));
  console.log(row('roll-up of every unit for ytd', figures.rollUp));
  console.log(`ratio parseFeedText / JSON.parse: ${figures.ratio.toFixed(2)}×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printEngine(benchEngine(Number(process.argv[2] ?? 7)));
}
