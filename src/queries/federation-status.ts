// What a national view knows of each province's feed, for the pages to say which are missing or stale and since when.
import type { FeedProblem } from './fetch-feed';

export type FeedState =
  /** Not answered yet. */
  | 'waiting'
  /** The latest poll brought a good document (or confirmed it unchanged). */
  | 'ok'
  /** The latest poll failed (network, timeout, HTTP error); the last good document, if any, is still in the figures. */
  | 'failed'
  /** The latest document was refused whole; the last good one, if any, is still in the figures. */
  | 'refused'
  /** Read, but left out of the figures: a unit id of its is already another province's (federate.ts). */
  | 'clash';

export type FeedStatus = {
  id: string;
  name: string;
  state: FeedState;
  /** `generatedAt` of the document in the figures; null while none has come. */
  generatedAtMs: number | null;
  /** When the failures that go on now began (the first failed attempt after the last success); null while it works. */
  failingSinceMs: number | null;
  problem: FeedProblem | null;
  /** True while the province's full document (fields included) is the one in the figures. */
  full: boolean;
};

export type FederationStatus = { name: string; feeds: FeedStatus[] };

/** Provinces the national figures lack (no document yet) and those whose document is in but old or no longer answering. */
export type PartialState = {
  total: number;
  missing: FeedStatus[];
  stale: FeedStatus[];
};

/**
 * Which provinces make the national figures partial at `nowMs`: missing (none of their documents has come: still loading,
 * failing or refused) and stale (their document is older than the stale limit, or their feed stopped answering and keeps
 * failing). null when nothing is missing or stale.
 */
export function partialState(status: FederationStatus, nowMs: number, staleAfterSeconds: number): PartialState | null {
  const missing: FeedStatus[] = [];
  const stale: FeedStatus[] = [];
  for (const feed of status.feeds) {
    // A province still on its first answer is missing too: the national figures must not look whole while they grow.
    if (feed.generatedAtMs === null || feed.state === 'clash') missing.push(feed);
    else if (feed.state === 'failed' || feed.state === 'refused' || nowMs - feed.generatedAtMs > staleAfterSeconds * 1000) {
      stale.push(feed);
    }
  }
  return missing.length === 0 && stale.length === 0 ? null : { total: status.feeds.length, missing, stale };
}
