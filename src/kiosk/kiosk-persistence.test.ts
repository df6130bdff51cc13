import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../config/runtime-config';
import { parseFeedText } from '../feed/parse-feed';
import { generateProvinceFeed } from '../../mocks/demo-feed';
import type { FeedSnapshot } from '../queries/fetch-feed';
import { MemoryStorage } from './memory-storage';
import { STORAGE_KEYS, restoreKiosk, saveConfirmation, saveDocument, saveSetup, savedCopyCarries } from './kiosk-persistence';

const text = readFileSync(new URL('../../docs/examples/small-province.json', import.meta.url), 'utf8');
const FEED = 'https://so-lieu.example/feed.json';

function snapshotOf(body: string): FeedSnapshot {
  const parsed = parseFeedText(body);
  if (!parsed.ok) throw new Error('fixture refused');
  return { model: parsed.model, etag: '"v7"', lastModified: null, text: body };
}

const config = parseConfig({ feedUrl: 'feed.json', pollSeconds: 30, staleAfterSeconds: 900, kioskReloadHour: 4 });

describe('kiosk persistence', () => {
  it('brings back the configuration and the document, parsed again, with its validators', () => {
    const storage = new MemoryStorage();
    expect(saveSetup(storage, { config, feedUrl: FEED })).toBe(true);
    expect(saveDocument(storage, FEED, snapshotOf(text), 1000)).toBe(true);
    const restored = restoreKiosk(storage);
    expect(restored.setup).toEqual({ config, feedUrl: FEED });
    expect(restored.document?.feedUrl).toBe(FEED);
    expect(restored.document?.snapshot.etag).toBe('"v7"');
    expect(restored.document?.snapshot.model.generatedAt).toBe('2026-03-31T16:40:00+07:00');
    expect(restored.document?.snapshot.model.units.get('P1-SYT')?.name).toBe('Sở Y tế');
    expect(restored.document?.lastSuccessAt).toBe(1000);
  });

  it('takes the last confirmation of the same document as the time of the last good poll', () => {
    const storage = new MemoryStorage();
    saveDocument(storage, FEED, snapshotOf(text), 1000);
    saveConfirmation(storage, FEED, '2026-03-31T16:40:00+07:00', 5000);
    expect(restoreKiosk(storage).document?.lastSuccessAt).toBe(5000);
    // A confirmation of another document (written before a crash) says nothing about this one.
    saveConfirmation(storage, FEED, '2026-03-31T16:41:00+07:00', 9000);
    expect(restoreKiosk(storage).document?.lastSuccessAt).toBe(1000);
  });

  it('ignores a copy of another version, broken JSON, a refused document and a configuration that no longer validates', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.document, JSON.stringify({ version: 0, feedUrl: FEED, text, etag: null, lastModified: null, savedAt: 1 }));
    storage.setItem(STORAGE_KEYS.config, '{"version":1,');
    expect(restoreKiosk(storage)).toEqual({ setup: null, document: null });
    saveDocument(storage, FEED, { ...snapshotOf(text), text: '<!doctype html><p>Lỗi</p>' }, 1);
    storage.setItem(STORAGE_KEYS.config, JSON.stringify({ version: 1, feedUrl: FEED, config: { feedUrl: 3 } }));
    expect(restoreKiosk(storage)).toEqual({ setup: null, document: null });
  });

  it('runs without storage, and survives a full one without leaving half a copy', () => {
    expect(restoreKiosk(null)).toEqual({ setup: null, document: null });
    expect(saveDocument(null, FEED, snapshotOf(text), 1)).toBe(false);
    const small = new MemoryStorage(2000);
    expect(saveSetup(small, { config, feedUrl: FEED })).toBe(true);
    expect(saveDocument(small, FEED, snapshotOf(text), 1)).toBe(false);
    expect(small.getItem(STORAGE_KEYS.document)).toBeNull();
    expect(restoreKiosk(small).document).toBeNull();
  });

  it('keeps the unit totals of a document by field too large for the storage, and asks the feed for the whole one', () => {
    const byField = JSON.stringify(generateProvinceFeed({ now: new Date('2026-12-02T09:30:00+07:00') }));
    const snapshot = snapshotOf(byField);
    const storage = new MemoryStorage(byField.length / 4);
    saveSetup(storage, { config, feedUrl: FEED });
    expect(saveDocument(storage, FEED, snapshot, 1)).toBe(true);
    const restored = restoreKiosk(storage).document;
    expect(restored?.summary).toBe(true);
    expect(restored?.snapshot.model.hasFields).toBe(false);
    expect(restored?.snapshot.model.units.size).toBe(snapshot.model.units.size);
    // No validator: a 304 against the whole document must not leave the kiosk on its summary.
    expect(restored?.snapshot.etag).toBeNull();
    expect(savedCopyCarries(storage, FEED, snapshot.model.generatedAt)).toBe(true);
    // A document without fields has no smaller form: nothing is kept rather than something else.
    expect(saveDocument(new MemoryStorage(100), FEED, snapshotOf(text), 1)).toBe(false);
  });

  it('says the saved copy carries the screen only for the same feed and the document on screen', () => {
    const storage = new MemoryStorage();
    saveDocument(storage, FEED, snapshotOf(text), 1);
    expect(savedCopyCarries(storage, FEED, '2026-03-31T16:40:00+07:00')).toBe(false); // no configuration saved
    saveSetup(storage, { config, feedUrl: FEED });
    expect(savedCopyCarries(storage, FEED, '2026-03-31T16:40:00+07:00')).toBe(true);
    expect(savedCopyCarries(storage, FEED, '2026-03-31T16:41:00+07:00')).toBe(false);
    expect(savedCopyCarries(storage, 'https://other.example/feed.json', '2026-03-31T16:40:00+07:00')).toBe(false);
    expect(savedCopyCarries(null, FEED, '2026-03-31T16:40:00+07:00')).toBe(false);
  });
});
