// TanStack Query options for the feed: polling, retries and what a failed poll leaves on screen.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchFeed, type FeedSnapshot } from './fetch-feed';
import { feedTimeoutMs, retryDelayMs, shouldRetry, type FeedPolling } from './feed-poller';

// The policy's plain parts live in feed-poller.ts, which the widget polls with and no React.
export { feedTimeoutMs, retryDelayMs, type FeedPolling } from './feed-poller';

export const DASHBOARD_POLLING = { inBackground: false, retries: 2, maxRetryDelayMs: 30_000 } as const;

export function feedQueryKey(url: string) {
  return ['feed', url] as const;
}

/** What a page reads of the feed query to say what is wrong: its error, the current attempt's reason, its success. */
export type FailureState = { error: Error | null; failureReason: Error | null; isSuccess: boolean };

/**
 * The failure to show now, given the one shown before: the latest attempt's, or, while a new attempt runs with no
 * document yet, the one before. TanStack Query clears a query's error when a fetch starts and there is no data, and a
 * page would otherwise go from "what is wrong" back to "loading" on every poll (for a hanging feed, for as long as
 * the request timeout).
 */
export function shownFailure(state: FailureState, before: Error | null): Error | null {
  const latest = state.error ?? state.failureReason;
  if (latest !== null) return latest;
  return state.isSuccess ? null : before;
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
    retry: (failureCount, error) => shouldRetry(failureCount, error, polling.retries),
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
