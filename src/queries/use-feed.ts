// The feed as a page sees it. Split in two so that a poll which only moves "last checked"
// re-renders the clock line, not the figures: TanStack Query re-renders on the fields a hook reads.
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { existingFederation, feedQueryOptions, shownFailure, type FailureState, type FeedPolling } from './feed-query';
import type { FeedSnapshot } from './fetch-feed';
import { useLocalFeed } from './local-feed';

export type FeedData = {
  /** The last good document; stays through failed polls. */
  snapshot: FeedSnapshot | undefined;
  /** The latest poll's problem, null once a later poll succeeds; set from the first failed attempt, while retries go on. */
  error: Error | null;
};

export function useFeedData(url: string, polling: FeedPolling): FeedData {
  const queryClient = useQueryClient();
  const query = useQuery(feedQueryOptions(url, polling, queryClient));
  const error = useShownFailure(query);
  // A file the viewer opened stands in for the live feed, which goes on polling unseen until they go back to it.
  const local = useLocalFeed();
  if (local) return { snapshot: local.snapshot, error: null };
  return { snapshot: query.data, error };
}

/** The failure a page shows for the feed query, kept from one render to the next as shownFailure says. */
export function useShownFailure(query: FailureState): Error | null {
  const [shown, setShown] = useState<Error | null>(null);
  const next = shownFailure(query, shown);
  if (next !== shown) setShown(next);
  return next;
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

/**
 * In a national view, reads the full document (fields included) of the province `unitId` belongs to, in place of its
 * summary, for as long as a unit of that province is on screen. Does nothing on an ordinary feed.
 */
export function useOpenProvince(url: string, snapshot: FeedSnapshot | undefined, unitId: string | null): void {
  const queryClient = useQueryClient();
  const feedId = (unitId !== null && snapshot?.model.federation?.feedOfUnit.get(unitId)) || null;
  const national = snapshot?.federation !== undefined;
  useEffect(() => {
    if (national) existingFederation(queryClient, url)?.open(feedId);
  }, [queryClient, url, feedId, national]);
}
