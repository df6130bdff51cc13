// TanStack Query options for the feed: polling, retries and what a failed poll leaves on screen.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { FEED_TIMEOUT_MS, FeedError, fetchFeed, type FeedSnapshot } from './fetch-feed';

export type FeedPolling = {
  pollSeconds: number;
  /** The kiosk polls whatever the tab's visibility; the dashboard and the widget pause while hidden. */
  inBackground: boolean;
  /** Retries before a poll counts as failed; Infinity for the kiosk. */
  retries: number;
  /** Ceiling of the growing retry delay. */
  maxRetryDelayMs: number;
};

export const DASHBOARD_POLLING = { inBackground: false, retries: 2, maxRetryDelayMs: 30_000 } as const;

export function feedQueryKey(url: string) {
  return ['feed', url] as const;
}

export function retryDelayMs(attempt: number, error: unknown, maxMs: number): number {
  const retryAfter = error instanceof FeedError && error.problem.code === 'http' ? error.problem.retryAfterSeconds : null;
  if (retryAfter !== null) return Math.min(maxMs, retryAfter * 1000);
  return Math.min(maxMs, 1000 * 2 ** attempt);
}

/** A request never outlives the poll interval, so a hanging feed cannot hold up the next poll. */
export function feedTimeoutMs(pollSeconds: number): number {
  return Math.min(FEED_TIMEOUT_MS, pollSeconds * 1000);
}

export function feedQueryOptions(url: string, polling: FeedPolling, queryClient: QueryClient) {
  const pollMs = polling.pollSeconds * 1000;
  return queryOptions({
    queryKey: feedQueryKey(url),
    queryFn: ({ signal }) =>
      fetchFeed(url, queryClient.getQueryData<FeedSnapshot>(feedQueryKey(url)), signal, feedTimeoutMs(polling.pollSeconds)),
    refetchInterval: pollMs,
    refetchIntervalInBackground: polling.inBackground,
    refetchOnWindowFocus: true,
    // A refused document will be refused again at once; waiting for the next poll is the honest retry.
    retry: (failureCount, error) => !(error instanceof FeedError && error.problem.code === 'refused') && failureCount < polling.retries,
    retryDelay: (attempt, error) => retryDelayMs(attempt, error, polling.maxRetryDelayMs),
    // The snapshot is returned unchanged when the feed is; deep comparison of a big model would only cost time.
    structuralSharing: false,
    // Fresh for one poll interval: a view that mounts later (the status band, a lazy chart) reads the
    // document already fetched instead of asking again; polling, "check now" and a tab coming back
    // after more than one interval still fetch.
    staleTime: pollMs,
    gcTime: Infinity,
  });
}
