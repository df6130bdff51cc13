// What a national view over an index adds to the widget and the public view (FEED.md "Federation"): the partial notice
// and the span of the provinces' update times, in the words all pages share (view/federation-notice.ts). Loaded only when
// an index first answers (a dynamic import, like the national view itself), so a province's widget never carries it.
import type { FederationPart, FeedModel } from '../feed/feed-model';
import type { Lang } from '../i18n/lang';
import type { FederationStatus } from '../queries/federation-status';
import { FeedError } from '../queries/fetch-feed';
import { federationProblemText, federationTimesText, partialNotice } from '../view/federation-notice';

export type NationalClock = { lang: Lang; timeZone: string; nowMs: number; staleAfterSeconds: number };

export type NationalWords = {
  /** "Số liệu chưa đủ: thiếu 1/34 tỉnh: …"; null when the shown unit's provinces are all in and fresh. */
  partial: string | null;
  /** "34 tỉnh, cập nhật từ 08:10 đến 08:40", in place of the one time; null for a unit inside one province. */
  times: string | null;
  /** The time of the one province a unit belongs to (its own document's, not the newest province's); null at the top. */
  own: { ms: number; iso: string } | null;
};

/**
 * What of a national view concerns the unit shown: at the top (the index's root) every province; a commune or a province
 * only its own province, whose figures another province's outage does not touch (`part`: that province's document).
 */
export function unitScope(
  model: FeedModel,
  status: FederationStatus,
  unitId: string,
): { status: FederationStatus; part: FederationPart | null } {
  const federation = (model.whole ?? model).federation;
  const feedId = unitId === model.rootId ? undefined : federation?.feedOfUnit.get(unitId);
  if (feedId === undefined) return { status, part: null };
  return {
    status: { ...status, feeds: status.feeds.filter((feed) => feed.id === feedId) },
    part: federation?.parts.find((part) => part.feedId === feedId) ?? null,
  };
}

/** The national view's words for the unit shown (see unitScope). */
export function nationalWords(model: FeedModel, status: FederationStatus, unitId: string, clock: NationalClock): NationalWords {
  const scope = unitScope(model, status, unitId);
  const { part } = scope;
  return {
    partial: partialNotice(scope.status, clock),
    times: part ? null : federationTimesText(model, clock),
    own: part ? { ms: part.generatedAtMs, iso: part.generatedAt } : null,
  };
}

/** The words for a national view that has nothing to show yet (no province answered, or an index that cannot be read). */
export function nationalProblem(error: unknown, lang: Lang): string | null {
  return error instanceof FeedError ? federationProblemText(error.problem, lang) : null;
}
