// Starts the mock API in the browser for the demo feed.
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { DEMO_CHAOS_SEED, seededFeedRandom, seededRandom, setChaos } from './chaos';
import { handlers } from './handlers';

/** `chaos`: the share of the demo feed's requests to fail on purpose (0, the default, for none). */
export async function startDemoWorker(options: { chaos?: number } = {}): Promise<SetupWorker> {
  // The handlers run in the page, not in the service worker: the switch is this page's own.
  // Each province of the national demo draws its own faults, from its own seeded stream.
  setChaos(options.chaos ?? 0, seededRandom(DEMO_CHAOS_SEED), seededFeedRandom(DEMO_CHAOS_SEED));
  const worker = setupWorker(...handlers);
  await worker.start({
    // Resolved against the page, not the site root, so a build served from a sub-path finds its worker.
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).href },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
