// TanStack Query options for the feed: polling, retries and what a failed poll leaves on screen.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { FeedError, fetchFeed, type FeedSnapshot } from './fetch-feed';

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

export function feedQueryOptions(url: string, polling: FeedPolling, queryClient: QueryClient) {
  return queryOptions({
    queryKey: feedQueryKey(url),
    queryFn: ({ signal }) => fetchFeed(url, queryClient.getQueryData<FeedSnapshot>(feedQueryKey(url)), signal),
    refetchInterval: polling.pollSeconds * 1000,
    refetchIntervalInBackground: polling.inBackground,
    refetchOnWindowFocus: true,
    // A refused document will be refused again at once; waiting for the next poll is the honest retry.
    retry: (failureCount, error) => !(error instanceof FeedError && error.problem.code === 'refused') && failureCount < polling.retries,
    retryDelay: (attempt, error) => retryDelayMs(attempt, error, polling.maxRetryDelayMs),
    // The snapshot is returned unchanged when the feed is; deep comparison of a big model would only cost time.
    structuralSharing: false,
    staleTime: 0,
    gcTime: Infinity,
  });
}
