// Starts the mock API in the browser for the demo feed.
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { handlers } from './handlers';

export async function startDemoWorker(): Promise<SetupWorker> {
  const worker = setupWorker(...handlers);
  await worker.start({
    // Resolved against the page, not the site root, so a build served from a sub-path finds its worker.
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).href },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
