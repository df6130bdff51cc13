// The honest state of the figures on screen: stale since when and why, or a first-load problem.
import type { ReactNode } from 'react';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../view/view-store';
import { feedProblemText } from './feed-problem-text';
import { useConfig } from './page-setup-gate';
import { useNow } from './use-now';
import { useT } from './use-t';

/** A publisher clock this far ahead is a fault worth saying; less is ordinary skew. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

type Props = {
  error: Error | null;
  generatedAtMs: number | undefined;
  lastSuccessAt: number;
  /** The kiosk's band is larger; pages pass their own class. */
  className?: string;
  children?: ReactNode;
};

export function FeedStatus({ error, generatedAtMs, lastSuccessAt, className, children }: Props) {
  const t = useT();
  const lang = useLang();
  const { timeZone, staleAfterSeconds } = useConfig();
  const now = useNow(15_000);
  const lines: string[] = [];
  let severity: 'warning' | 'error' = 'warning';
  if (error && lastSuccessAt > 0) {
    severity = 'error';
    lines.push(feedProblemText(error, t, lang));
    lines.push(t('status.stale', { time: formatDateTime(lastSuccessAt, lang, timeZone) }), t('status.retrying'));
  }
  if (generatedAtMs !== undefined) {
    if (generatedAtMs - now > FUTURE_TOLERANCE_MS) lines.push(t('status.future', { time: formatDateTime(generatedAtMs, lang, timeZone) }));
    else if (now - generatedAtMs > staleAfterSeconds * 1000)
      lines.push(t('status.old', { time: formatDateTime(generatedAtMs, lang, timeZone) }));
  }
  if (lines.length === 0 && !children) return null;
  return (
    <div className={`feed-status feed-status--${severity} ${className ?? ''}`} role={severity === 'error' ? 'alert' : 'status'}>
      {lines.map((line) => (
        <span key={line}>{line} </span>
      ))}
      {children}
    </div>
  );
}
