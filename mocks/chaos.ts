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

/** 0 (the default) turns chaos off; 1 fails every request. `source` returns numbers in [0, 1), like Math.random. */
export function setChaos(next: number, source: () => number = Math.random): void {
  share = Number.isFinite(next) ? Math.min(1, Math.max(0, next)) : 0;
  random = source;
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

/** The fault for the next request, or null to answer it normally: one draw decides whether, a second which. */
export function nextChaosFault(): ChaosFault | null {
  if (share === 0 || random() >= share) return null;
  return CHAOS_FAULTS[Math.min(CHAOS_FAULTS.length - 1, Math.floor(random() * CHAOS_FAULTS.length))] ?? null;
}
