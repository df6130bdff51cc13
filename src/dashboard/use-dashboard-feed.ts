// The dashboard's feed and the unit on screen, read by any part of the page that needs them: nothing travels down as props.
import { useMemo } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { DASHBOARD_POLLING, type FeedPolling } from '../queries/feed-query';
import { useFeedData, useOpenProvince, type FeedData } from '../queries/use-feed';
import { usePageSetup } from '../ui/page-setup-gate';
import { useUnitId } from '../view/view-store';

/** The feed's address and how the dashboard polls it (config.json's pollSeconds). */
export function useDashboardPolling(): { feedUrl: string; polling: FeedPolling } {
  const { config, feedUrl } = usePageSetup();
  const polling = useMemo(() => ({ ...DASHBOARD_POLLING, pollSeconds: config.pollSeconds }), [config.pollSeconds]);
  return { feedUrl, polling };
}

/** The last good document and the latest poll's problem; the query cache shares one poll between every reader. */
export function useDashboardFeed(): FeedData {
  const { feedUrl, polling } = useDashboardPolling();
  const data = useFeedData(feedUrl, polling);
  // A national view reads the province on screen in full, its fields included.
  useOpenProvince(feedUrl, data.snapshot, useUnitId());
  return data;
}

export function useDashboardModel(): FeedModel | undefined {
  return useDashboardFeed().snapshot?.model;
}

/** The unit on screen: the one in the URL, or the feed's root. */
export function useShownUnitId(model: FeedModel | undefined): string {
  return useUnitId() ?? model?.rootId ?? '';
}
