// Node benchmark: parse + validate + index of the national document, and of Cần Thơ by field (issue 12), against a plain
// JSON.parse of the same bytes, same run. The ratio is the figure that holds on any machine.
// Run alone: npx tsx scripts/bench-engine.ts [runs]; npm run bench uses benchEngine() and benchFields().
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EVERY_FIELD, generateProvinceFeed } from '../mocks/demo-feed';
import { generateNationalFeed } from '../mocks/national-feed';
import { forField } from '../src/feed/field-view';
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

/**
 * JSON.parse and parseFeedText of the same text, interleaved rather than one after the other, so a noisy moment on the
 * machine weighs on both sides alike.
 */
function parseSpreads(runs: number, text: string) {
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
    if (!result.ok) throw new Error('document refused');
  }
  const parsed = parseFeedText(text);
  if (!parsed.ok) throw new Error('document refused');
  return { jsonParse: spread(jsonTimes), engine: spread(engineTimes), model: parsed.model };
}

export function benchEngine(runs: number, text = nationalDocumentText()): EngineFigures {
  const { jsonParse, engine, model } = parseSpreads(runs, text);
  const range = resolvePeriod(parsePeriod('ytd')!, model.months);
  if (!range.hasMonths) throw new Error('no months');
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

export type FieldsFigures = {
  name: string;
  bytes: number;
  gzipBytes: number;
  units: number;
  fields: number;
  rows: number;
  jsonParse: Spread;
  parseFeedText: Spread;
  ratio: number;
  /** Every unit's figures for one field (land), year to date, from a model already indexed. */
  rollUpField: Spread;
  /** Every unit's figures for all fields (each unit the sum of its field series), year to date. */
  rollUpAll: Spread;
  /** Every field's roll-up, year to date: what Biểu 06 by field and the ranking of fields cost on a cold cache. */
  rollUpEveryField: Spread;
};

/**
 * Cần Thơ by field at a fixed clock: `dense` has every unit handle every field (119 units × 34 fields × 23 months, the
 * scale issue 12 names); otherwise the demo feed, each unit with the fields its kind handles.
 */
export function canThoByFieldText(dense: boolean): string {
  const now = new Date('2026-11-26T09:40:00Z');
  return JSON.stringify(dense ? generateProvinceFeed({ now, fieldsOf: EVERY_FIELD }) : generateProvinceFeed({ now }));
}

export function benchFields(runs: number, name: string, text: string): FieldsFigures {
  const { jsonParse, engine, model } = parseSpreads(runs, text);
  const range = resolvePeriod(parsePeriod('ytd')!, model.months);
  if (!range.hasMonths) throw new Error('no months');
  const land = forField(model, 'DD');
  const views = model.fields.map((field) => forField(model, field.id));
  return {
    name,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text).length,
    units: model.units.size - 1,
    fields: model.fields.length,
    rows: model.quality.rowsKept,
    jsonParse,
    parseFeedText: engine,
    ratio: engine.median / jsonParse.median,
    rollUpField: measure(runs, () => rollUp(land, range.range)),
    rollUpAll: measure(runs, () => rollUp(model, range.range)),
    rollUpEveryField: measure(runs, () => views.map((view) => rollUp(view, range.range))),
  };
}

function printFields(figures: FieldsFigures) {
  const row = (name: string, m: Spread) =>
    `${name.padEnd(44)} ${m.median.toFixed(1).padStart(8)} ${m.min.toFixed(1).padStart(8)} ${m.max.toFixed(1).padStart(8)}`;
  console.log(
    `\n${figures.name}: ${(figures.bytes / 2 ** 20).toFixed(1)} MB raw, ${(figures.gzipBytes / 2 ** 10).toFixed(0)} KB gzip, ` +
      `${figures.units} units, ${figures.fields} fields, ${figures.rows} rows; ${figures.jsonParse.runs} runs, ms`,
  );
  console.log(`${'step'.padEnd(44)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(row('JSON.parse', figures.jsonParse));
  console.log(row('parseFeedText (JSON.parse + validate + index)', figures.parseFeedText));
  console.log(row('roll-up of one field (Đất đai), ytd', figures.rollUpField));
  console.log(row('roll-up of all fields, ytd', figures.rollUpAll));
  console.log(row('roll-up of every field one by one, ytd', figures.rollUpEveryField));
  console.log(`ratio parseFeedText / JSON.parse: ${figures.ratio.toFixed(2)}× (target ≤ 2)`);
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
  const runs = Number(process.argv[2] ?? 7);
  printEngine(benchEngine(runs));
  printFields(benchFields(runs, 'Cần Thơ by field, every unit every field', canThoByFieldText(true)));
  printFields(benchFields(runs, 'Cần Thơ by field, demo feed (fields by unit kind)', canThoByFieldText(false)));
}
