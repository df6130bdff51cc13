// config.json for the kiosk: unlike the other pages it never gives up, because nobody is there to press reload.
import { queryOptions } from '@tanstack/react-query';
import { setUpPage } from '../queries/config-query';
import type { FeedPolling } from '../queries/feed-query';

/** config.json is retried with growing delays up to this, forever. */
export const CONFIG_RETRY_CEILING_MS = 60_000;

export function kioskSetupQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['kiosk-setup', baseUrl],
    queryFn: () => setUpPage(baseUrl, 'main'),
    staleTime: Infinity,
    gcTime: Infinity,
    // A broken file may be fixed by the administrator at any time; the kiosk picks it up on its own.
    retry: true,
    retryDelay: (attempt) => Math.min(CONFIG_RETRY_CEILING_MS, 1000 * 2 ** attempt),
  });
}

/** The feed's ceiling: growing retries stop growing here, so a returning feed is seen within a poll or a minute. */
export function kioskRetryCeilingMs(pollSeconds: number): number {
  return Math.min(5 * 60_000, Math.max(30_000, pollSeconds * 1000));
}

/** How the kiosk polls its feed: hidden or not (nobody looks at the tab), retrying an outage for as long as it lasts. */
export function kioskFeedPolling(pollSeconds: number): FeedPolling {
  return { pollSeconds, inBackground: true, retries: Infinity, maxRetryDelayMs: kioskRetryCeilingMs(pollSeconds) };
}
