// npm run bench: every figure of issue 6 from one command, on the built app (dist/) in Chromium and in Node. Prints a
// table (median of several runs, with min and max) and writes it as JSON to bench-results/bench.json. Asserts nothing.
//
//   npm run bench [-- --runs=7 --slow-phone-runs=7 --engine-runs=9 --kiosk-polls=2000 --federation-runs=5 --federation-polls=360]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { CHROMIUM_PATH, launchChromium } from '../tests/browser/support/browser';
import { benchDashboardInteractions, benchPolls } from './bench-dashboard';
import { benchEngine, benchFields, canThoByFieldText, nationalDocumentText } from './bench-engine';
import { benchFieldsDashboard, fieldsDocument, fieldsRows, type FieldsDashboardFigures } from './bench-fields';
import { benchFederation, federationRows, type FederationFigures } from './bench-federation';
import { formatTable, type BenchRow } from './bench-figures';
import { benchKioskHeap } from './bench-kiosk-heap';
import { loadFigures, PAGES, type LoadFigures } from './bench-pages';
import { DIST, serveDemo, serveFeed } from './bench-serve';
import { benchSlowPhone, provinceDocument, rootOnlyDocument, SLOW_PHONE, type SlowPhoneFigures } from './bench-slow-phone';
import { allPages } from './page-weight';

function option(name: string, fallback: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given === undefined ? fallback : Number(given.split('=')[1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

// Chosen so that the whole run stays well within ten minutes on a two-core machine (about six; the kiosk's polls take two).
const RUNS = {
  engine: option('engine-runs', 9),
  load: option('runs', 7),
  interactions: option('runs', 7),
  slowPhone: option('slow-phone-runs', 7),
  kioskPolls: option('kiosk-polls', 2000),
  // 360 polls at pollSeconds 10: an hour of all 34 feeds (scripts/bench-federation.ts).
  federation: option('federation-runs', 5),
  federationPolls: option('federation-polls', 360),
};

if (!existsSync(`${DIST}index.html`)) {
  console.error('No dist/index.html: run npm run build first (npm run bench does).');
  process.exit(1);
}

const started = Date.now();
const rows: BenchRow[] = [];
const add = (section: string, name: string, unit: BenchRow['unit'], value: BenchRow['value'], note?: string) =>
  rows.push({ section, name, unit, value, ...(note ? { note } : {}) });
const step = (what: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${what}`);

step('JavaScript per page');
const weights = allPages(DIST);
for (const weight of weights) {
  add('JavaScript per page, loaded before the numbers (from dist/)', `${weight.page}, gzip`, 'KB', weight.js.gzip);
  add('JavaScript per page, loaded before the numbers (from dist/)', `${weight.page}, brotli`, 'KB', weight.js.brotli);
}

step(`Node: national document, ${RUNS.engine} runs`);
const nationalText = nationalDocumentText();
const engine = benchEngine(RUNS.engine, nationalText);
const engineSection = `Node ${process.version}: national document (${(engine.bytes / 2 ** 20).toFixed(1)} MB, ${engine.units} units, ${engine.rows} rows)`;
add(engineSection, 'JSON.parse of the same bytes', 'ms', engine.jsonParse);
add(engineSection, 'parseFeedText: JSON.parse + validate + index', 'ms', engine.parseFeedText);
add(engineSection, 'ratio parseFeedText / JSON.parse', '×', engine.ratio, 'target ≤ 3');
add(engineSection, 'roll-up of every unit, year to date', 'ms', engine.rollUp);

step(`Node: Cần Thơ by field, ${RUNS.engine} runs`);
const byField = benchFields(RUNS.engine, 'Cần Thơ by field', canThoByFieldText(true));
const byFieldSection =
  `Node ${process.version}: Cần Thơ by field, every unit every field (${(byField.bytes / 2 ** 20).toFixed(1)} MB, ` +
  `${(byField.gzipBytes / 2 ** 10).toFixed(0)} KB gzip, ${byField.units} units × ${byField.fields} fields, ${byField.rows} rows)`;
add(byFieldSection, 'JSON.parse of the same bytes', 'ms', byField.jsonParse);
add(byFieldSection, 'parseFeedText: JSON.parse + validate + index', 'ms', byField.parseFeedText);
add(byFieldSection, 'ratio parseFeedText / JSON.parse', '×', byField.ratio, 'target ≤ 2');
add(byFieldSection, 'roll-up of one field (Đất đai), year to date', 'ms', byField.rollUpField);
add(byFieldSection, 'roll-up of all fields, year to date', 'ms', byField.rollUpAll);
add(byFieldSection, 'roll-up of every field one by one, year to date', 'ms', byField.rollUpEveryField);

const browser = await launchChromium();
const chromium = `Chromium ${browser.version()}`;
const loads = new Map<string, LoadFigures>();
let interactions: Awaited<ReturnType<typeof benchDashboardInteractions>> | undefined;
let polls: Awaited<ReturnType<typeof benchPolls>> | undefined;
let fieldsDashboard: FieldsDashboardFigures | undefined;
const slowPhone: SlowPhoneFigures[] = [];
let federation: FederationFigures | undefined;
try {
  const loadSection = `${chromium}: navigation → first numbers painted (fresh profile each run)`;
  const demo = await serveDemo();
  try {
    for (const page of PAGES) {
      step(`${page} on the demo feed, ${RUNS.load} runs`);
      loads.set(`${page} demo`, await loadFigures(browser, `${demo.origin}/${page}`, page, RUNS.load));
    }
  } finally {
    await demo.close();
  }
  const national = await serveFeed(nationalText);
  try {
    for (const page of PAGES) {
      step(`${page} on the national document, ${RUNS.load} runs`);
      loads.set(`${page} national`, await loadFigures(browser, `${national.origin}/${page}`, page, RUNS.load));
    }
    for (const page of PAGES) {
      add(loadSection, `${page}, demo feed (MSW)`, 'ms', loads.get(`${page} demo`)!.numbers);
      add(
        loadSection,
        `${page}, national document`,
        'ms',
        loads.get(`${page} national`)!.numbers,
        page === 'index.html' ? 'target ≤ 1500' : undefined,
      );
    }
    const load = loads.get('index.html national')!;
    const taskSection = `${chromium}: main-thread long tasks while index.html loads the national document (until quiet)`;
    add(taskSection, 'long tasks', 'count', load.longTaskCount);
    add(taskSection, 'long tasks, total', 'ms', load.longTaskMs);
    add(taskSection, 'longest task', 'ms', load.longestTaskMs);

    step(`dashboard interactions on the national document, ${RUNS.interactions} runs each`);
    interactions = await benchDashboardInteractions(browser, national, RUNS.interactions);
    const interactionSection = `${chromium}: index.html on the national document, input → its result painted (target ≤ 100 ms)`;
    for (const [name, figures] of interactions) add(interactionSection, name, 'ms', figures);

    step('polls of the dashboard on the national document');
    polls = await benchPolls(browser, national, nationalText);
    const pollSection = `${chromium}: index.html on the national document, polls answered by the server`;
    const { unchangedMutations: same, changedMutations: changed } = polls;
    add(
      pollSection,
      `DOM mutations in #main over ${polls.unchangedPolls} unchanged polls (304)`,
      'count',
      same.inside + same.apart,
      'target 0',
    );
    add(pollSection, 'DOM mutations in #main outside the charts, one changed poll (one commune +1 dossier)', 'count', changed.inside);
    add(pollSection, 'DOM mutations in the charts, the same poll (recharts animates: varies)', 'count', changed.apart);
    add(
      pollSection,
      'long tasks during the changed poll, total',
      'ms',
      polls.changedLongTasks.totalMs,
      `${polls.changedLongTasks.count} tasks`,
    );
    add(pollSection, 'longest task during the changed poll', 'ms', polls.changedLongTasks.longestMs);
  } finally {
    await national.close();
  }

  const fields = fieldsDocument();
  const byFieldServer = await serveFeed(fields.text);
  try {
    step(`index.html on Cần Thơ by field (scripts/bench-fields.ts), ${RUNS.interactions} loads and runs of each pick`);
    fieldsDashboard = await benchFieldsDashboard(browser, byFieldServer, RUNS.interactions);
    rows.push(...fieldsRows(chromium, fields.description, fieldsDashboard));
  } finally {
    await byFieldServer.close();
  }

  const province = provinceDocument();
  for (const feed of [
    { name: 'whole province as feedUrl', document: province },
    { name: 'root-only document as widgetFeedUrl', document: rootOnlyDocument(province) },
  ]) {
    step(`slow phone: widget.html and the minimal page, ${feed.name}, ${RUNS.slowPhone} runs each`);
    slowPhone.push(await benchSlowPhone(browser, feed, RUNS.slowPhone));
  }
  const phoneSection = `${chromium}, slow phone (CPU ${SLOW_PHONE.cpu}× slower, ${SLOW_PHONE.latency} ms, 1.6 Mbps, gzip): navigation → sentence painted`;
  for (const figures of slowPhone) {
    const feed = `${figures.feed}, ${(figures.feedGzipBytes / 1024).toFixed(0)} KB gzipped`;
    add(phoneSection, `widget.html, ${feed}`, 'ms', figures.widget);
    add(
      phoneSection,
      `minimal hand-written page, ${feed}`,
      'ms',
      figures.minimal,
      figures.sameSentence ? 'same sentence' : 'SENTENCES DIFFER',
    );
    add(phoneSection, `ratio widget / minimal, ${figures.feed}`, '×', figures.ratio, 'target ≤ 1.5');
  }

  step(
    `34 provincial feeds behind an index (scripts/bench-federation.ts), ${RUNS.federation} runs each, ${RUNS.federationPolls} accelerated polls`,
  );
  federation = await benchFederation(browser, { runs: RUNS.federation, polls: RUNS.federationPolls, log: (line) => step(`  ${line}`) });
  rows.push(...federationRows(chromium, federation));
} finally {
  await browser.close();
}

step(`kiosk heap over ${RUNS.kioskPolls} accelerated polls (scripts/bench-kiosk-memory.ts)`);
const kiosk = await benchKioskHeap(RUNS.kioskPolls, 8 * 60_000);
const kioskSection = `${chromium}: kiosk.html JS heap after GC over ${RUNS.kioskPolls} accelerated polls of a changing document`;
if (kiosk.measured) {
  add(kioskSection, `heap after warm-up (poll ${kiosk.warmUpPolls})`, 'MB', kiosk.baselineMB);
  add(kioskSection, `heap at poll ${kiosk.polls}`, 'MB', kiosk.endMB);
  add(kioskSection, `growth over ${kiosk.polls - kiosk.warmUpPolls} polls`, 'MB', kiosk.growthMB, 'target < 5');
} else {
  add(kioskSection, 'kiosk heap', '', `not measured (${kiosk.reason})`);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
  node: process.version,
  chromium,
  chromiumPath: CHROMIUM_PATH,
};
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\nnpm run bench — ${new Date().toISOString()} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${chromium}`,
);
console.log(
  `runs: Node ${RUNS.engine} (after one warm-up), page loads ${RUNS.load} per page and feed, interactions ${RUNS.interactions} each, ` +
    `slow phone ${RUNS.slowPhone} per page and feed, kiosk ${RUNS.kioskPolls} polls, ` +
    `federation ${RUNS.federation} runs and ${RUNS.federationPolls} polls; whole run ${Math.floor(seconds / 60)} min ${seconds % 60} s\n`,
);
console.log(formatTable(rows));

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds,
      machine,
      runs: RUNS,
      pageWeights: weights.map((weight) => ({ page: weight.page, files: weight.files, js: weight.js })),
      engine,
      byField,
      loads: Object.fromEntries(loads),
      interactions: interactions ? Object.fromEntries(interactions) : null,
      polls: polls ?? null,
      fieldsDashboard: fieldsDashboard ? { ...fieldsDashboard, picks: Object.fromEntries(fieldsDashboard.picks) } : null,
      slowPhone,
      kiosk,
      federation: federation ?? null,
      table: rows,
    },
    null,
    2,
  )}\n`,
);
console.log('\nwritten: bench-results/bench.json');
