// A simulated feed for the whole country, to try the app at scale. It carries the full units file
// (600 KB), so it lives apart from demo-feed.ts: only Node scripts and tests import it, never the browser demo.
import type { FeedDocument } from '../src/feed/feed-schema';
import unitsFile from './data/vn-units-2025.json';
import type { FeedRow, FeedUnit, ProvinceData } from './feed-simulation';
import { DEFAULT_DEMO_SEED, appendUnitRows, feedClock, optionalDepartmentCodes, provinceUnits } from './feed-simulation';

export const NATIONAL_ID = 'VN';
export const NATIONAL_SOURCE_NAME = 'Hệ thống thông tin giải quyết TTHC toàn quốc (mô phỏng)';

const provinces: readonly ProvinceData[] = unitsFile.provinces;

/**
 * "Toàn quốc" and its 34 provinces, each with a centre, 12–16 departments and all its communes,
 * over the `months` months ending with `now`'s.
 */
export function generateNationalFeed({
  seed = DEFAULT_DEMO_SEED,
  now,
  months = 12,
}: {
  seed?: number;
  now: Date;
  months?: number;
}): FeedDocument {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`months must be a whole number ≥ 1, not ${months}`);
  }
  const clock = feedClock(now);
  const firstMonth = clock.month - months + 1;
  const units: FeedUnit[] = [{ id: NATIONAL_ID, name: 'Toàn quốc', kind: 'national' }];
  const stats: FeedRow[] = [];
  for (const province of provinces) {
    const built = provinceUnits(seed, province, NATIONAL_ID, optionalDepartmentCodes(seed, province.id));
    for (const unit of built.units) units.push(unit);
    appendUnitRows(stats, seed, built.simulated, firstMonth, clock);
  }
  return {
    schema: 'tthc-feed/1',
    generatedAt: clock.generatedAt,
    source: { name: NATIONAL_SOURCE_NAME },
    units,
    stats,
  };
}
