// How fresh the figures on the wall are, said in words: the stale band above the slides and the update time below them.
import { FUTURE_TOLERANCE_MS } from '../feed/feed-freshness';
import type { Lang } from '../i18n/lang';
import { formatAge } from '../i18n/kiosk-messages';
import { formatDateTime } from '../i18n/format';
import type { FeedModel } from '../feed/feed-model';
import { federationTimesText } from '../view/federation-notice';
import { useNow } from '../ui/use-now';
import { useT } from '../ui/use-t';
import { ageParts, freshness, staleReason } from './kiosk-freshness';

type BandProps = {
  generatedAtMs: number;
  staleAfterSeconds: number;
  failure: unknown;
  lang: Lang;
  timeZone: string;
};

/** Says, in words, since when the figures have not moved; the figures stay on screen below it. */
export function StaleBand({ generatedAtMs, staleAfterSeconds, failure, lang, timeZone }: BandProps) {
  const t = useT();
  const now = useNow(5000);
  const state = freshness(now, generatedAtMs, staleAfterSeconds, failure);
  if (!state.stale) return null;
  const since = formatDateTime(state.since, lang, timeZone);
  const text = t(`kiosk.stale.${state.reason}`, { since, age: formatAge(ageParts(now - state.since), lang) });
  return (
    <div className="kiosk-band" role="status">
      <span className="kiosk-band__icon" aria-hidden="true">
        ⚠
      </span>
      <p className="kiosk-band__text">
        {text}
        {state.reason === 'unchanged' ? null : ` ${t('kiosk.retrying')}`}
      </p>
    </div>
  );
}

type UpdatedProps = {
  generatedAt: string;
  generatedAtMs: number;
  /** A national view at its top: the time said is the span of its provinces' ("34 tỉnh, cập nhật từ 08:10 đến 08:40"). */
  national?: FeedModel | null;
  fromSavedCopy: boolean;
  failure: unknown;
  lang: Lang;
  timeZone: string;
};

export function UpdatedAt({ generatedAt, generatedAtMs, national, fromSavedCopy, failure, lang, timeZone }: UpdatedProps) {
  const t = useT();
  const now = useNow(30_000);
  const span = national ? federationTimesText(national, { lang, timeZone, nowMs: now }) : null;
  // Says what the screen is waiting for: a connection, or a valid document from a source that does answer.
  const trouble = failure === null ? null : staleReason(failure) === 'refused' ? t('kiosk.refusedRetrying') : t('kiosk.reconnecting');
  return (
    <p className="kiosk-updated">
      {t('kiosk.updatedAt')}{' '}
      {span === null ? (
        <time dateTime={generatedAt}>{formatDateTime(generatedAtMs, lang, timeZone)}</time>
      ) : (
        // The span of the provinces' times ("08:10 – 08:40 (34 tỉnh)") is no one moment: no dateTime to give.
        <b className="kiosk-updated__span">{span}</b>
      )}
      {fromSavedCopy ? (
        <span className="kiosk-updated__saved"> · {t('kiosk.savedCopy', { age: formatAge(ageParts(now - generatedAtMs), lang) })}</span>
      ) : null}
      {/* Shown as the source gives it, with a word: a wrong clock at the source is not the office's news, but not hidden either. */}
      {generatedAtMs - now > FUTURE_TOLERANCE_MS ? <span className="kiosk-updated__saved"> · {t('kiosk.futureTime')}</span> : null}
      {trouble && !fromSavedCopy ? <span className="kiosk-updated__trouble"> · {trouble}</span> : null}
    </p>
  );
}
