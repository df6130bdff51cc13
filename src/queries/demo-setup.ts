// The built-in demo feeds, loaded only when config.json says "demo" or "demo-national": their service worker (MSW) and
// the `chaos` switch, so a real deployment never downloads the generators, MSW or the code that reads `chaos`.
import { readChaosParam, type ChaosChoice } from '../config/chaos-param';
import { NATIONAL_DEMO_FEED, type DemoFeed } from '../config/runtime-config';
import { startDemoWorker } from '../../mocks/browser';
import { DEMO_FEED_PATH, NATIONAL_DEMO_INDEX_PATH } from '../../mocks/handlers';

/**
 * Starts the simulated feeds; `search` is the page's query, read for `chaos` only. Returns the address of the demo
 * asked for: Cần Thơ's feed, or the national index of 34 provincial feeds.
 */
export async function startDemo(
  baseUrl: string,
  search: string,
  demo: DemoFeed = 'demo',
): Promise<{ feedUrl: string; chaos: ChaosChoice }> {
  const chaos = readChaosParam(search);
  await startDemoWorker({ chaos: chaos !== null && 'share' in chaos ? chaos.share : 0 });
  const path = demo === NATIONAL_DEMO_FEED ? NATIONAL_DEMO_INDEX_PATH : DEMO_FEED_PATH;
  return { feedUrl: new URL(path, baseUrl).href, chaos };
}
