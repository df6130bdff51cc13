// Whether a document's own `generatedAt` deserves a warning: in the future by this clock, or older than the stale limit.

/** A publisher's clock a few minutes ahead is normal drift, not a wrong document. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type FeedTimeProblem = 'future' | 'stale' | null;

export function feedTimeProblem(generatedAtMs: number, nowMs: number, staleAfterSeconds: number): FeedTimeProblem {
  if (generatedAtMs - nowMs > FUTURE_TOLERANCE_MS) return 'future';
  if (nowMs - generatedAtMs > staleAfterSeconds * 1000) return 'stale';
  return null;
}
