// The kiosk's last good configuration and document, kept in localStorage so a reload or a reboot during an outage
// shows the last numbers at once. The document is kept as the feed's own text (the model holds Maps) and parsed
// again on restore, through the same validation as any response.
//
// Why not @tanstack/query-sync-storage-persister: it rewrites the whole dehydrated cache on every cache event,
// i.e. the full document on every poll, 304s included; and it would persist the page-setup query, whose
// staleTime is Infinity, so a restored kiosk would never read config.json again. Here the document is written
// only when a new one arrives, the "last confirmed" time is a few bytes per poll, and config.json is re-read at boot.
import { parseConfig, type RuntimeConfig } from '../config/runtime-config';
import { parseFeedText } from '../feed/parse-feed';
import { unitTotalsDocument } from '../feed/unit-totals-document';
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS, type UnitKind } from '../feed/feed-contract';
import type { FeedDocument } from '../feed/feed-schema';
import { monthKey } from '../feed/month';
import type { FeedSnapshot } from '../queries/fetch-feed';

/** Bump when the stored shape changes: an older kiosk's copy is then ignored, not misread. */
export const KIOSK_STORAGE_VERSION = 1;
const PREFIX = `tthc-kiosk:v${KIOSK_STORAGE_VERSION}`;
export const STORAGE_KEYS = {
  config: `${PREFIX}:config`,
  document: `${PREFIX}:document`,
  confirmed: `${PREFIX}:confirmed`,
} as const;

type StoredConfig = { version: number; feedUrl: string; config: RuntimeConfig };
type StoredDocument = {
  version: number;
  feedUrl: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
  savedAt: number;
  /** The text is the document's unit totals (its fields folded away): the whole one did not fit. */
  summary?: boolean;
};
type StoredConfirmation = { version: number; feedUrl: string; generatedAt: string; at: number };

export type KioskSetup = { config: RuntimeConfig; feedUrl: string };

export type RestoredKiosk = {
  setup: KioskSetup | null;
  /** The document, for the feed address it came from. */
  document: { feedUrl: string; snapshot: FeedSnapshot; lastSuccessAt: number; summary: boolean } | null;
};

/** localStorage, or null where the browser forbids it (then the kiosk simply runs without a saved copy). */
export function kioskStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_KEYS.config);
    return storage;
  } catch {
    return null;
  }
}

function read<T extends { version: number }>(storage: Storage, key: string): T | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const value = JSON.parse(text) as T;
    return typeof value === 'object' && value !== null && value.version === KIOSK_STORAGE_VERSION ? value : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    // Over quota (a very large feed) or storage switched off: the screen goes on, only the copy is missing.
    try {
      storage.removeItem(key);
    } catch {
      // nothing more to do
    }
    return false;
  }
}

export function restoreKiosk(storage: Storage | null): RestoredKiosk {
  if (!storage) return { setup: null, document: null };
  let setup: KioskSetup | null = null;
  const storedConfig = read<StoredConfig>(storage, STORAGE_KEYS.config);
  if (storedConfig && typeof storedConfig.feedUrl === 'string') {
    try {
      // Checked again: a copy written by an older build, or edited by hand, must not break the boot.
      setup = { config: parseConfig(storedConfig.config), feedUrl: storedConfig.feedUrl };
    } catch {
      setup = null;
    }
  }
  let document: RestoredKiosk['document'] = null;
  const stored = read<StoredDocument>(storage, STORAGE_KEYS.document);
  if (stored && typeof stored.text === 'string' && typeof stored.feedUrl === 'string') {
    const parsed = parseFeedText(stored.text);
    if (parsed.ok) {
      const confirmed = read<StoredConfirmation>(storage, STORAGE_KEYS.confirmed);
      const lastSuccessAt =
        confirmed && confirmed.feedUrl === stored.feedUrl && confirmed.generatedAt === parsed.model.generatedAt
          ? Math.max(confirmed.at, stored.savedAt)
          : stored.savedAt;
      const summary = stored.summary === true;
      document = {
        feedUrl: stored.feedUrl,
        // A summary's validators are not its own: the first poll must bring the whole document, never a 304.
        snapshot: {
          model: parsed.model,
          etag: summary ? null : stored.etag,
          lastModified: summary ? null : stored.lastModified,
          text: stored.text,
        },
        lastSuccessAt,
        summary,
      };
    }
  }
  return { setup, document };
}

export function saveSetup(storage: Storage | null, setup: KioskSetup): boolean {
  if (!storage) return false;
  return write(storage, STORAGE_KEYS.config, { version: KIOSK_STORAGE_VERSION, feedUrl: setup.feedUrl, config: setup.config });
}

/** Whether every province the index lists is in a national view's figures (none still loading, failing from the start or left out). */
export function nationalComplete(snapshot: FeedSnapshot): boolean {
  const parts = snapshot.model.federation?.parts ?? [];
  const feeds = snapshot.federation?.feeds ?? [];
  return parts.length > 0 && parts.length === feeds.length && feeds.every((feed) => feed.generatedAtMs !== null);
}

type Row = FeedDocument['stats'][number];

/**
 * A national view (an index's provinces, FEED.md "Federation") kept as one plain document of the index's root and its
 * provinces, each province's rows its month-by-month totals, dated by its OLDEST province. The whole view (34 provinces'
 * communes, some 25 MB of JSON in the demo) is five times the browser's storage; the wall's national screen shows the
 * country and ranks its provinces, which this copy (a few hundred KB) carries with the same figures. A wall screen
 * restarting during an outage shows them at once, never calling them newer than their oldest part; the provinces' states
 * are of the moment and not kept, and the first answer of the index brings the national view back. Null while a province
 * is missing from the figures: a copy without it would show a national total short of a province and not say so.
 */
export function nationalCopy(snapshot: FeedSnapshot): FeedDocument | null {
  const { model } = snapshot;
  if (!nationalComplete(snapshot)) return null;
  const root = model.units.get(model.rootId);
  if (!root) return null;
  const units: FeedDocument['units'] = [{ id: root.id, name: root.name, kind: 'national' }];
  const stats: Row[] = [];
  for (const provinceId of root.childIds) {
    const province = model.units.get(provinceId);
    if (!province) continue;
    units.push({ id: province.id, name: province.name, kind: province.kind as UnitKind, parentId: root.id });
    const byMonth = new Map<number, Row>();
    const stack = [provinceId];
    // Stocks (carried over, pending) of a month summed over units equal the live roll-up's only when every unit has a
    // row in every month of its province: the roll-up takes each unit's own first and last row of a period. A province
    // whose units' months differ is not saved at all: no copy is better than one whose pending figures are short.
    const spans: { first: number; last: number; months: number }[] = [];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      stack.push(...(model.units.get(id)?.childIds ?? []));
      const unitRows = model.rowsByUnit.get(id) ?? [];
      if (unitRows.length > 0) {
        spans.push({
          first: (unitRows[0] as { monthIndex: number }).monthIndex,
          last: (unitRows[unitRows.length - 1] as { monthIndex: number }).monthIndex,
          months: new Set(unitRows.map((row) => row.monthIndex)).size,
        });
      }
      for (const row of unitRows) {
        let sum = byMonth.get(row.monthIndex);
        if (!sum) {
          sum = { unitId: provinceId, month: monthKey(row.monthIndex) } as Row;
          for (const field of COUNT_FIELDS) sum[field] = 0;
          for (const field of EXTRA_COUNT_FIELDS) if (model.carries[field]) sum[field] = 0;
          byMonth.set(row.monthIndex, sum);
        }
        for (const field of COUNT_FIELDS) sum[field] = (sum[field] ?? 0) + row[field];
        for (const field of EXTRA_COUNT_FIELDS) if (model.carries[field]) sum[field] = (sum[field] ?? 0) + row[field];
      }
    }
    const first = Math.min(...spans.map((span) => span.first));
    const last = Math.max(...spans.map((span) => span.last));
    if (spans.some((span) => span.first !== first || span.last !== last || span.months !== last - first + 1)) return null;
    stats.push(...[...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row));
  }
  const parts = model.federation?.parts ?? [];
  const oldest = parts.reduce((a, b) => (b.generatedAtMs < a.generatedAtMs ? b : a));
  const document: FeedDocument = { schema: 'tthc-feed/1', generatedAt: oldest.generatedAt, source: model.source, units, stats };
  const meta: NonNullable<FeedDocument['meta']> = {};
  if (model.meta.dueSoonDays !== null) meta.dueSoonDays = model.meta.dueSoonDays;
  if (model.meta.rules !== null) meta.rules = model.meta.rules;
  if (Object.keys(meta).length > 0) document.meta = meta;
  return document;
}

/** The time a saved copy of this snapshot carries: the document's, or a national view's oldest province's. */
export function copyTime(snapshot: FeedSnapshot): string {
  const parts = snapshot.model.federation?.parts;
  if (!parts || parts.length === 0) return snapshot.model.generatedAt;
  return parts.reduce((a, b) => (b.generatedAtMs < a.generatedAtMs ? b : a)).generatedAt;
}

/** Called when a new document arrives (not on a 304): the only write of the document's text. */
export function saveDocument(storage: Storage | null, feedUrl: string, snapshot: FeedSnapshot, at: number): boolean {
  if (!storage) return false;
  if (snapshot.model.federation) {
    // The snapshot's text is the index's, not a document: the national view is kept as its provinces' totals, or not at all.
    const copy = nationalCopy(snapshot);
    if (!copy) return false;
    const record: StoredDocument = {
      version: KIOSK_STORAGE_VERSION,
      feedUrl,
      text: JSON.stringify(copy),
      etag: null,
      lastModified: null,
      savedAt: at,
      summary: true,
    };
    return write(storage, STORAGE_KEYS.document, record);
  }
  const record: StoredDocument = {
    version: KIOSK_STORAGE_VERSION,
    feedUrl,
    text: snapshot.text,
    etag: snapshot.etag,
    lastModified: snapshot.lastModified,
    savedAt: at,
  };
  if (write(storage, STORAGE_KEYS.document, record)) return true;
  // A document by field can be ten times its unit totals, and past the browser's quota (about 5 MB): keep the totals,
  // so a reboot during an outage still shows every unit's figures; the fields come back with the first answer.
  if (!snapshot.model.hasFields) return false;
  return write(storage, STORAGE_KEYS.document, { ...record, text: JSON.stringify(unitTotalsDocument(snapshot.model)), summary: true });
}

/** Called on every good poll: a few bytes, so a restored copy says how recently the feed confirmed it. */
export function saveConfirmation(storage: Storage | null, feedUrl: string, generatedAt: string, at: number): void {
  if (!storage) return;
  write(storage, STORAGE_KEYS.confirmed, { version: KIOSK_STORAGE_VERSION, feedUrl, generatedAt, at });
}

/** Whether a reload right now would come back to these numbers at once, without the network. */
export function savedCopyCarries(storage: Storage | null, feedUrl: string, generatedAt: string): boolean {
  if (!storage) return false;
  const config = read<StoredConfig>(storage, STORAGE_KEYS.config);
  const document = read<StoredDocument>(storage, STORAGE_KEYS.document);
  if (!config || config.feedUrl !== feedUrl || !document || document.feedUrl !== feedUrl) return false;
  // Cheaper than parsing the whole text again: the copy is of the document on screen.
  return document.text.includes(`"${generatedAt}"`);
}
