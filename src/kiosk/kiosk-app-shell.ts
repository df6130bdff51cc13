// Registers the kiosk's app shell (public/kiosk-sw.js), so a kiosk rebooting during a network cut still opens kiosk.html.
import { isDemoFeed } from '../config/runtime-config';

/** The worker beside kiosk.html, scoped to kiosk.html alone: resolved against the page, so a sub-path deployment finds it. */
export function kioskShellUrls(baseUrl: string): { script: string; scope: string } {
  return { script: new URL('kiosk-sw.js', baseUrl).href, scope: new URL('kiosk.html', baseUrl).href };
}

export type KioskShellOutcome = 'registered' | 'removed' | 'untouched' | 'unavailable' | 'failed';

type WorkerContainer = Pick<ServiceWorkerContainer, 'register' | 'getRegistrations'>;

/**
 * On a real feed, registers the app shell; on the demo feed, where MSW's worker must see the page's requests,
 * removes one left from an earlier set-up. Never throws: without the shell the kiosk runs exactly as before.
 */
export async function syncKioskShell(
  baseUrl: string,
  configFeedUrl: string,
  container: WorkerContainer | undefined = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker,
): Promise<KioskShellOutcome> {
  if (!container) return 'unavailable';
  const { script, scope } = kioskShellUrls(baseUrl);
  try {
    if (!isDemoFeed(configFeedUrl)) {
      await container.register(script, { scope });
      return 'registered';
    }
    // Only our own registration: MSW's, scoped to the whole directory, stays.
    const ours = (await container.getRegistrations()).filter((registration) => registration.scope === scope);
    await Promise.all(ours.map((registration) => registration.unregister()));
    return ours.length > 0 ? 'removed' : 'untouched';
  } catch {
    return 'failed';
  }
}
