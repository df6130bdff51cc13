// TanStack Query options for the feed: polling, retries and what a failed poll leaves on screen.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { parseFeedText } from '../feed/parse-feed';
import { FeedError, fetchFeedWith, type FeedSnapshot, type IndexHandler } from './fetch-feed';
import { feedTimeoutMs, retryDelayMs, shouldRetry, type FeedPolling } from './feed-poller';
import { createFederation, type Federation } from './federation';

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

const federations = new WeakMap<QueryClient, Map<string, Federation>>();

/**
 * The national view of an index at `url`, made when the address first answers with an index: its provinces' answers
 * land in the query's data between the index's own polls, so every reader of the feed query sees them.
 */
function federationFor(queryClient: QueryClient, url: string, polling: FeedPolling): Federation {
  let perUrl = federations.get(queryClient);
  if (!perUrl) {
    perUrl = new Map();
    federations.set(queryClient, perUrl);
  }
  let federation = perUrl.get(url);
  if (!federation) {
    const made = createFederation({
      polling,
      parse: parseFeedText,
      onUpdate: (snapshot) => {
        // A province's answer must not hide what is wrong with the index itself (unreachable, refused): setQueryData
        // would clear the query's error. Only "no province yet" is cleared by a province that answers.
        const error = queryClient.getQueryState(feedQueryKey(url))?.error;
        const indexTrouble = error instanceof FeedError && error.problem.code !== 'no-province';
        if (snapshot && !indexTrouble) queryClient.setQueryData(feedQueryKey(url), snapshot);
      },
    });
    // The dashboard's provinces pause while nobody sees the tab, as its own poll does; the kiosk polls always.
    if (!polling.inBackground && typeof document !== 'undefined') {
      made.setActive(document.visibilityState !== 'hidden');
      document.addEventListener('visibilitychange', () => made.setActive(document.visibilityState !== 'hidden'));
    }
    perUrl.set(url, made);
    federation = made;
  }
  return federation;
}

/** The national view already started for `url`, if its address named an index. */
export function existingFederation(queryClient: QueryClient, url: string): Federation | undefined {
  return federations.get(queryClient)?.get(url);
}

export function feedQueryOptions(url: string, polling: FeedPolling, queryClient: QueryClient) {
  const pollMs = polling.pollSeconds * 1000;
  const onIndex: IndexHandler = (response) => federationFor(queryClient, url, polling).onIndex(response);
  return queryOptions({
    queryKey: feedQueryKey(url),
    queryFn: ({ signal }) =>
      fetchFeedWith(
        parseFeedText,
        url,
        queryClient.getQueryData<FeedSnapshot>(feedQueryKey(url)),
        signal,
        feedTimeoutMs(polling.pollSeconds),
        onIndex,
      ),
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
