// The built-in demo feed, loaded only when config.json says "demo": its service worker (MSW) and the `chaos` switch, so a
// real deployment never downloads the generator, MSW or the code that reads `chaos`.
import { readChaosParam, type ChaosChoice } from '../config/chaos-param';
import { startDemoWorker } from '../../mocks/browser';
import { DEMO_FEED_PATH } from '../../mocks/handlers';

/** Starts the simulated feed; `search` is the page's query, read for `chaos` only. Returns the demo feed's address. */
export async function startDemo(baseUrl: string, search: string): Promise<{ feedUrl: string; chaos: ChaosChoice }> {
  const chaos = readChaosParam(search);
  await startDemoWorker({ chaos: chaos !== null && 'share' in chaos ? chaos.share : 0 });
  return { feedUrl: new URL(DEMO_FEED_PATH, baseUrl).href, chaos };
}
