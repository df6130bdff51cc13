// Whether the figures on the wall are too old to stand without a word, and why: pure, for the band and its tests.
import { FeedError } from '../queries/fetch-feed';

export type StaleReason = 'unreachable' | 'refused' | 'unchanged';

export type Freshness = { stale: false } | { stale: true; since: number; reason: StaleReason };

/**
 * The data is stale once its generatedAt is older than staleAfterSeconds, whether the feed cannot be
 * reached (nothing newer arrives) or answers with a generatedAt that no longer moves.
 * A generatedAt in the future is not stale: the dashboard warns officials about that, citizens need no band.
 */
export function freshness(now: number, generatedAtMs: number, staleAfterSeconds: number, failure: unknown): Freshness {
  if (now - generatedAtMs <= staleAfterSeconds * 1000) return { stale: false };
  return { stale: true, since: generatedAtMs, reason: staleReason(failure) };
}

export function staleReason(failure: unknown): StaleReason {
  if (failure === null || failure === undefined) return 'unchanged';
  if (failure instanceof FeedError && failure.problem.code === 'refused') return 'refused';
  return 'unreachable';
}

export type AgeParts = { days: number; hours: number; minutes: number };

/** An age in the two largest whole units that matter on a wall: days and hours, or hours and minutes. */
export function ageParts(ms: number): AgeParts {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  return days > 0 ? { days, hours, minutes: 0 } : { days: 0, hours, minutes };
}
