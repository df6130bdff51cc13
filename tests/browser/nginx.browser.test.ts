// The shipped nginx configuration (deploy/nginx/) on Debian's nginx: the built site under /so-lieu/ on one origin, three
// provinces' feed publishers on three others, a tthc-index/1 document naming them. What a deployment sends (gzip, cache
// headers, ETags and 304s, the CSP, nosniff, CORS and its preflight), every page under the served CSP with no
// violation, and the national view over the three feeds: the sum of the provinces, one publisher stopped and back.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import type { Page, Response } from 'playwright-core';
import unitsFile from '../../mocks/data/vn-units-2025.json';
import { FIELDS, fieldsHandledBy } from '../../mocks/data/fields';
import { DEFAULT_DEMO_SEED, appendFieldRows, feedClock, optionalDepartmentCodes, provinceUnits } from '../../mocks/feed-simulation';
import type { FeedDocument } from '../../src/feed/feed-schema';
import { unitTotalsDocument } from '../../src/feed/unit-totals-document';
import { addCounts, deriveFigures, emptyCounts, type UnitFigures } from '../../src/stats/figures';
import { formatRate, formatTime } from '../../src/i18n/format';
import { test, type OpenPage } from './support/fixtures';
import { recordCspViolations } from './support/csp';
import { DIST, engineFigures, modelOf, vi } from './support/page-helpers';
import {
  checkConfig,
  feedPublisherServer,
  freePorts,
  rawRequest,
  shippedConfig,
  siteServer,
  startNginx,
  type Nginx,
  type RawResponse,
} from './support/nginx';

const SUB_PATH = '/so-lieu/';
const INDEX_NAME = 'Cả nước';
/** The smallest provinces (38 to 45 communes): real units, documents of about 2.5 MB by field. */
const PROVINCE_IDS = ['12', '46', '11'] as const;
/** Each province published a few minutes apart, as real ones do. */
const MINUTES_OLD = [2, 5, 9] as const;
/** The shortest poll config.json allows: a stopped feed is noticed, and a returning one read, within a minute or so. */
const POLL_SECONDS = 10;

type Province = {
  id: string;
  name: string;
  origin: string;
  /** Its publisher, on a nginx of its own so that it can be stopped alone. */
  publisher: Nginx;
  /** The province's figures over the year to date, from its summary, by the engine. */
  figures: UnitFigures;
  /** The same from its full document (by field), which the dashboard reads when the province is opened. */
  fullFigures: UnitFigures;
  generatedAtMs: number;
};

type Deployment = {
  siteOrigin: string;
  /** config.json's time zone, in which the pages write times. */
  timeZone: string;
  /** http://127.0.0.1:port/so-lieu/ */
  site: string;
  siteNginx: Nginx;
  provinces: Province[];
};

/** A province's full document by field, from the simulation the demo uses, and its summary (each unit's totals). */
function provinceDocuments(provinceId: string, now: Date): { name: string; full: string; summary: string } {
  const province = unitsFile.provinces.find((candidate) => candidate.id === provinceId);
  if (!province) throw new Error(`no province ${provinceId}`);
  const clock = feedClock(now);
  const { units, simulated } = provinceUnits(
    DEFAULT_DEMO_SEED,
    province,
    undefined,
    optionalDepartmentCodes(DEFAULT_DEMO_SEED, province.id),
  );
  const kinds = new Map(units.map((unit) => [unit.id, unit.kind]));
  const dueSoonDays = 2;
  const stats = appendFieldRows(
    [],
    DEFAULT_DEMO_SEED,
    simulated,
    (unit) => fieldsHandledBy({ id: unit.id, kind: kinds.get(unit.id) ?? 'other' }),
    clock.month - 11,
    clock,
    dueSoonDays,
  );
  const used = new Set(stats.map((row) => row.fieldId));
  const full: FeedDocument = {
    schema: 'tthc-feed/1',
    generatedAt: clock.generatedAt,
    source: { name: `Hệ thống thông tin giải quyết TTHC ${province.name} (mô phỏng)` },
    units,
    fields: FIELDS.filter((field) => used.has(field.id)).map((field) => ({ id: field.id, name: field.name })),
    meta: { dueSoonDays },
    stats,
  };
  const fullText = JSON.stringify(full);
  return { name: province.name, full: fullText, summary: JSON.stringify(unitTotalsDocument(modelOf(fullText))) };
}

/**
 * nginx in front of a copy of the build (its config.json naming the index) and three publishers, for the whole file.
 * The shared build is never written to.
 */
// eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructured first argument
const it = test.extend('deployment', { scope: 'file' }, async ({}, { onCleanup }): Promise<Deployment> => {
  const work = await mkdtemp(join(tmpdir(), 'tthc-nginx-test-'));
  const started: Nginx[] = [];
  onCleanup(async () => {
    for (const nginx of started) await nginx.close();
    await rm(work, { recursive: true, force: true });
  });
  const [sitePort, ...feedPorts] = await freePorts(1 + PROVINCE_IDS.length);
  const now = Date.now();
  const provinces: Province[] = [];
  for (const [i, id] of PROVINCE_IDS.entries()) {
    const documents = provinceDocuments(id, new Date(now - MINUTES_OLD[i]! * 60_000));
    const dir = join(work, `feed-${id}`);
    await mkdir(dir);
    await writeFile(join(dir, 'feed.json'), documents.full);
    await writeFile(join(dir, 'summary.json'), documents.summary);
    const port = feedPorts[i]!;
    const publisher = await startNginx(`feed-${id}`, [feedPublisherServer({ port, dir })], [port]);
    started.push(publisher);
    provinces.push({
      id,
      name: documents.name,
      origin: `http://127.0.0.1:${port}`,
      publisher,
      figures: engineFigures(modelOf(documents.summary), id, 'ytd'),
      fullFigures: engineFigures(modelOf(documents.full), id, 'ytd'),
      generatedAtMs: Date.parse(JSON.parse(documents.summary).generatedAt as string),
    });
  }

  const www = join(work, 'www');
  const siteDir = join(www, SUB_PATH);
  await cp(DIST, siteDir, { recursive: true });
  const index = {
    schema: 'tthc-index/1',
    name: INDEX_NAME,
    feeds: provinces.map((province) => ({
      id: province.id,
      name: province.name,
      url: `${province.origin}/tthc/feed.json`,
      summaryUrl: `${province.origin}/tthc/summary.json`,
    })),
  };
  await writeFile(join(siteDir, 'tthc-index.json'), JSON.stringify(index, null, 2));
  const builtConfig = JSON.parse(await readFile(join(DIST, 'config.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(
    join(siteDir, 'config.json'),
    // The documents are minutes old: not stale for this test's hour.
    JSON.stringify({ ...builtConfig, feedUrl: 'tthc-index.json', pollSeconds: POLL_SECONDS, staleAfterSeconds: 86_400 }, null, 2),
  );
  const siteNginx = await startNginx(
    'site',
    [siteServer({ port: sitePort!, root: www, feedOrigins: provinces.map((province) => province.origin) })],
    [sitePort!],
  );
  started.push(siteNginx);
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const timeZone = typeof builtConfig.timeZone === 'string' ? builtConfig.timeZone : 'Asia/Ho_Chi_Minh';
  return { siteOrigin, timeZone, site: `${siteOrigin}${SUB_PATH}`, siteNginx, provinces };
});

const header = (response: RawResponse, name: string): string => {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
};

/** The directive `name` of a response's CSP, e.g. "frame-ancestors 'none'". */
const directive = (response: RawResponse, name: string): string | undefined =>
  header(response, 'Content-Security-Policy')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

/** A hashed asset the built index.html loads: Vite's name-hash.ext under assets/. */
async function hashedAsset(site: string, extension: 'js' | 'css'): Promise<string> {
  const html = (await rawRequest(`${site}index.html`)).body.toString('utf8');
  const match = new RegExp(`\\./(assets/[\\w.-]+-[\\w-]{8}\\.${extension})"`).exec(html);
  if (!match) throw new Error(`no hashed .${extension} in index.html`);
  return match[1]!;
}

describe('the shipped files', () => {
  it('are accepted by nginx -t as they are, together', async () => {
    const result = await checkConfig([shippedConfig('tthc-site.conf'), shippedConfig('tthc-feed-publisher.conf')]);
    expect(result.output).toContain('test is successful');
    // No warning either (a duplicate gzip type, an ignored directive…).
    expect(result.output).not.toMatch(/\[warn\]|\[emerg\]/);
    expect(result.ok).toBe(true);
  });
});

describe('headers of the site', () => {
  it('hashed assets: gzip, cached for a year as immutable, the right type', async ({ deployment }) => {
    for (const extension of ['js', 'css'] as const) {
      const asset = await hashedAsset(deployment.site, extension);
      const response = await rawRequest(`${deployment.site}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status, asset).toBe(200);
      expect(header(response, 'Cache-Control'), asset).toBe('public, max-age=31536000, immutable');
      expect(header(response, 'Content-Encoding'), asset).toBe('gzip');
      expect(header(response, 'Vary'), asset).toMatch(/Accept-Encoding/);
      expect(header(response, 'Content-Type'), asset).toMatch(extension === 'js' ? /^application\/javascript/ : /^text\/css/);
      // The bytes are the file's, gzipped.
      expect(gunzipSync(response.body).equals(await readFile(join(DIST, asset))), asset).toBe(true);
    }
    // A file that is not there is not cached for a year.
    const missing = await rawRequest(`${deployment.site}assets/no-such-file-00000000.js`);
    expect(missing.status).toBe(404);
    expect(header(missing, 'Cache-Control')).not.toMatch(/immutable|max-age/);
  });

  it('pages, config.json, embed.js and the service workers: no-cache with an ETag; the ETag asked again is a 304 without a body', async ({
    deployment,
  }) => {
    const revalidated = [
      'index.html',
      'widget.html',
      'kiosk.html',
      'public.html',
      'config.json',
      'embed.js',
      'kiosk-sw.js',
      'mockServiceWorker.js',
    ];
    for (const name of revalidated) {
      for (const encoding of ['identity', 'gzip']) {
        const url = `${deployment.site}${name}`;
        const first = await rawRequest(url, { headers: { 'Accept-Encoding': encoding } });
        expect(first.status, name).toBe(200);
        expect(header(first, 'Cache-Control'), name).toBe('no-cache');
        const etag = header(first, 'ETag');
        expect(etag, name).toMatch(/^(W\/)?"[^"]+"$/);
        expect(header(first, 'Last-Modified'), name).not.toBe('');
        const again = await rawRequest(url, { headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag } });
        expect(again.status, `${name} (${encoding}) asked again with ${etag}`).toBe(304);
        expect(again.body.length, name).toBe(0);
        expect(header(again, 'Cache-Control'), name).toBe('no-cache');
        expect(header(again, 'X-Content-Type-Options'), name).toBe('nosniff');
      }
    }
    // Text is compressed: the pages, the index and the workers (config.json is below gzip_min_length).
    for (const name of ['index.html', 'tthc-index.json', 'kiosk-sw.js', 'mockServiceWorker.js']) {
      const response = await rawRequest(`${deployment.site}${name}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(header(response, 'Content-Encoding'), name).toBe('gzip');
    }
    const config = await rawRequest(`${deployment.site}config.json`);
    expect(header(config, 'Content-Type')).toMatch(/^application\/json/);
    expect(JSON.parse(config.body.toString('utf8'))).toMatchObject({ feedUrl: 'tthc-index.json', pollSeconds: POLL_SECONDS });
  });

  it('the CSP and nosniff on every answer; frame-ancestors * for widget.html alone; connect-src names the three feed origins', async ({
    deployment,
  }) => {
    const origins = deployment.provinces.map((province) => province.origin);
    const answers: Array<[string, RawResponse]> = [];
    for (const path of [
      'index.html',
      'widget.html',
      'kiosk.html',
      'public.html',
      '',
      'config.json',
      'embed.js',
      'kiosk-sw.js',
      await hashedAsset(deployment.site, 'js'),
      'no-such-page.html',
    ]) {
      answers.push([path || '(the sub-path itself)', await rawRequest(`${deployment.site}${path}`)]);
    }
    answers.push(['outside the sub-path', await rawRequest(`${deployment.siteOrigin}/elsewhere`)]);
    for (const [what, response] of answers) {
      expect(header(response, 'X-Content-Type-Options'), what).toBe('nosniff');
      expect(directive(response, 'connect-src'), what).toBe(`connect-src 'self' ${origins.join(' ')}`);
      expect(directive(response, 'script-src'), what).toBe("script-src 'self'");
      expect(directive(response, 'frame-ancestors'), what).toBe(what === 'widget.html' ? 'frame-ancestors *' : "frame-ancestors 'none'");
    }
    // The README's policy, word for word, but for the feed origins.
    const [, index] = answers[0]!;
    expect(header(index, 'Content-Security-Policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        `connect-src 'self' ${origins.join(' ')}; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; ` +
        "form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('the widget can be framed by another site, the dashboard cannot', async ({ deployment, serveStatic, openPage }) => {
    // A portal on another origin of this machine (a public one would meet Chromium's local-network checks instead).
    const portal = await serveStatic({ host: 'localhost' });
    portal.route('/portal.html', (_request, response) => {
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><title>Cổng</title><iframe name="widget" src="${deployment.site}widget.html"></iframe>` +
            `<iframe name="dashboard" src="${deployment.site}index.html"></iframe>`,
        );
    });
    const { page } = await openPage(`${portal.origin}/portal.html`);
    const frameUrl = (name: string) => page.frame({ name })?.url() ?? '';
    await expect.poll(() => frameUrl('widget'), { timeout: 30_000 }).toBe(`${deployment.site}widget.html`);
    await expect.poll(() => page.frame({ name: 'widget' })!.locator('body').innerText(), { timeout: 45_000 }).toMatch(/\S/);
    // Chromium replaces a frame that frame-ancestors refuses with its error page: no document of the site in it.
    await expect.poll(() => frameUrl('dashboard'), { timeout: 30_000 }).toMatch(/^chrome-error:/);
    expect(frameUrl('widget')).toBe(`${deployment.site}widget.html`);
  });
});

describe('headers of a feed publisher', () => {
  it('JSON, gzip, no-cache and an ETag answered with a 304, CORS on every answer, and the preflight the pages need', async ({
    deployment,
  }) => {
    const province = deployment.provinces[0]!;
    const url = `${province.origin}/tthc/summary.json`;
    const origin = deployment.siteOrigin;
    const expectCors = (response: RawResponse, what: string) => {
      expect(header(response, 'Access-Control-Allow-Origin'), what).toBe('*');
      expect(header(response, 'Access-Control-Expose-Headers'), what).toBe('ETag, Last-Modified, Retry-After');
      expect(header(response, 'X-Content-Type-Options'), what).toBe('nosniff');
    };
    const first = await rawRequest(url, { headers: { Origin: origin, Accept: 'application/json', 'Accept-Encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(header(first, 'Content-Type')).toBe('application/json');
    expect(header(first, 'Content-Encoding')).toBe('gzip');
    expect(header(first, 'Vary')).toMatch(/Accept-Encoding/);
    expect(header(first, 'Cache-Control')).toBe('no-cache');
    expectCors(first, 'GET');
    const summary = JSON.parse(gunzipSync(first.body).toString('utf8')) as FeedDocument;
    expect(summary.schema).toBe('tthc-feed/1');
    expect(summary.units[0]!.name).toBe(province.name);

    const etag = header(first, 'ETag');
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await rawRequest(url, { headers: { Origin: origin, 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectCors(again, '304');
    const since = await rawRequest(url, { headers: { Origin: origin, 'If-Modified-Since': header(first, 'Last-Modified') } });
    expect(since.status).toBe(304);

    // What Chromium asks before a cross-origin GET with If-None-Match.
    const preflight = await rawRequest(url, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept,if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expectCors(preflight, 'OPTIONS');
    expect(header(preflight, 'Access-Control-Allow-Methods')).toMatch(/\bGET\b/);
    const allowed = header(preflight, 'Access-Control-Allow-Headers')
      .toLowerCase()
      .split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['accept', 'if-none-match', 'if-modified-since']));

    // The full document too; anything else is not served.
    const full = await rawRequest(`${province.origin}/tthc/feed.json`, { headers: { Origin: origin } });
    expect(full.status).toBe(200);
    expectCors(full, 'feed.json');
    const elsewhere = await rawRequest(`${province.origin}/index.html`);
    expect(elsewhere.status).toBe(404);
    expect(header(elsewhere, 'X-Content-Type-Options')).toBe('nosniff');
  });
});

/** Opens a page of the site recording CSP violations (console and securitypolicyviolation events) and script errors. */
async function openWatched(openPage: OpenPage, url: string, viewport = { width: 1366, height: 768 }) {
  const { page, errors } = await openPage(url, { goto: false, viewport });
  const violations: string[] = [];
  recordCspViolations(page, violations);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  const cspViolations = async () => [
    ...violations,
    ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ?? []),
  ];
  return { page, errors, responses, cspViolations };
}

/** Some count grouped the vi-VN way ("1.234"): the page painted figures. */
const FIGURES = /\d{1,3}(\.\d{3})+/;

describe('every page under the served CSP', () => {
  for (const name of ['index.html', 'widget.html', 'kiosk.html', 'public.html']) {
    it(
      `${name}: the national figures over the three feeds, no violation, no error, everything from /so-lieu/ or the feeds`,
      { timeout: 150_000 },
      async ({ deployment, openPage }) => {
        const { page, errors, responses, cspViolations } = await openWatched(openPage, `${deployment.site}${name}`);
        await expect.poll(() => page.locator('body').innerText(), { timeout: 45_000 }).toMatch(FIGURES);
        // Each province's summary read, and nothing asked of any other origin.
        const feedOrigins = deployment.provinces.map((province) => province.origin);
        await expect
          .poll(
            () =>
              new Set(
                responses.filter((r) => r.status() === 200 && r.url().endsWith('/tthc/summary.json')).map((r) => new URL(r.url()).origin),
              ).size,
            {
              timeout: 30_000,
            },
          )
          .toBe(feedOrigins.length);
        await page.waitForLoadState('networkidle').catch(() => {});
        for (const response of responses) {
          const url = new URL(response.url());
          if (url.protocol === 'data:') continue;
          if (url.origin === deployment.siteOrigin) {
            expect(url.pathname, url.href).toMatch(/^\/so-lieu\//);
            expect(response.status(), url.href).toBeLessThan(400);
          } else expect(feedOrigins, url.href).toContain(url.origin);
        }
        expect(await cspViolations()).toEqual([]);
        expect(errors).toEqual([]);
      },
    );
  }
});

/** Sums the provinces' figures with the engine's own addition: what the national view must show. */
function nationalFigures(provinces: readonly Province[]): UnitFigures {
  const counts = emptyCounts();
  let rows = 0;
  for (const province of provinces) {
    addCounts(counts, province.figures);
    rows += province.figures.rowCount;
  }
  return deriveFigures(counts, rows);
}

const kpi = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true }).locator('.kpi-tile__value');

async function expectKpis(page: Page, figures: UnitFigures) {
  await expect.poll(() => kpi(page, 'Đã tiếp nhận').textContent(), { timeout: 45_000 }).toBe(vi(figures.received));
  expect(await kpi(page, 'Đã giải quyết').textContent()).toBe(vi(figures.resolved));
  expect(await kpi(page, 'Tỷ lệ đúng hạn').textContent()).toBe(formatRate(figures.onTimeRate, 'vi'));
  expect(await kpi(page, 'Đang giải quyết').textContent()).toBe(vi(figures.pending));
}

/** A province's row in the dashboard's units table: its first count after its name (the STT column comes before it). */
const provinceToProcess = (page: Page, name: string) =>
  page
    .locator('.data-table tbody tr', { has: page.getByRole('link', { name, exact: true }) })
    .locator('th.unit-cell ~ td.num')
    .first()
    .textContent();

describe('the national view over three publishers', () => {
  it(
    'shows the sum of the three provinces, their update times, and a province opened reads its full document',
    { timeout: 180_000 },
    async ({ deployment, openPage }) => {
      const { page, errors, responses } = await openWatched(openPage, `${deployment.site}index.html`, { width: 1440, height: 900 });
      await expectKpis(page, nationalFigures(deployment.provinces));
      await expect.poll(() => page.locator('.view-heading').textContent()).toContain(INDEX_NAME);
      for (const province of deployment.provinces) {
        await expect.poll(() => provinceToProcess(page, province.name), { timeout: 20_000 }).toBe(vi(province.figures.toProcess));
      }
      expect(await page.locator('.federation-partial').count()).toBe(0);
      // The headline time says the oldest and the newest of the provinces' generatedAt, in that order (a date too when
      // not today).
      const times = deployment.provinces.map((province) => province.generatedAtMs);
      const at = (ms: number) => formatTime(ms, 'vi', deployment.timeZone);
      expect(Math.min(...times)).toBeLessThan(Math.max(...times));
      const span = new RegExp(`${at(Math.min(...times))}.*${at(Math.max(...times))}`);
      await expect.poll(() => page.getByText(span).count()).toBeGreaterThan(0);

      // A province opened: its full document, from its own publisher, and its own figures.
      const province = deployment.provinces[1]!;
      await page.getByRole('link', { name: province.name, exact: true }).click();
      await expect
        .poll(() => responses.some((r) => r.url() === `${province.origin}/tthc/feed.json` && r.status() === 200), { timeout: 45_000 })
        .toBe(true);
      await expect.poll(() => page.locator('.view-heading').textContent()).toContain(province.name);
      await expectKpis(page, province.fullFigures);
      expect(errors).toEqual([]);
    },
  );

  it(
    'asks again with the ETag at each poll, and nginx answers 304 while a feed is unchanged',
    { timeout: 240_000 },
    async ({ deployment, openPage }) => {
      // Only this page's requests: the publishers' logs so far are other tests'.
      const earlier = await Promise.all(deployment.provinces.map(async (province) => (await province.publisher.accessLog()).length));
      const { page, errors, responses } = await openWatched(openPage, `${deployment.site}index.html`);
      await expectKpis(page, nationalFigures(deployment.provinces));
      const unchanged = (origin: string) =>
        responses.filter((r) => r.url() === `${origin}/tthc/summary.json` && r.request().method() === 'GET' && r.status() === 304).length;
      // Polls every 10 s: a second or third poll of each feed within a minute and a half even on a loaded machine.
      for (const [i, province] of deployment.provinces.entries()) {
        await expect.poll(() => unchanged(province.origin), { timeout: 90_000, interval: 1000 }).toBeGreaterThan(0);
        // nginx's own account: a GET of the summary with If-None-Match, answered 304 with no body.
        const log = (await province.publisher.accessLog()).slice(earlier[i]);
        const answered = log.filter((line) => line.method === 'GET' && line.uri === '/tthc/summary.json' && line.status === 304);
        expect(answered.length, province.name).toBeGreaterThan(0);
        expect(answered.every((line) => line.ifNoneMatch !== '' && line.bytes === 0)).toBe(true);
        // If-None-Match is not a CORS-safelisted header: Chromium asked first, and nginx allowed it.
        expect(log.some((line) => line.method === 'OPTIONS' && line.uri === '/tthc/summary.json' && line.status === 204)).toBe(true);
      }
      expect(errors).toEqual([]);
    },
  );

  it(
    'one publisher stopped: the pages say which province is missing and keep the others; back, it fills in by itself',
    { timeout: 600_000 },
    async ({ deployment, openPage }) => {
      const national = nationalFigures(deployment.provinces);
      const [first, stopped, third] = deployment.provinces as [Province, Province, Province];
      const dashboard = await openWatched(openPage, `${deployment.site}index.html`, { width: 1440, height: 900 });
      const widget = await openWatched(openPage, `${deployment.site}widget.html`, { width: 400, height: 300 });
      const kiosk = await openWatched(openPage, `${deployment.site}kiosk.html?rotate=3600`, { width: 1920, height: 1080 });
      await expectKpis(dashboard.page, national);
      await expect.poll(() => widget.page.locator('body').innerText(), { timeout: 45_000 }).toMatch(FIGURES);
      await expect.poll(() => kiosk.page.locator('body').innerText(), { timeout: 45_000 }).toMatch(FIGURES);
      const partial = {
        dashboard: dashboard.page.locator('.federation-partial'),
        widget: widget.page.locator('.widget__partial'),
        kiosk: kiosk.page.locator('.federation-partial'),
      };
      for (const [page, locator] of Object.entries(partial)) expect(await locator.count(), page).toBe(0);

      await stopped.publisher.stop();
      try {
        for (const [page, locator] of Object.entries(partial)) {
          // The next poll (10 s), its retries, then the state: well within two minutes.
          await expect.poll(() => locator.count(), { timeout: 120_000, interval: 1000 }).toBeGreaterThan(0);
          const said = (await locator.first().innerText()).replace(/\s+/g, ' ').trim();
          expect(said, page).toMatch(/^Số liệu chưa đủ/);
          expect(said, page).toContain(stopped.name);
          expect(said, page).not.toContain(first.name);
          expect(said, page).not.toContain(third.name);
        }
        // The two others' figures stay on the dashboard, as they were, and the national figures are still shown.
        for (const province of [first, third]) {
          expect(await provinceToProcess(dashboard.page, province.name), province.name).toBe(vi(province.figures.toProcess));
        }
        expect(await kpi(dashboard.page, 'Đã tiếp nhận').textContent()).toMatch(FIGURES);
      } finally {
        await stopped.publisher.start();
      }
      // Back: a later poll reads it, and every page fills in by itself (no reload).
      for (const locator of Object.values(partial)) {
        await expect.poll(() => locator.count(), { timeout: 120_000, interval: 1000 }).toBe(0);
      }
      await expectKpis(dashboard.page, national);
      expect(await provinceToProcess(dashboard.page, stopped.name)).toBe(vi(stopped.figures.toProcess));
      for (const opened of [dashboard, widget, kiosk]) {
        expect(await opened.cspViolations()).toEqual([]);
        expect(opened.errors).toEqual([]);
      }
    },
  );
});
