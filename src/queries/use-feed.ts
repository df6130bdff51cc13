// The feed as a page sees it. Split in two so that a poll which only moves "last checked"
// re-renders the clock line, not the figures: TanStack Query re-renders on the fields a hook reads.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { feedQueryOptions, type FeedPolling } from './feed-query';
import type { FeedSnapshot } from './fetch-feed';

export type FeedData = {
  /** The last good document; stays through failed polls. */
  snapshot: FeedSnapshot | undefined;
  /** The latest poll's problem, null once a later poll succeeds; set from the first failed attempt, while retries go on. */
  error: Error | null;
};

export function useFeedData(url: string, polling: FeedPolling): FeedData {
  const queryClient = useQueryClient();
  const query = useQuery(feedQueryOptions(url, polling, queryClient));
  return { snapshot: query.data, error: query.error ?? query.failureReason };
}

export type FeedTimes = {
  /** When a good document last arrived or was confirmed unchanged; 0 before the first. */
  lastSuccessAt: number;
  /** When the feed was last asked, whatever the answer. */
  lastCheckedAt: number;
  isFetching: boolean;
  refetch: () => void;
};

export function useFeedTimes(url: string, polling: FeedPolling): FeedTimes {
  const queryClient = useQueryClient();
  const query = useQuery(feedQueryOptions(url, polling, queryClient));
  return {
    lastSuccessAt: query.dataUpdatedAt,
    lastCheckedAt: Math.max(query.dataUpdatedAt, query.errorUpdatedAt),
    isFetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
