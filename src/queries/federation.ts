// A national view over an index (FEED.md "Federation"): every province's feed polled on its own — its own ETag, retries,
// backoff and freshness, a few requests at once — and one merged snapshot for the page, remade when a province's
// document changes. The national view reads the summaries; the province a viewer opens is read in full, fields included.
// No framework: the dashboard and the kiosk drive it from TanStack Query (feed-query.ts), the widget from its poller.
import type { FeedModel, ParseResult } from '../feed/feed-model';
import { parseIndexDocument, type FeedIndex, type IndexEntry } from '../feed/feed-index';
import { federate, type ProvinceDocument } from '../feed/federate';
import { pollFeed, type FeedPoller, type FeedPolling, type PollState } from './feed-poller';
import { FeedError, type FeedSnapshot, type IndexHandler, type IndexResponse } from './fetch-feed';
import type { FederationStatus, FeedStatus } from './federation-status';
import { requestLimit } from './request-limit';

/** Requests in flight at once across all provinces of a view. */
export const MAX_REQUESTS_AT_ONCE = 4;

/** How long the first answer waits for the provinces' first attempts before it shows those that came. */
export const FIRST_ROUND_WAIT_MS = 15_000;

type Reading = { poller: FeedPoller; state: PollState; failingSinceMs: number | null; url: string };

type Province = { entry: IndexEntry; summary: Reading; full: Reading | null };

export type FederationOptions = {
  polling: Pick<FeedPolling, 'pollSeconds' | 'retries' | 'maxRetryDelayMs' | 'inBackground'>;
  parse: (text: string) => ParseResult;
  /** Called (at most every 100 ms) when the merged snapshot or a province's state changed, between the index's polls. */
  onUpdate: (snapshot: FeedSnapshot | undefined) => void;
  now?: () => number;
};

export type Federation = {
  /** The IndexHandler for fetchFeedWith/pollFeed: takes the index (or its unchanged answer) and gives the merged snapshot. */
  onIndex: IndexHandler;
  /** Reads this province's full document (fields included) in place of its summary; null goes back to summaries. */
  open: (feedId: string | null) => void;
  setActive: (active: boolean) => void;
  snapshot: () => FeedSnapshot | undefined;
  stop: () => void;
};

export function createFederation(options: FederationOptions): Federation {
  const now = options.now ?? Date.now;
  const limit = requestLimit(MAX_REQUESTS_AT_ONCE);
  const polling = {
    pollSeconds: options.polling.pollSeconds,
    retries: options.polling.retries,
    maxRetryDelayMs: options.polling.maxRetryDelayMs,
  };
  let index: FeedIndex | null = null;
  let validators: Pick<IndexResponse, 'etag' | 'lastModified' | 'text'> = { etag: null, lastModified: null, text: '' };
  const provinces = new Map<string, Province>();
  let openId: string | null = null;
  let active = true;
  let stopped = false;
  let merged: { key: unknown[]; snapshot: FeedSnapshot | undefined } = { key: [], snapshot: undefined };
  let updateTimer: ReturnType<typeof setTimeout> | undefined;
  const firstRound = new Set<() => void>();

  const read = (url: string, onState: () => void): Reading => {
    const reading: Reading = {
      url,
      state: { snapshot: undefined, error: null, failureCount: 0 },
      failingSinceMs: null,
      poller: undefined as unknown as FeedPoller,
    };
    reading.poller = pollFeed(
      url,
      polling,
      (state) => {
        if (state.error && reading.state.error === null) reading.failingSinceMs = now();
        if (!state.error) reading.failingSinceMs = null;
        reading.state = state;
        onState();
      },
      { parse: options.parse, limit, dropText: true },
    );
    if (!active) reading.poller.setActive(false);
    return reading;
  };

  const changed = () => {
    if (stopped) return;
    for (const resolve of [...firstRound]) resolve();
    clearTimeout(updateTimer);
    updateTimer = setTimeout(() => options.onUpdate(snapshot()), 100);
  };

  const stopReading = (reading: Reading | null) => reading?.poller.stop();

  const setIndex = (next: FeedIndex) => {
    index = next;
    const keep = new Set<string>();
    for (const entry of next.feeds) {
      keep.add(entry.id);
      const known = provinces.get(entry.id);
      const summaryUrl = entry.summaryUrl ?? entry.url;
      if (known && known.summary.url === summaryUrl && known.entry.url === entry.url) {
        known.entry = entry;
        continue;
      }
      if (known) {
        stopReading(known.summary);
        stopReading(known.full);
      }
      const province: Province = { entry, summary: read(summaryUrl, changed), full: null };
      provinces.set(entry.id, province);
    }
    for (const [id, province] of provinces) {
      if (keep.has(id)) continue;
      stopReading(province.summary);
      stopReading(province.full);
      provinces.delete(id);
    }
    applyOpen();
    changed();
  };

  /** The opened province is read in full when its entry gives a summary (without one, the full document is already read). */
  const applyOpen = () => {
    for (const [id, province] of provinces) {
      const wantFull = id === openId && province.entry.summaryUrl !== null;
      if (wantFull && !province.full) province.full = read(province.entry.url, changed);
      if (!wantFull && province.full) {
        stopReading(province.full);
        province.full = null;
      }
    }
  };

  const status = (): FederationStatus => ({
    name: index?.name ?? '',
    feeds: (index?.feeds ?? []).map((entry): FeedStatus => {
      const province = provinces.get(entry.id) as Province;
      const full = province.full?.state.snapshot ? province.full : null;
      const reading = province.summary;
      const { snapshot, error } = reading.state;
      const shown = full?.state.snapshot ?? snapshot;
      let state: FeedStatus['state'] = 'waiting';
      if (error) state = error instanceof FeedError && error.problem.code === 'refused' ? 'refused' : 'failed';
      else if (snapshot) state = 'ok';
      return {
        id: entry.id,
        name: entry.name,
        state,
        generatedAtMs: shown ? shown.model.generatedAtMs : null,
        failingSinceMs: error ? reading.failingSinceMs : null,
        problem: error instanceof FeedError ? error.problem : error ? { code: 'network', detail: error.message } : null,
        full: full !== null,
      };
    }),
  });

  /** The merged snapshot, remade only when a province's document changed (its model is another object). */
  const snapshot = (): FeedSnapshot | undefined => {
    if (!index) return undefined;
    const parts: ProvinceDocument[] = [];
    for (const entry of index.feeds) {
      const province = provinces.get(entry.id) as Province;
      const full = province.full?.state.snapshot;
      const chosen = full ?? province.summary.state.snapshot;
      if (chosen)
        parts.push({ feedId: entry.id, name: entry.name, model: chosen.model, full: full !== undefined || entry.summaryUrl === null });
    }
    const key: unknown[] = [index, ...parts.map((part) => part.model)];
    let federation = status();
    if (key.length !== merged.key.length || key.some((item, i) => item !== merged.key[i])) {
      const model = parts.length === 0 ? undefined : federate(index.name, parts, index.feeds.length);
      federation = withClashes(federation, model);
      merged = { key, snapshot: model ? { model, ...validators, federation } : undefined };
    } else if (merged.snapshot) {
      // Same documents, new states (a province failing or back): a new snapshot object with the same model.
      merged = { key, snapshot: { ...merged.snapshot, ...validators, federation: withClashes(federation, merged.snapshot.model) } };
    }
    return merged.snapshot;
  };

  /** Resolves once every province has answered once (or failed its first attempt), or after FIRST_ROUND_WAIT_MS. */
  const firstAnswers = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, FIRST_ROUND_WAIT_MS);
      function done() {
        clearTimeout(timer);
        firstRound.delete(check);
        resolve();
      }
      function check() {
        if ([...provinces.values()].every((province) => province.summary.state.snapshot || province.summary.state.error)) done();
      }
      firstRound.add(check);
      check();
    });

  const onIndex: IndexHandler = async (response) => {
    if (response.json !== null) {
      const read = parseIndexDocument(response.json, response.url);
      if (!read.ok) throw new FeedError({ code: 'refused', refusal: { code: 'bad-index', problem: read.reason } });
      setIndex(read.index);
    }
    validators = { etag: response.etag, lastModified: response.lastModified, text: response.text };
    await firstAnswers();
    const current = snapshot();
    if (!current) throw new FeedError({ code: 'no-province', total: index?.feeds.length ?? 0 });
    return current;
  };

  return {
    onIndex,
    open(feedId) {
      if (feedId === openId) return;
      openId = feedId;
      applyOpen();
      // Closing shows the summary again at once; opening shows the full document when it comes.
      changed();
    },
    setActive(next) {
      active = next;
      for (const province of provinces.values()) {
        province.summary.poller.setActive(next);
        province.full?.poller.setActive(next);
      }
    },
    snapshot,
    stop() {
      stopped = true;
      clearTimeout(updateTimer);
      for (const province of provinces.values()) {
        stopReading(province.summary);
        stopReading(province.full);
      }
    },
  };
}

/** A province left out for clashing unit ids is missing from the figures, whatever its feed's own state. */
function withClashes(status: FederationStatus, model: FeedModel | undefined): FederationStatus {
  const clashed = new Set(model?.federation?.clashes.map((clash) => clash.feedId));
  if (clashed.size === 0) return status;
  return {
    ...status,
    feeds: status.feeds.map((feed) => (clashed.has(feed.id) ? { ...feed, state: 'clash' as const, generatedAtMs: null } : feed)),
  };
}
