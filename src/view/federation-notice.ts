// What a national view says of itself, in the page's words: which provinces its figures lack or hold old and since when
// (the partial state), and the span of the provinces' update times (the headline's time). One text for all three pages.
import type { FeedModel, FeedRefusal } from '../feed/feed-model';
import { federationTimes } from '../feed/federate';
import { translateFederation as t } from '../i18n/federation-messages';
import { formatDateTime, formatTime } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { FederationStatus, FeedStatus } from '../queries/federation-status';
import { partialState } from '../queries/federation-status';
import type { FeedProblem } from '../queries/fetch-feed';

/** Provinces named one by one; beyond that, "and N more" (a wall screen or a widget cannot list 34). */
const NAMED = 5;

type Clock = {
  lang: Lang;
  timeZone: string;
  nowMs: number;
  staleAfterSeconds: number;
  /** Provinces named one by one before "and N more": 5 by default, fewer on a wall screen whose slides need the room. */
  named?: number;
};

/** A moment: the time alone when it is today, the date and time otherwise. */
function when(ms: number, clock: Clock): string {
  const sameDay =
    formatDateTime(ms, clock.lang, clock.timeZone).slice(-10) === formatDateTime(clock.nowMs, clock.lang, clock.timeZone).slice(-10);
  return sameDay ? formatTime(ms, clock.lang, clock.timeZone) : formatDateTime(ms, clock.lang, clock.timeZone);
}

function named(feeds: FeedStatus[], describe: (feed: FeedStatus) => string, lang: Lang, count: number): string {
  const names = feeds.slice(0, count).map(describe);
  if (feeds.length > count) names.push(t(lang, 'federation.more', { count: feeds.length - count }));
  return names.join(', ');
}

/**
 * "Số liệu chưa đủ: thiếu 1/34 tỉnh: Tỉnh X (không tải được từ 08:10); 2/34 tỉnh chưa cập nhật: …" — null when every
 * province's document is in and fresh.
 */
export function partialNotice(status: FederationStatus | undefined, clock: Clock): string | null {
  if (!status) return null;
  const partial = partialState(status, clock.nowMs, clock.staleAfterSeconds);
  if (!partial) return null;
  const { lang } = clock;
  const lines: string[] = [];
  const since = (feed: FeedStatus) => {
    if (feed.state === 'waiting') return t(lang, 'federation.loading', { name: feed.name });
    if (feed.state === 'clash') return t(lang, 'federation.clashed', { name: feed.name });
    if (feed.failingSinceMs === null) return t(lang, 'federation.notYet', { name: feed.name });
    const key = feed.state === 'refused' ? 'federation.refusedSince' : 'federation.failingSince';
    return t(lang, key, { name: feed.name, time: when(feed.failingSinceMs, clock) });
  };
  if (partial.missing.length > 0) {
    lines.push(
      `${t(lang, 'federation.missing', { count: partial.missing.length, total: partial.total })}: ${named(partial.missing, since, lang, clock.named ?? NAMED)}`,
    );
  }
  if (partial.stale.length > 0) {
    const describe = (feed: FeedStatus) =>
      feed.failingSinceMs !== null
        ? since(feed)
        : t(lang, 'federation.figuresOf', { name: feed.name, time: when(feed.generatedAtMs ?? 0, clock) });
    lines.push(
      `${t(lang, 'federation.stale', { count: partial.stale.length, total: partial.total })}: ${named(partial.stale, describe, lang, clock.named ?? NAMED)}`,
    );
  }
  return `${t(lang, 'federation.partial')}: ${lines.join('; ')}.`;
}

/** "34 tỉnh, cập nhật từ 08:10 đến 08:40": the headline time of a national view; null on one document. */
export function federationTimesText(model: FeedModel | undefined, clock: Omit<Clock, 'staleAfterSeconds'>): string | null {
  const times = model ? federationTimes(model) : null;
  if (!times) return null;
  const full = { ...clock, staleAfterSeconds: 0 };
  if (times.oldestMs === times.newestMs)
    return t(clock.lang, 'federation.oneTime', { count: times.count, time: when(times.oldestMs, full) });
  return t(clock.lang, 'federation.times', { count: times.count, oldest: when(times.oldestMs, full), newest: when(times.newestMs, full) });
}

/** Words for the two problems only a national view has; null for every other (the page's own words say those). */
export function federationProblemText(problem: FeedProblem | FeedRefusal, lang: Lang): string | null {
  if (problem.code === 'no-province') return t(lang, 'federation.noProvince', { total: problem.total });
  const refusal = problem.code === 'refused' ? problem.refusal : problem;
  if (refusal.code !== 'bad-index') return null;
  const reason = refusal.problem;
  if (reason.code === 'no-feeds') return t(lang, 'federation.badIndex.noFeeds');
  if (reason.code === 'duplicate-id') return t(lang, 'federation.badIndex.duplicate', { id: reason.id });
  return t(lang, 'federation.badIndex.entry', { position: reason.position, field: reason.field });
}
