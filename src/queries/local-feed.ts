// A document opened from this computer (a feed file, or one built from a dossier export): while it is open, every page
// part that reads the feed through useFeedData shows it instead of the live feed, and nothing on the page changes but that.
import { queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import type { FeedModel } from '../feed/feed-model';
import type { FeedSnapshot } from './fetch-feed';

/** What the builder said about an export: records read, kept, replaced, and left out by reason. */
export type LocalBuildSummary = { read: number; kept: number; replaced: number; leftOut: number };

export type LocalFeed = {
  fileName: string;
  /** 'feed': a tthc-feed/1 document as written; 'export': built here from dossier records. */
  kind: 'feed' | 'export';
  /** When it was opened or built on this machine (ms). */
  openedAt: number;
  build: LocalBuildSummary | null;
  snapshot: FeedSnapshot;
};

const LOCAL_FEED_KEY = ['local-feed'] as const;

/** Never fetched: the entry is written when a file is opened and removed on the way back to the live feed. */
export const localFeedQueryOptions = queryOptions<LocalFeed | null>({
  queryKey: LOCAL_FEED_KEY,
  queryFn: skipToken,
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useLocalFeed(): LocalFeed | null {
  return useQuery(localFeedQueryOptions).data ?? null;
}

export function localFeedOpened(
  queryClient: QueryClient,
  fileName: string,
  kind: LocalFeed['kind'],
  model: FeedModel,
  build: LocalBuildSummary | null,
) {
  const snapshot: FeedSnapshot = { model, etag: null, lastModified: null, text: '' };
  const local: LocalFeed = { fileName, kind, openedAt: Date.now(), build, snapshot };
  queryClient.setQueryData(localFeedQueryOptions.queryKey, local);
}

export function localFeedClosed(queryClient: QueryClient) {
  queryClient.setQueryData(localFeedQueryOptions.queryKey, null);
}
