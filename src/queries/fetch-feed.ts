// One poll of the feed: conditional request, refusal of bad documents, and the same model back when nothing changed.
import type { FeedModel, FeedRefusal, ParseResult } from '../feed/feed-model';
import { INDEX_SCHEMA_ID } from '../feed/feed-contract';
import { parseFeedText } from '../feed/parse-feed';
import type { FederationStatus } from './federation-status';

/** A request that gets no answer is ended, so a hanging feed never stalls the poll. */
export const FEED_TIMEOUT_MS = 20_000;

export type FeedSnapshot = {
  model: FeedModel;
  /** Validators and body of the response the model came from, to recognise an unchanged feed. */
  etag: string | null;
  lastModified: string | null;
  text: string;
  /** Set when the address names an index (FEED.md "Federation"): the provinces' states; the validators and text are the index's. */
  federation?: FederationStatus;
};

/**
 * An index met at a feed's address: its parsed JSON (null when it came back unchanged: a 304, or the same text), the
 * address to resolve its entries against, and the validators and text the national view's snapshot keeps to ask for it
 * conditionally. Read by federation.ts, so the pages that never meet an index never load what reads one.
 */
export type IndexResponse = { json: unknown; url: string; etag: string | null; lastModified: string | null; text: string };

/** What to do with an index met at a feed's address: start or update the national view, and return its snapshot. */
export type IndexHandler = (response: IndexResponse) => Promise<FeedSnapshot>;

export type FeedProblem =
  | { code: 'network'; detail: string }
  | { code: 'timeout' }
  | { code: 'http'; status: number; retryAfterSeconds: number | null }
  | { code: 'refused'; refusal: FeedRefusal }
  /** An index whose provinces have all failed so far: nothing to show yet (each keeps being asked on its own). */
  | { code: 'no-province'; total: number };

export class FeedError extends Error {
  readonly problem: FeedProblem;
  constructor(problem: FeedProblem) {
    super(`feed: ${problem.code}`);
    this.name = 'FeedError';
    this.problem = problem;
  }
}

/** A document came and was refused whole, as opposed to no document coming at all. */
export function isRefusal(error: unknown): boolean {
  return error instanceof FeedError && error.problem.code === 'refused';
}

function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * Fetches the feed. With the previous snapshot, it asks conditionally and returns that very
 * snapshot on a 304 or an identical body, so nothing downstream re-renders.
 */
export function fetchFeed(
  url: string,
  previous: FeedSnapshot | undefined,
  signal?: AbortSignal,
  timeoutMs: number = FEED_TIMEOUT_MS,
): Promise<FeedSnapshot> {
  return fetchFeedWith(parseFeedText, url, previous, signal, timeoutMs);
}

/** fetchFeed with another parser: the public pages' (parse-public-feed.ts), so they never load the officials' checks. */
export async function fetchFeedWith(
  parse: (text: string) => ParseResult,
  url: string,
  previous: FeedSnapshot | undefined,
  signal?: AbortSignal,
  timeoutMs: number = FEED_TIMEOUT_MS,
  onIndex?: IndexHandler,
): Promise<FeedSnapshot> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  else if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  let response: Response;
  try {
    // no-store: the conditional request is ours, so the browser cache must not answer 304s for us.
    response = await fetch(url, { headers, cache: 'no-store', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    if (timeout.aborted) throw new FeedError({ code: 'timeout' });
    throw new FeedError({ code: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
  if (response.status === 304 && previous) {
    return previous.federation && onIndex ? onIndex({ ...validators(previous), json: null, url }) : previous;
  }
  if (!response.ok) {
    throw new FeedError({
      code: 'http',
      status: response.status,
      retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) throw new FeedError({ code: 'timeout' });
    throw new FeedError({ code: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
  if (previous && previous.text === text) {
    return previous.federation && onIndex ? onIndex({ ...validators(previous), json: null, url }) : previous;
  }
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  const result = parse(text);
  if (!result.ok) {
    // An index is recognised by its schema, which the feed's parser reads first: a feed's text is never parsed twice.
    if (onIndex && result.refusal.code === 'wrong-schema' && result.refusal.found === INDEX_SCHEMA_ID) {
      return onIndex({ json: JSON.parse(text), url: response.url || url, etag, lastModified, text });
    }
    throw new FeedError({ code: 'refused', refusal: result.refusal });
  }
  return { model: result.model, etag, lastModified, text };
}

const validators = (snapshot: FeedSnapshot) => ({ etag: snapshot.etag, lastModified: snapshot.lastModified, text: snapshot.text });
