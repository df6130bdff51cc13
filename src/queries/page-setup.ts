// Start-up without a framework: config.json, then (for "demo") the simulated feed's service worker, then the feed's absolute address.
import type { ChaosChoice } from '../config/chaos-param';
import { isDemoFeed, loadConfig, type RuntimeConfig } from '../config/runtime-config';

export type PageSetup = {
  config: RuntimeConfig;
  feedUrl: string;
  /** The demo feed's chaos switch (`?chaos=`), to say on the page; always null on a real feed, which ignores it. */
  chaos: ChaosChoice;
};

export type FeedChoice = 'main' | 'widget';

/** `search`: the page's query, read only for the demo's `chaos`; the feed's address never comes from it. */
export async function setUpPage(
  baseUrl: string,
  choice: FeedChoice,
  search: string = typeof location === 'undefined' ? '' : location.search,
): Promise<PageSetup> {
  const config = await loadConfig(baseUrl);
  const address = choice === 'widget' ? (config.widgetFeedUrl ?? config.feedUrl) : config.feedUrl;
  if (!isDemoFeed(address)) return { config, feedUrl: new URL(address, baseUrl).href, chaos: null };
  const { startDemo } = await import('./demo-setup');
  return { config, ...(await startDemo(baseUrl, search, address)) };
}
