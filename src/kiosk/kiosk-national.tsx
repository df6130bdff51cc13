// A national view on the wall (FEED.md "Federation"): which provinces the figures lack or hold old, and since when, in
// the dashboard's words (FederationNotice) at the kiosk's size. The kiosk reads config.json without the dashboard's gate,
// so the notice is given the set-up it reads its time zone and stale limit from here.
import type { FederationStatus } from '../queries/federation-status';
import type { PageSetup } from '../queries/page-setup';
import { FederationNotice } from '../ui/federation-notice';
import { PageSetupProvider } from '../ui/page-setup-gate';

export function KioskNationalNotice({ setup, status }: { setup: PageSetup; status: FederationStatus }) {
  return (
    <PageSetupProvider value={setup}>
      {/* Two provinces named, the rest counted: on a 1366×768 wall five names took the ranking slide's rows. */}
      <FederationNotice status={status} className="kiosk-partial" named={2} />
    </PageSetupProvider>
  );
}
