// Tests' national view (FEED.md "Federation"): docs/examples/small-province.json and a copy under other unit ids, merged by
// federate() as the national view merges provinces, with the provinces' states a page is given.
import { readFileSync } from 'node:fs';
import { federate } from '../feed/federate';
import type { FeedModel } from '../feed/feed-model';
import { parseFeedText } from '../feed/parse-feed';
import type { FederationStatus, FeedStatus } from '../queries/federation-status';
import type { FeedSnapshot } from '../queries/fetch-feed';

type Doc = { generatedAt: string; units: { id: string; parentId?: string }[]; stats: { unitId: string }[] };

export const SMALL_PROVINCE_TEXT = readFileSync('docs/examples/small-province.json', 'utf8');

/** The example province (P1, Tỉnh Mẫu, 16:40 31/3/2026) under ids `B-…`, generated at another time: a second province. */
export function otherProvinceText(generatedAt = '2026-03-31T17:10:00+07:00'): string {
  const example = JSON.parse(SMALL_PROVINCE_TEXT) as Doc;
  const id = (unitId: string) => `B-${unitId}`;
  return JSON.stringify({
    ...example,
    generatedAt,
    units: example.units.map((unit) => ({ ...unit, id: id(unit.id), ...(unit.parentId ? { parentId: id(unit.parentId) } : {}) })),
    stats: example.stats.map((row) => ({ ...row, unitId: id(row.unitId) })),
  });
}

export function modelOf(text: string): FeedModel {
  const parsed = parseFeedText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.refusal));
  return parsed.model;
}

/** 17:20 31/3/2026 in Viet Nam: ten minutes after the newer province's document. */
export const NATIONAL_NOW_MS = Date.parse('2026-03-31T17:20:00+07:00');

/** When the failing province (Tỉnh Lai Châu) began failing: 17:05. */
export const FAILING_SINCE_MS = Date.parse('2026-03-31T17:05:00+07:00');

/**
 * "Cả nước" of Tỉnh Mẫu (P1) and Tỉnh B (B-P1), both fine; with `failing`, a third province listed in the index, Tỉnh Lai
 * Châu (12), whose feed has not answered since 17:05 and so is missing from the figures.
 */
export function nationalSnapshot({ failing = false }: { failing?: boolean } = {}): FeedSnapshot {
  const one = modelOf(SMALL_PROVINCE_TEXT);
  const two = modelOf(otherProvinceText());
  const model = federate('Cả nước', [
    { feedId: 'P1', name: 'Tỉnh Mẫu', model: one, full: true },
    { feedId: 'B-P1', name: 'Tỉnh B', model: two, full: true },
  ]);
  const ok = (id: string, name: string, part: FeedModel): FeedStatus => ({
    id,
    name,
    state: 'ok',
    generatedAtMs: part.generatedAtMs,
    failingSinceMs: null,
    problem: null,
    full: false,
  });
  const feeds = [ok('P1', 'Tỉnh Mẫu', one), ok('B-P1', 'Tỉnh B', two)];
  if (failing) {
    feeds.push({
      id: '12',
      name: 'Tỉnh Lai Châu',
      state: 'failed',
      generatedAtMs: null,
      failingSinceMs: FAILING_SINCE_MS,
      problem: { code: 'http', status: 503, retryAfterSeconds: null },
      full: false,
    });
  }
  const federation: FederationStatus = { name: 'Cả nước', feeds };
  const index = { schema: 'tthc-index/1', name: 'Cả nước', feeds: [] };
  return { model, etag: '"index-1"', lastModified: null, text: JSON.stringify(index), federation };
}
