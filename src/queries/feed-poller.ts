// Polling the feed with no framework (the widget's): the same policy the React pages get from TanStack Query in
// feed-query.ts — a poll every pollSeconds, retries with a growing delay that honours Retry-After, the last good
// snapshot kept through failures, a poll at once on coming back when the figures are older than one interval. It reads
// the feed with the public pages' parser: the pages that poll this way show no data-quality panel.
import type { ParseResult } from '../feed/feed-model';
import { parsePublicFeedText } from '../feed/parse-public-feed';
import { FEED_TIMEOUT_MS, FeedError, fetchFeedWith, type FeedSnapshot, type IndexHandler } from './fetch-feed';
import type { RequestLimit } from './request-limit';

export type FeedPolling = {
  pollSeconds: number;
  /** The kiosk polls whatever the tab's visibility; the dashboard and the widget pause while hidden. */
  inBackground: boolean;
  /** Retries before a poll counts as failed; Infinity for the kiosk. */
  retries: number;
  /** Ceiling of the growing retry delay. */
  maxRetryDelayMs: number;
};

export function retryDelayMs(attempt: number, error: unknown, maxMs: number): number {
  const retryAfter = error instanceof FeedError && error.problem.code === 'http' ? error.problem.retryAfterSeconds : null;
  if (retryAfter !== null) return Math.min(maxMs, retryAfter * 1000);
  return Math.min(maxMs, 1000 * 2 ** attempt);
}

/** A request never outlives the poll interval, so a hanging feed cannot hold up the next poll. */
export function feedTimeoutMs(pollSeconds: number): number {
  return Math.min(FEED_TIMEOUT_MS, pollSeconds * 1000);
}

/** A refused document will be refused again at once; waiting for the next poll is the honest retry. */
export function shouldRetry(failures: number, error: unknown, retries: number): boolean {
  return !(error instanceof FeedError && error.problem.code === 'refused') && failures < retries;
}

export type PollState = {
  /** The last good snapshot; stays through failed polls. */
  snapshot: FeedSnapshot | undefined;
  /** The latest failure, from the first failed attempt on (retries may take a minute), until an attempt succeeds. */
  error: Error | null;
  /** Failed attempts since the last success. */
  failureCount: number;
};

export type FeedPoller = {
  /** Pauses polling (false), or resumes it (true) with a poll at once when the figures are older than one interval. */
  setActive: (active: boolean) => void;
  /** Ends polling and any request in flight. */
  stop: () => void;
  /** Puts a newer snapshot in place between polls (a national view's province that answered): a success for the page. */
  replace: (snapshot: FeedSnapshot) => void;
};

export type PollOptions = {
  /** The parser; the public pages' by default. */
  parse?: (text: string) => ParseResult;
  /** Shared by the feeds of a national view, so only a few requests run at once. */
  limit?: RequestLimit;
  /** What to do when the address names an index (see federation.ts); without it an index is refused as a wrong schema. */
  onIndex?: IndexHandler;
  /**
   * Drop a document's text once it is read when the answer carried an ETag or Last-Modified (an unchanged poll is then
   * a 304, never a body to compare): a national view's 34 documents would otherwise be held twice, as text and as model.
   */
  dropText?: boolean;
};

/**
 * Polls `url` from now on and calls `onChange` after every attempt, whatever its outcome. One poll (a request and
 * its retries) runs at a time: an interval that comes while one runs is skipped, as TanStack Query's is.
 */
export function pollFeed(
  url: string,
  polling: Pick<FeedPolling, 'pollSeconds' | 'retries' | 'maxRetryDelayMs'>,
  onChange: (state: PollState) => void,
  options: PollOptions = {},
): FeedPoller {
  const parse = options.parse ?? parsePublicFeedText;
  const limit = options.limit ?? ((task) => task());
  const pollMs = polling.pollSeconds * 1000;
  let state: PollState = { snapshot: undefined, error: null, failureCount: 0 };
  let lastSuccessAt = -Infinity;
  let active = true;
  let running = false;
  let stopped = false;
  let request: AbortController | undefined;
  let interval: ReturnType<typeof setInterval> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const attempt = async (retry: number) => {
    request = new AbortController();
    try {
      const signal = request.signal;
      const snapshot = await limit(() =>
        fetchFeedWith(parse, url, state.snapshot, signal, feedTimeoutMs(polling.pollSeconds), options.onIndex),
      );
      if (stopped) return;
      lastSuccessAt = Date.now();
      running = false;
      const lean = options.dropText && snapshot !== state.snapshot && (snapshot.etag !== null || snapshot.lastModified !== null);
      state = { snapshot: lean ? { ...snapshot, text: '' } : snapshot, error: null, failureCount: 0 };
      onChange(state);
    } catch (caught) {
      if (stopped) return;
      const error = caught instanceof Error ? caught : new Error(String(caught));
      state = { ...state, error, failureCount: state.failureCount + 1 };
      if (shouldRetry(retry, error, polling.retries)) {
        // A retry waits while nobody can see the widget: it ends the poll instead, and coming back asks again.
        retryTimer = setTimeout(
          () => (active ? void attempt(retry + 1) : (running = false)),
          retryDelayMs(retry, error, polling.maxRetryDelayMs),
        );
      } else {
        running = false;
      }
      onChange(state);
    }
  };
  const poll = () => {
    if (running || stopped) return;
    running = true;
    void attempt(0);
  };
  const startInterval = () => {
    clearInterval(interval);
    interval = setInterval(poll, pollMs);
  };
  const pollIfOld = () => {
    if (active && Date.now() - lastSuccessAt >= pollMs) poll();
  };

  // Back online after an outage: no need to wait for the next interval.
  window.addEventListener('online', pollIfOld);
  poll();
  startInterval();

  return {
    setActive(next) {
      if (next === active || stopped) return;
      active = next;
      if (!active) {
        clearInterval(interval);
        return;
      }
      startInterval();
      pollIfOld();
    },
    replace(snapshot) {
      if (stopped) return;
      lastSuccessAt = Date.now();
      state = { snapshot, error: null, failureCount: 0 };
      onChange(state);
    },
    stop() {
      stopped = true;
      clearInterval(interval);
      clearTimeout(retryTimer);
      window.removeEventListener('online', pollIfOld);
      request?.abort();
    },
  };
}
