// The federation index (FEED.md "Federation"): a list of provincial feeds, each an ordinary tthc-feed/1 document on its
// own server, optionally with a small summary (the same province without fields) for the national view.

import { INDEX_SCHEMA_ID } from './feed-contract';

export { INDEX_SCHEMA_ID };

export type IndexEntry = {
  /** The publisher's id for the feed, usually the province's official code ("92"). */
  id: string;
  name: string;
  /** The full document, absolute (resolved against the index's own address). */
  url: string;
  /** The summary, absolute; null when the entry gives none (the national view then reads the full document). */
  summaryUrl: string | null;
};

export type FeedIndex = { name: string; feeds: IndexEntry[] };

export type IndexResult = { ok: true; index: FeedIndex } | { ok: false; reason: IndexProblem };

/** What makes an index unusable as a whole; an entry that is wrong alone is left out and counted. */
export type IndexProblem =
  | { code: 'no-feeds' }
  | { code: 'bad-entry'; position: number; field: 'id' | 'name' | 'url' | 'summaryUrl' }
  | { code: 'duplicate-id'; id: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function absolute(address: string, baseUrl: string): string | null {
  try {
    const url = new URL(address, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads an index whose `schema` is tthc-index/1. A wrong entry refuses the whole index, naming its position and field:
 * an index is a short list written by hand, and a province silently missing from the national figures would be worse
 * than a clear message. Addresses are resolved against `baseUrl`, the index's own address.
 */
export function parseIndexDocument(json: unknown, baseUrl: string): IndexResult {
  if (!isRecord(json) || !Array.isArray(json.feeds) || json.feeds.length === 0) return { ok: false, reason: { code: 'no-feeds' } };
  const feeds: IndexEntry[] = [];
  const seen = new Set<string>();
  for (const [position, raw] of json.feeds.entries()) {
    const bad = (field: 'id' | 'name' | 'url' | 'summaryUrl'): IndexResult => ({
      ok: false,
      reason: { code: 'bad-entry', position: position + 1, field },
    });
    if (!isRecord(raw)) return bad('id');
    const id = text(raw.id);
    if (id === null) return bad('id');
    if (seen.has(id)) return { ok: false, reason: { code: 'duplicate-id', id: id.slice(0, 60) } };
    seen.add(id);
    const name = text(raw.name);
    if (name === null) return bad('name');
    const url = text(raw.url) === null ? null : absolute(text(raw.url) as string, baseUrl);
    if (url === null) return bad('url');
    let summaryUrl: string | null = null;
    if (raw.summaryUrl !== undefined && raw.summaryUrl !== null) {
      const summary = text(raw.summaryUrl);
      summaryUrl = summary === null ? null : absolute(summary, baseUrl);
      if (summaryUrl === null) return bad('summaryUrl');
    }
    feeds.push({ id, name, url, summaryUrl });
  }
  return { ok: true, index: { name: text(json.name) ?? '', feeds } };
}
