// Start-up: config.json, then (for "demo") the simulated feed's service worker, then the feed's absolute address.
import { queryOptions } from '@tanstack/react-query';
import { DEMO_FEED, loadConfig, type RuntimeConfig } from '../config/runtime-config';

export type PageSetup = { config: RuntimeConfig; feedUrl: string };

export type FeedChoice = 'main' | 'widget';

async function startDemo(baseUrl: string): Promise<string> {
  // Loaded only for the demo, so a real deployment never downloads MSW or the generator.
  const [{ startDemoWorker }, { DEMO_FEED_PATH }] = await Promise.all([import('../../mocks/browser'), import('../../mocks/handlers')]);
  await startDemoWorker();
  return new URL(DEMO_FEED_PATH, baseUrl).href;
}

export async function setUpPage(baseUrl: string, choice: FeedChoice): Promise<PageSetup> {
  const config = await loadConfig(baseUrl);
  const address = choice === 'widget' ? (config.widgetFeedUrl ?? config.feedUrl) : config.feedUrl;
  const feedUrl = address === DEMO_FEED ? await startDemo(baseUrl) : new URL(address, baseUrl).href;
  return { config, feedUrl };
}

export function pageSetupQueryOptions(baseUrl: string, choice: FeedChoice) {
  return queryOptions({
    queryKey: ['page-setup', baseUrl, choice],
    queryFn: () => setUpPage(baseUrl, choice),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
