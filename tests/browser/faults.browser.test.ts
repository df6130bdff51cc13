// Every feed fault of issue 5 on every page, arriving on the first load and after a good one: the outcome is
// always the last good numbers with an honest state beside them, or, with none yet, what is wrong and that the
// page retries. One table of faults drives the matrix; the cases run side by side, each with its own server,
// browser context and feed. The summary (cases per page, whether the numbers survived) is printed and written
// to .tmp/faults-summary.md for the issue's closing note.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, vi as vitest, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixtures';
import { engineFigures, fixtureText, modelOf, vi } from './support/page-helpers';
import {
  bytesAnswer,
  closeBeforeAnswer,
  documentAnswer,
  hang,
  resetMidBody,
  serveFaultyFeed,
  statusAnswer,
  type FaultyFeedSite,
  type FeedAnswer,
} from './support/faulty-feed';
import { generateNationalFeed } from '../../mocks/national-feed';
import type { FeedDocument } from '../../src/feed/feed-schema';
import { formatDateTime } from '../../src/i18n/format';

// Many cases wait on real polls and request timeouts rather than on the CPU: run them side by side.
vitest.setConfig({ maxConcurrency: 16 });

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The shortest poll (src/config/runtime-config.ts), so a request that hangs is ended after 10 s (feedTimeoutMs). */
const POLL_SECONDS = 10;
/** A day: the good document, written a minute ago, is fresh; one from 2019 is not. */
const CONFIG = { pollSeconds: POLL_SECONDS, staleAfterSeconds: 86_400, timeZone: TIME_ZONE };
// Room for a 'check now' that waits out a poll retrying after Retry-After (two 30 s waits) before the case's own steps.
const CASE_TIMEOUT_MS = 120_000;
/** expect.poll's 50 ms default, in sixteen pages at once, keeps the browser busy answering the test instead of the pages. */
const POLL_INTERVAL_MS = 250;

/** "2026-11-26T16:40:00+07:00": generatedAt as a publisher in Vietnam writes it, at `ms`, to the minute. */
function vietnamIso(ms: number): string {
  return `${new Date(Math.floor(ms / 60_000) * 60_000 + 7 * 3600_000).toISOString().slice(0, 16)}:00+07:00`;
}

const startedAt = Date.now();
const GOOD_AT = vietnamIso(startedAt - 60_000);
/** A second good document: its own generatedAt shows on screen when a page has taken it. */
const NEXT_AT = vietnamIso(startedAt);
const FUTURE_AT = vietnamIso(startedAt + 3 * 86_400_000);
const PAST_AT = '2019-12-31T16:40:00+07:00';

const fixture = JSON.parse(fixtureText('small-province.json')) as FeedDocument;

/** The fixture as of `generatedAt`, changed by `change`. */
function documentText(generatedAt: string, change: (doc: Record<string, unknown> & FeedDocument) => void = () => {}): string {
  const doc = structuredClone({ ...fixture, generatedAt }) as Record<string, unknown> & FeedDocument;
  change(doc);
  return JSON.stringify(doc);
}

const GOOD = documentText(GOOD_AT);
const ROOT = 'P1';
const goodReceived = vi(engineFigures(modelOf(GOOD), ROOT, 'ytd').received);

// ---------------------------------------------------------------------------------------------------------------
// The faults

type Trouble = 'unreachable' | 'refused';

/** The poll fails: the page keeps what it had. */
type Failed = {
  kind: 'failed';
  /** unreachable: no document came; refused: one came and was refused whole. */
  trouble: Trouble;
  /** The reason as the dashboard and the kiosk word it. */
  reason: string;
};

/** Text a page shows, in an element a selector finds; `text` '' for "the element is there". */
type Note = {
  selector: string;
  text: string;
  /** How the summary words it, where the element's whole text would not read well. */
  says?: string;
};
type PageName = 'index.html' | 'widget.html' | 'kiosk.html';

type Accepted = {
  kind: 'accepted';
  /** The root's received count once the document is taken. */
  received: () => string;
  generatedAt: string;
  notes: Record<PageName, Note[]>;
  /** Also check that the page answers at once after taking it (the 50 MB document). */
  responsive?: boolean;
};

type Flapping = { kind: 'flapping' };

type Fault = {
  name: string;
  /** How the feed answers while the fault lasts; 'flap': good and bad in turn, each case with its own turns. */
  answer: FeedAnswer | 'refuse-connections' | 'flap';
  outcome: Failed | Accepted | Flapping;
  /** The page waits longer than a poll before asking again, as the feed asked (Retry-After). */
  nextAttemptLater?: boolean;
  /** Takes more than a poll or two (a request timeout, several polls, 50 MB): started first. */
  slow?: boolean;
};

const unreachable = (reason: string): Failed => ({ kind: 'failed', trouble: 'unreachable', reason });
const invalid = (reason: string): Failed => ({ kind: 'failed', trouble: 'refused', reason });
const http = (status: number, headers: Record<string, string> = {}): Fault => ({
  name: `HTTP ${status}${headers['Retry-After'] ? ` with Retry-After: ${headers['Retry-After']}` : ''}`,
  answer: statusAnswer(status, headers),
  nextAttemptLater: headers['Retry-After'] !== undefined,
  outcome: unreachable(
    headers['Retry-After']
      ? `Nguồn số liệu trả lỗi HTTP ${status}, đề nghị thử lại sau ${headers['Retry-After']} giây.`
      : `Nguồn số liệu trả lỗi HTTP ${status}.`,
  ),
});
const refusedDocument = (name: string, text: string, reason: string, contentType = 'application/json'): Fault => ({
  name,
  answer: bytesAnswer(text, contentType),
  outcome: invalid(reason),
});

/** Thousands of rows, each with one kind of bad value FEED.md lists, after the fixture's good rows. */
function badRowsDocument(perKind: number): string {
  return documentText(NEXT_AT, (doc) => {
    const good = doc.stats[0] as Record<string, unknown>;
    const kinds: Array<(row: Record<string, unknown>, index: number) => Record<string, unknown>> = [
      (row) => ({ ...row, receivedOnline: -5 }),
      (row) => ({ ...row, receivedDirect: 2.5 }),
      (row) => ({ ...row, resolvedEarly: '12' }),
      ({ pendingOverdue: _left, ...row }) => row,
      (row) => ({ ...row, month: '2026-13' }),
      (row, index) => ({ ...row, unitId: `KHONG-CO-${index}` }),
      (row) => ({ ...row }),
    ];
    for (const kind of kinds) for (let i = 0; i < perKind; i += 1) doc.stats.push(kind(good, i) as never);
  });
}
const BAD_ROWS_PER_KIND = 500;
const BAD_ROWS = 7 * BAD_ROWS_PER_KIND;
const badRowsCount = vi(BAD_ROWS);
const partialNote = `Số liệu chưa đầy đủ: ${badRowsCount} dòng không hợp lệ của nguồn đã bị loại.`;

/** Five years of the whole country: ~229,000 rows, over 50 MB. Built once, when the first case asks. */
let big: { text: string; generatedAt: string; received: string } | null = null;
function bigDocument() {
  if (!big) {
    const doc = generateNationalFeed({ now: new Date(startedAt), months: 60 });
    const text = JSON.stringify(doc);
    const model = modelOf(text);
    big = { text, generatedAt: doc.generatedAt, received: vi(engineFigures(model, model.rootId, 'ytd').received) };
  }
  return big;
}
const lazyAnswer =
  (text: () => string): FeedAnswer =>
  (request, response) =>
    documentAnswer(text())(request, response);

const cycleDocument = documentText(GOOD_AT, (doc) => {
  doc.units = doc.units.map((unit) =>
    unit.id === 'C1' ? { ...unit, parentId: 'C2' } : unit.id === 'C2' ? { ...unit, parentId: 'C1' } : unit,
  );
});

const shownAsGiven = (generatedAt: string): Note => ({
  selector: `time[datetime="${generatedAt}"]`,
  text: '',
  says: `updated at ${formatDateTime(Date.parse(generatedAt), 'vi', TIME_ZONE)}, as the feed gives it`,
});

const FAULTS: Fault[] = [
  http(500),
  http(502),
  http(503),
  http(503, { 'Retry-After': '120' }),
  http(404),
  http(401),
  http(403),
  {
    name: 'connection refused (no server on the port)',
    answer: 'refuse-connections',
    outcome: unreachable('Không kết nối được tới nguồn số liệu'),
  },
  { name: 'connection closed before any answer', answer: closeBeforeAnswer, outcome: unreachable('Không kết nối được tới nguồn số liệu') },
  {
    name: 'connection reset half way through the body',
    answer: resetMidBody(GOOD),
    outcome: unreachable('Không kết nối được tới nguồn số liệu'),
  },
  {
    name: 'no answer at all (request timeout)',
    slow: true,
    answer: hang,
    outcome: unreachable('Nguồn số liệu không trả lời trong thời gian cho phép.'),
  },
  refusedDocument(
    'HTML error page with status 200',
    '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
    'Nguồn trả về một trang HTML (có thể là trang báo lỗi) thay vì số liệu.',
    'text/html',
  ),
  refusedDocument('invalid JSON', GOOD.replace('"units":', 'units:'), 'Tài liệu nhận được không phải JSON hợp lệ'),
  refusedDocument('JSON cut off half way', GOOD.slice(0, GOOD.length >> 1), 'Tài liệu nhận được không phải JSON hợp lệ'),
  refusedDocument(
    'another schema',
    documentText(GOOD_AT, (doc) => void (doc.schema = 'tthc-feed/2' as never)),
    'Tài liệu thuộc phiên bản khác ("tthc-feed/2"), không phải tthc-feed/1.',
  ),
  refusedDocument(
    '`units` missing',
    documentText(GOOD_AT, (doc) => void delete (doc as Partial<FeedDocument>).units),
    'Tài liệu thiếu trường bắt buộc "units".',
  ),
  refusedDocument(
    '`stats` missing',
    documentText(GOOD_AT, (doc) => void delete (doc as Partial<FeedDocument>).stats),
    'Tài liệu thiếu trường bắt buộc "stats".',
  ),
  refusedDocument('a parentId cycle', cycleDocument, 'Cây đơn vị có vòng lặp parentId (C1 → C2).'),
  refusedDocument(
    '`generatedAt` unreadable',
    documentText('hôm qua lúc 16:40'),
    'Không đọc được thời điểm cập nhật "generatedAt" ("hôm qua lúc 16:40").',
  ),
  refusedDocument(
    'a document with 0 units',
    documentText(GOOD_AT, (doc) => void (doc.units = [])),
    'Tài liệu không có đơn vị nào dùng được trong "units".',
  ),
  {
    name: `${badRowsCount} rows with every kind of bad value`,
    answer: documentAnswer(badRowsDocument(BAD_ROWS_PER_KIND)),
    outcome: {
      kind: 'accepted',
      received: () => goodReceived,
      generatedAt: NEXT_AT,
      notes: {
        'index.html': [{ selector: '.quality-panel summary', text: `${badRowsCount} dòng bị loại` }],
        'widget.html': [{ selector: '.widget__stale', text: partialNote }],
        'kiosk.html': [{ selector: '.kiosk-footer__notes', text: partialNote }],
      },
    },
  },
  {
    name: 'a 50 MB document (five years of the whole country)',
    slow: true,
    answer: lazyAnswer(() => bigDocument().text),
    outcome: {
      kind: 'accepted',
      received: () => bigDocument().received,
      get generatedAt() {
        return bigDocument().generatedAt;
      },
      notes: {
        'index.html': [{ selector: 'h2.view-heading', text: 'Toàn quốc' }],
        'widget.html': [{ selector: '.widget__lead', text: 'Toàn quốc đã giải quyết' }],
        'kiosk.html': [{ selector: 'h1', text: 'Toàn quốc' }],
      },
      responsive: true,
    },
  },
  {
    name: 'a unit with no rows',
    answer: documentAnswer(
      documentText(NEXT_AT, (doc) => void doc.units.push({ id: 'C4', name: 'Xã Chưa Có Số Liệu', kind: 'commune', parentId: ROOT })),
    ),
    outcome: {
      kind: 'accepted',
      received: () => goodReceived,
      generatedAt: NEXT_AT,
      notes: {
        // Listed, and said to have no figures; the root's totals are whole.
        'index.html': [
          {
            selector: '.data-table tbody tr:has-text("Xã Chưa Có Số Liệu")',
            text: 'không có số liệu',
            says: 'Xã Chưa Có Số Liệu listed, tagged "không có số liệu", dashes for figures',
          },
        ],
        'widget.html': [shownAsGiven(NEXT_AT)],
        'kiosk.html': [shownAsGiven(NEXT_AT)],
      },
    },
  },
  {
    name: '`generatedAt` in the future',
    answer: documentAnswer(documentText(FUTURE_AT)),
    outcome: {
      kind: 'accepted',
      received: () => goodReceived,
      generatedAt: FUTURE_AT,
      notes: {
        // Officials are told to check the publisher's clock; citizens see the time as the feed gives it, with a word that it may be wrong.
        'index.html': [{ selector: '.feed-status', text: `(${formatDateTime(Date.parse(FUTURE_AT), 'vi', TIME_ZONE)}) ở tương lai` }],
        'widget.html': [
          shownAsGiven(FUTURE_AT),
          { selector: '.widget__stale', text: `(${formatDateTime(Date.parse(FUTURE_AT), 'vi', TIME_ZONE)}) ở tương lai, có thể chưa đúng` },
        ],
        'kiosk.html': [
          shownAsGiven(FUTURE_AT),
          { selector: '.kiosk-updated', text: 'giờ do nguồn số liệu ghi, ở tương lai, có thể chưa đúng' },
        ],
      },
    },
  },
  {
    name: '`generatedAt` far in the past',
    answer: documentAnswer(documentText(PAST_AT)),
    outcome: {
      kind: 'accepted',
      received: () => goodReceived,
      generatedAt: PAST_AT,
      notes: {
        'index.html': [{ selector: '.feed-status', text: 'Nguồn số liệu không đổi từ 16:40 31/12/2019.' }],
        'widget.html': [{ selector: '.widget__stale', text: 'Nguồn số liệu chưa có số liệu mới từ 16:40 31/12/2019.' }],
        'kiosk.html': [{ selector: '.kiosk-band', text: 'Nguồn số liệu chưa có số liệu mới từ 16:40 31/12/2019' }],
      },
    },
  },
  { name: 'flapping between good and bad on every poll', slow: true, answer: 'flap', outcome: { kind: 'flapping' } },
];

/** Good and HTTP 503 in turn, one request each, starting with the bad one. */
function flapping(): FeedAnswer {
  let requests = 0;
  const good = documentAnswer(GOOD);
  const bad = statusAnswer(503);
  return (request, response) => {
    requests += 1;
    return (requests % 2 === 1 ? bad : good)(request, response);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The pages

type PageSpec = {
  viewport: { width: number; height: number };
  /** The root's received count. */
  figure: string;
  /** The state shown beside kept numbers when a poll failed. */
  failure: (trouble: Trouble) => Note;
  /** The message shown when no document came yet. */
  firstLoad: (fault: Failed) => Note[];
  /** Any whole-page message (loading, no data yet): never there once numbers are. */
  message: string;
  /** A way to ask again at once, where the page has one. */
  checkNow?: (page: Page) => Promise<void>;
};

const goodTime = formatDateTime(Date.parse(GOOD_AT), 'vi', TIME_ZONE);

const PAGES: Record<PageName, PageSpec> = {
  'index.html': {
    viewport: { width: 1280, height: 800 },
    figure: 'section.kpi-tile[aria-label="Đã tiếp nhận"] .kpi-tile__value',
    failure: () => ({ selector: '.feed-status--error[role="alert"]', text: 'Số liệu có thể đã cũ: lần cập nhật thành công cuối lúc' }),
    firstLoad: (fault) => [
      { selector: '.page-message[role="alert"]', text: 'Chưa tải được số liệu.' },
      { selector: '.page-message[role="alert"]', text: fault.reason },
      { selector: '.page-message[role="alert"]', text: 'Sẽ tự động thử lại.' },
    ],
    message: '.page-message',
    // Waits for a check in progress to end: the button is disabled meanwhile. A poll that met a Retry-After as the fault
    // began keeps it disabled through its two retries' 30 s waits (CI met it), longer than the click's default 30 s.
    checkNow: (page) => page.getByRole('button', { name: 'Kiểm tra ngay' }).click({ timeout: 75_000 }),
  },
  'widget.html': {
    viewport: { width: 320, height: 400 },
    figure: '.widget__counts .widget__count:first-child strong',
    failure: () => ({ selector: '.widget__stale[role="status"]', text: `Không cập nhật được; đây là số liệu lúc ${goodTime}.` }),
    firstLoad: (fault) => [
      {
        selector: '.widget__message',
        text:
          fault.trouble === 'refused'
            ? 'Chưa tải được số liệu (nguồn số liệu gửi về tài liệu không hợp lệ; sẽ tự động thử lại)'
            : 'Chưa tải được số liệu (không kết nối được tới nguồn số liệu; sẽ tự động thử lại)',
      },
    ],
    message: '.widget__message',
  },
  'kiosk.html': {
    viewport: { width: 1366, height: 768 },
    figure: 'li.kiosk-tile[aria-label="Đã tiếp nhận"] .kiosk-tile__value',
    failure: (trouble) => ({
      selector: '.kiosk-updated',
      text: trouble === 'refused' ? 'Nguồn số liệu gửi về tài liệu không hợp lệ; đang thử lại…' : 'Đang kết nối lại nguồn số liệu…',
    }),
    firstLoad: (fault) => [
      { selector: '.kiosk-message[role="alert"]', text: 'Chưa tải được số liệu.' },
      // Plain words for the public (issue 11); the technical reason is the dashboard's.
      {
        selector: '.kiosk-message[role="alert"]',
        text: fault.trouble === 'refused' ? 'Nguồn số liệu gửi về tài liệu không hợp lệ.' : 'Chưa kết nối được tới nguồn số liệu.',
      },
      { selector: '.kiosk-message[role="alert"]', text: 'Hệ thống đang tự động thử lại.' },
    ],
    message: '.kiosk-message',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The run

type Phase = 'first load' | 'after a good load';
/** What became of the numbers, and what the page said: for the summary. */
type Seen = { numbers: string; shows: string };
type Result = { page: PageName; fault: string; phase: Phase; passed: boolean; seen: Seen | null };
const results: Result[] = [];

afterAll(() => {
  const summary = summaryMarkdown(results);
  console.log(`\n${summary}`);
  const dir = new URL('../../.tmp/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('faults-summary.md', dir), summary);
});

/** What a page showed over time: one entry per change of (received figure, failure note, whole-page message). */
type Moment = { figure: string | null; failure: string | null; message: string | null };

/** Records every change of what matters on the page from now on, through a MutationObserver, so a flash is seen too. */
async function watch(page: Page, spec: PageSpec, failure: Note, message: Note): Promise<() => Promise<Moment[]>> {
  await page.evaluate(
    ({ figure, failure, message }) => {
      const find = (note: { selector: string; text: string }) =>
        [...document.querySelectorAll<HTMLElement>(note.selector)].find((element) => (element.textContent ?? '').includes(note.text));
      const text = (element: HTMLElement | undefined) => (element ? element.innerText.replace(/\s+/g, ' ').trim() : null);
      const moments: string[] = [];
      const record = () => {
        const moment = JSON.stringify({
          figure: document.querySelector(figure)?.textContent ?? null,
          failure: text(find(failure)),
          message: text(find(message)),
        });
        if (moments[moments.length - 1] !== moment) moments.push(moment);
      };
      record();
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      (window as unknown as { faultMoments: string[] }).faultMoments = moments;
    },
    { figure: spec.figure, failure, message },
  );
  return async () =>
    (await page.evaluate(() => (window as unknown as { faultMoments: string[] }).faultMoments)).map((text) => JSON.parse(text) as Moment);
}

/** The text of the element the note names, as a reader sees it (one space between lines); all such texts if none says it. */
async function textOf(page: Page, note: Note): Promise<string> {
  const texts = (await page.locator(note.selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  return texts.find((text) => text.includes(note.text)) ?? texts.join(' | ');
}

async function expectNote(expect: ExpectStatic, page: Page, note: Note, timeout = 30_000): Promise<void> {
  await expect
    .poll(() => textOf(page, note), { timeout, interval: POLL_INTERVAL_MS, message: `${note.selector} says "${note.text}"` })
    .toContain(note.text);
}

/** The received count on screen right now, or null. */
const figureOf = (page: Page, spec: PageSpec) =>
  page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, spec.figure);

/** Starts the fault: the next request for the feed meets it. */
async function startFault(site: FaultyFeedSite, fault: Fault): Promise<void> {
  if (fault.answer === 'refuse-connections') await site.refuseConnections();
  else if (fault.answer === 'flap') site.answerWith(flapping());
  else site.answerWith(fault.answer);
}

const phases: Phase[] = ['first load', 'after a good load'];
// [name, case]: a name given through `%s` is printed whole, where `$label` would be cut at 40 characters.
// The slow faults start first, so that the file does not end waiting on a few of them.
const cases = [...FAULTS]
  .sort((a, b) => Number(b.slow ?? false) - Number(a.slow ?? false))
  .flatMap((fault) =>
    (Object.keys(PAGES) as PageName[]).flatMap((pageName) =>
      phases.map((phase) => [`${pageName} · ${fault.name} · ${phase}`, { pageName, fault, phase }] as const),
    ),
  );

describe.concurrent('feed faults', () => {
  // it.for, not it.each: concurrent cases must use the `expect` of their own context.
  it.for(cases)('%s', { timeout: CASE_TIMEOUT_MS }, async ([, { pageName, fault, phase }], { expect, newContext }) => {
    const spec = PAGES[pageName];
    const refusedAtStart = phase === 'first load' && fault.answer === 'refuse-connections';
    const site = await serveFaultyFeed({
      config: CONFIG,
      feedOnOwnPort: fault.answer === 'refuse-connections',
      refusedFromStart: refusedAtStart,
    });
    // Reduced motion: a wall screen's progress bar and the dashboard's chart animations, drawn at 60 frames a second in
    // a dozen pages at once, would take the two cores the cases need. Nothing here depends on motion.
    const context = await newContext({
      viewport: spec.viewport,
      timezoneId: 'America/New_York',
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    const result: Result = { page: pageName, fault: fault.name, phase, passed: false, seen: null };
    results.push(result);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const run: Run = { page, pageName, spec, site, fault, expect };
      if (phase === 'first load') {
        // A feed server that never started refuses connections already.
        if (!refusedAtStart) await startFault(site, fault);
        await open(run);
        result.seen = await firstLoad(run);
      } else {
        site.answerWith(documentAnswer(GOOD));
        await open(run);
        await expect.poll(() => figureOf(page, spec), { timeout: 20_000, interval: POLL_INTERVAL_MS }).toBe(goodReceived);
        result.seen = await afterGoodLoad(run);
      }
      expect(errors).toEqual([]);
      result.passed = true;
    } finally {
      await context.close();
      await site.close();
    }
  });
});

type Run = { page: Page; pageName: PageName; spec: PageSpec; site: FaultyFeedSite; fault: Fault; expect: ExpectStatic };

async function open({ page, pageName, site }: Run): Promise<void> {
  // rotate=3600 keeps the kiosk on its summary slide, where the received count is.
  await page.goto(`${site.origin}/${pageName}${pageName === 'kiosk.html' ? '?rotate=3600' : ''}`);
}

/** No good document before the fault: what the page says, and that it keeps saying it while it tries again. */
async function firstLoad(run: Run): Promise<Seen> {
  const { page, spec, site, fault, expect } = run;
  const outcome = fault.outcome;
  if (outcome.kind === 'accepted') return accepted(run, outcome);
  if (outcome.kind === 'flapping') {
    // The first answer is bad, its retry good.
    await expect.poll(() => figureOf(page, spec), { timeout: 20_000, interval: POLL_INTERVAL_MS }).toBe(goodReceived);
    return flap(run);
  }
  const notes = spec.firstLoad(outcome);
  for (const note of notes) await expectNote(expect, page, note);
  // The message stays while the page asks again (a retry or the next poll): never back to "loading", never blank.
  const moments = await watch(page, spec, spec.failure(outcome.trouble), { selector: spec.message, text: '' });
  const shown = await textOf(page, notes[0]!);
  const asked = site.feedRequests();
  if (fault.answer === 'refuse-connections' || fault.nextAttemptLater) {
    await page.waitForTimeout((POLL_SECONDS + 1) * 1000);
  } else {
    await expect.poll(() => site.feedRequests(), { timeout: 2 * POLL_SECONDS * 1000, interval: POLL_INTERVAL_MS }).toBeGreaterThan(asked);
    // A hanging request is still open here: its wait is what must not look like "loading".
    await page.waitForTimeout(1500);
  }
  expect(await moments()).toEqual([{ figure: null, failure: null, message: shown }]);
  return { numbers: 'none yet', shows: shown };
}

/** A good document on screen, then the fault on the next poll (or at once, where the page has "check now"). */
async function afterGoodLoad(run: Run): Promise<Seen> {
  const { page, spec, site, fault, expect } = run;
  const outcome = fault.outcome;
  if (outcome.kind === 'flapping') return flap(run);
  const failure = spec.failure(outcome.kind === 'failed' ? outcome.trouble : 'unreachable');
  const moments = await watch(page, spec, failure, { selector: spec.message, text: '' });
  await startFault(site, fault);
  await spec.checkNow?.(page);
  let result: Seen;
  if (outcome.kind === 'accepted') {
    result = await accepted(run, outcome);
  } else {
    await expectNote(expect, page, failure, 35_000);
    if (spec.checkNow) await expectNote(expect, page, { selector: failure.selector, text: outcome.reason });
    expect(await figureOf(page, spec)).toBe(goodReceived);
    result = { numbers: 'kept', shows: await textOf(page, failure) };
  }
  // From the good load on, a figure was on screen at every moment, and no first-load message ever came back.
  const seen = await moments();
  const expected = outcome.kind === 'accepted' ? [goodReceived, outcome.received()] : [goodReceived];
  expect(seen.filter((moment) => moment.figure === null || !expected.includes(moment.figure) || moment.message !== null)).toEqual([]);
  return result;
}

/** A document that is taken, with what the page says about it. */
async function accepted({ page, pageName, spec, expect }: Run, outcome: Accepted): Promise<Seen> {
  await expect
    .poll(() => page.locator(`time[datetime="${outcome.generatedAt}"]`).count(), { timeout: 35_000, interval: POLL_INTERVAL_MS })
    .toBeGreaterThan(0);
  await expect.poll(() => figureOf(page, spec), { timeout: 10_000, interval: POLL_INTERVAL_MS }).toBe(outcome.received());
  for (const note of outcome.notes[pageName]) await expectNote(expect, page, note);
  if (outcome.responsive) await expectResponsive(expect, page, spec);
  const shows = [];
  for (const note of outcome.notes[pageName]) shows.push(note.says ?? (await textOf(page, note)));
  return {
    numbers: outcome.received() === goodReceived ? 'kept (same totals)' : 'never blank; the new document’s totals replace them',
    shows: shows.join(' · '),
  };
}

/** Good and bad in turn on every poll: the numbers never leave the screen, the failure shows, and clears when good. */
async function flap({ page, spec, site, expect }: Run): Promise<Seen> {
  const failure = spec.failure('unreachable');
  const moments = await watch(page, spec, failure, { selector: spec.message, text: '' });
  const asked = site.feedRequests();
  site.answerWith(flapping());
  // Two bad answers, each followed by a good retry.
  for (let bad = 1; bad <= 2; bad += 1) {
    await spec.checkNow?.(page);
    await expect.poll(() => site.feedRequests(), { timeout: 30_000, interval: POLL_INTERVAL_MS }).toBeGreaterThanOrEqual(asked + 2 * bad);
  }
  await expect
    .poll(async () => (await moments()).at(-1), { timeout: 15_000, interval: POLL_INTERVAL_MS })
    .toEqual({ figure: goodReceived, failure: null, message: null });
  const seen = await moments();
  expect(seen.filter((moment) => moment.figure !== goodReceived || moment.message !== null)).toEqual([]);
  const marked = seen.find((moment) => moment.failure !== null)?.failure;
  expect(marked).toBeDefined();
  return { numbers: 'kept at every moment', shows: `while bad: ${marked}; cleared when good` };
}

/** The page still answers: a frame is drawn, and on the dashboard the table filters the 34 provinces as one types. */
async function expectResponsive(expect: ExpectStatic, page: Page, spec: PageSpec): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  if (spec.checkNow) {
    const names = page.locator('.data-table tbody th.unit-cell .link-button');
    await expect.poll(() => names.count(), { timeout: 15_000, interval: POLL_INTERVAL_MS }).toBe(34);
    await page.getByLabel('Lọc theo tên').fill('ha noi');
    await expect.poll(() => names.allTextContents(), { timeout: 15_000, interval: POLL_INTERVAL_MS }).toEqual(['Thành phố Hà Nội']);
  }
}

function summaryMarkdown(all: Result[]): string {
  const lines = ['# Feed faults on every page', ''];
  for (const pageName of Object.keys(PAGES) as PageName[]) {
    const mine = all.filter((result) => result.page === pageName);
    const passed = mine.filter((result) => result.passed).length;
    lines.push(`## ${pageName}: ${mine.length} fault cases, ${passed} passed`, '');
    lines.push(
      '| fault | first load: the page says | after a good load: last numbers survived? | after a good load: the page says |',
      '| --- | --- | --- | --- |',
    );
    for (const fault of FAULTS) {
      const cells = (phase: Phase): [string, string] => {
        const result = mine.find((candidate) => candidate.fault === fault.name && candidate.phase === phase);
        if (!result) return ['not run', 'not run'];
        if (!result.passed || !result.seen) return ['FAILED', 'FAILED'];
        return [result.seen.numbers, result.seen.shows.replace(/\|/g, '\\|')];
      };
      const [, first] = cells('first load');
      const [numbers, after] = cells('after a good load');
      const survived = numbers === 'FAILED' || numbers === 'not run' ? numbers : `yes: ${numbers}`;
      lines.push(`| ${fault.name} | ${first} | ${survived} | ${after} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
