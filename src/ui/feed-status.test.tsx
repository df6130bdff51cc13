// @vitest-environment jsdom
// The dashboard's status band at the edges FEED.md draws: a document exactly staleAfterSeconds old is not "older than
// the stale limit", one millisecond more is; a publisher clock up to 5 minutes ahead is drift, beyond it a warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { parseConfig } from '../config/runtime-config';
import { FeedStatus } from './feed-status';
import { PageSetupProvider } from './page-setup-gate';

const NOW = Date.parse('2026-11-26T09:40:00Z');
const STALE_AFTER_SECONDS = 600;
const config = parseConfig({ feedUrl: 'feed.json', pollSeconds: 60, staleAfterSeconds: STALE_AFTER_SECONDS, timeZone: 'Asia/Ho_Chi_Minh' });

/** The band's text for a document generated at `generatedAtMs`, read at NOW after a good poll; '' when there is no band. */
function band(generatedAtMs: number): string {
  vi.useFakeTimers({ now: NOW });
  const { container, unmount } = render(
    <PageSetupProvider value={{ config, feedUrl: 'https://x/feed.json', chaos: null }}>
      <FeedStatus error={null} generatedAtMs={generatedAtMs} lastSuccessAt={NOW} />
    </PageSetupProvider>,
  );
  const text = container.textContent ?? '';
  unmount();
  return text;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FeedStatus at the stale limit', () => {
  it('says nothing just under and at exactly staleAfterSeconds, and that the feed has not changed one millisecond past it', () => {
    expect(band(NOW - STALE_AFTER_SECONDS * 1000 + 1)).toBe('');
    expect(band(NOW - STALE_AFTER_SECONDS * 1000)).toBe('');
    expect(band(NOW - STALE_AFTER_SECONDS * 1000 - 1)).toContain('Nguồn số liệu không đổi từ');
  });
});

describe('FeedStatus and a generatedAt in the future', () => {
  const tolerance = 5 * 60_000;

  it('says nothing for a clock up to 5 minutes ahead, and warns one millisecond beyond', () => {
    expect(band(NOW + tolerance - 1)).toBe('');
    expect(band(NOW + tolerance)).toBe('');
    expect(band(NOW + tolerance + 1)).toContain('ở tương lai');
  });
});
