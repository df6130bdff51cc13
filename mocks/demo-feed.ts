// The built-in demo feed: Thành phố Cần Thơ as it is today, simulated from a seed and the clock.
import type { FeedDocument } from '../src/feed/feed-schema';
import { CAN_THO_COMMUNES, CAN_THO_ID, CAN_THO_NAME } from './data/can-tho-communes';
import { DEFAULT_DEMO_SEED, appendUnitRows, feedClock, provinceUnits } from './feed-simulation';

export const PROVINCE_SOURCE_NAME = 'Hệ thống thông tin giải quyết TTHC thành phố Cần Thơ (mô phỏng)';

// The 11 core departments plus these give Cần Thơ its 15.
export const CAN_THO_OPTIONAL_DEPARTMENTS = ['SDTTG', 'SNGV', 'BQLKCN', 'TTR'] as const;

/**
 * Every month of the previous year and of this year up to `now`'s month, the last one month to date.
 * The same seed and the same minute give the same document.
 */
export function generateProvinceFeed({ seed = DEFAULT_DEMO_SEED, now }: { seed?: number; now: Date }): FeedDocument {
  const clock = feedClock(now);
  const januaryLastYear = (Math.floor(clock.month / 12) - 1) * 12;
  const { units, simulated } = provinceUnits(
    seed,
    { id: CAN_THO_ID, name: CAN_THO_NAME, communes: CAN_THO_COMMUNES },
    undefined,
    CAN_THO_OPTIONAL_DEPARTMENTS,
  );
  return {
    schema: 'tthc-feed/1',
    generatedAt: clock.generatedAt,
    source: { name: PROVINCE_SOURCE_NAME },
    units,
    stats: appendUnitRows([], seed, simulated, januaryLastYear, clock),
  };
}
