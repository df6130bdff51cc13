// Static parts of a wall screen (title, clock frame, footer) burn into some panels over weeks:
// the whole screen steps a fraction of a type unit round a small loop every few minutes, never animated.

export const BURN_IN_STEP_MS = 3 * 60_000;

/** Offsets in type units (--u): a loop that never lands twice in a row on the same spot. */
const LOOP: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.25, 0],
  [0.25, 0.25],
  [0, 0.25],
  [-0.25, 0.25],
  [-0.25, 0],
  [-0.25, -0.25],
  [0, -0.25],
  [0.25, -0.25],
];

/** The screen's offset at `now`, in type units; at most a quarter unit (5 px at 1080p) either way. */
export function burnInShift(now: number): { x: number; y: number } {
  const step = Math.floor(now / BURN_IN_STEP_MS) % LOOP.length;
  const [x, y] = LOOP[step] ?? [0, 0];
  return { x, y };
}
