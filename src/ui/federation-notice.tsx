// The partial state of a national view (FEED.md "Federation"), on the dashboard and the kiosk: which provinces its figures
// lack or hold old, and since when. Nothing when every province is in and fresh.
import type { FederationStatus } from '../queries/federation-status';
import { useLang } from '../view/view-store';
import { partialNotice } from '../view/federation-notice';
import { useConfig } from './page-setup-gate';
import { useNow } from './use-now';

type Props = {
  status: FederationStatus | undefined;
  className?: string;
  /** Provinces named before "and N more" (5 by default). */
  named?: number;
};

export function FederationNotice({ status, className, named }: Props) {
  const lang = useLang();
  const { timeZone, staleAfterSeconds } = useConfig();
  const nowMs = useNow(15_000);
  const text = partialNotice(status, { lang, timeZone, nowMs, staleAfterSeconds, ...(named === undefined ? {} : { named }) });
  if (!text) return null;
  return (
    <p className={`feed-status feed-status--warning federation-partial ${className ?? ''}`} role="status">
      {text}
    </p>
  );
}
