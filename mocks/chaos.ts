// The chaos switch of the demo feed: fail a share of its requests on purpose, the ways real feeds fail, to watch
// the pages ride out bad polls by hand (`?chaos=0.3` on a demo deployment). The random source can be replaced, so
// tests know which request fails and how; the demo's own is seeded, so a page load meets the same faults in the
// same order every time and what one watched can be watched again.

/** Each way a portal's feed really fails: an outage, a server error, a proxy's HTML page served as 200, a body cut
 * off half way, a connection that drops. */
export const CHAOS_FAULTS = ['http-503', 'http-500', 'html-200', 'cut-json', 'network-error'] as const;
export type ChaosFault = (typeof CHAOS_FAULTS)[number];

let share = 0;
let random: () => number = Math.random;
let sourceOfFeed: (feed: string) => () => number = () => random;
const feedSources = new Map<string, () => number>();

/**
 * 0 (the default) turns chaos off; 1 fails every request. `source` returns numbers in [0, 1), like Math.random.
 * `perFeed` gives each feed of an index its own source (one per feed, asked once), so one province's polls never move
 * another's faults; without it every feed draws from `source`.
 */
export function setChaos(next: number, source: () => number = Math.random, perFeed?: (feed: string) => () => number): void {
  share = Number.isFinite(next) ? Math.min(1, Math.max(0, next)) : 0;
  random = source;
  sourceOfFeed = perFeed ?? (() => source);
  feedSources.clear();
}

export function chaosShare(): number {
  return share;
}

/** The seed of the demo's draws: at a share of 0.5 its first request is answered, its second fails (an HTML page). */
export const DEMO_CHAOS_SEED = 1;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A feed's own seeded draws: the seed mixed with the feed's name (FNV-1a), so each feed meets its own faults. */
export function seededFeedRandom(seed: number): (feed: string) => () => number {
  return (feed) => {
    let hash = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < feed.length; i++) hash = Math.imul(hash ^ feed.charCodeAt(i), 0x01000193) >>> 0;
    return seededRandom(hash);
  };
}

/**
 * The fault for the next request (of `feed`, when an index lists several), or null to answer it normally: one draw
 * decides whether, a second which.
 */
export function nextChaosFault(feed?: string): ChaosFault | null {
  if (share === 0) return null;
  let draw = random;
  if (feed !== undefined) {
    draw = feedSources.get(feed) ?? sourceOfFeed(feed);
    feedSources.set(feed, draw);
  }
  if (draw() >= share) return null;
  return CHAOS_FAULTS[Math.min(CHAOS_FAULTS.length - 1, Math.floor(draw() * CHAOS_FAULTS.length))] ?? null;
}
