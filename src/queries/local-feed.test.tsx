// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { parseFeedText } from '../feed/parse-feed';
import { DASHBOARD_POLLING, feedQueryKey } from './feed-query';
import type { FeedSnapshot } from './fetch-feed';
import { localFeedClosed, localFeedOpened, useLocalFeed } from './local-feed';
import { useFeedData } from './use-feed';

function snapshotOf(name: string): FeedSnapshot {
  const text = readFileSync(resolve(import.meta.dirname, '../../docs/examples', name), 'utf8');
  const parsed = parseFeedText(text);
  if (!parsed.ok) throw new Error('refused');
  return { model: parsed.model, etag: null, lastModified: null, text };
}

const URL_ = 'https://feed.example/feed.json';
const polling = { ...DASHBOARD_POLLING, pollSeconds: 3600 };

describe('a local document in place of the live feed', () => {
  it('is what useFeedData gives while it is open, whatever the live feed brings meanwhile, and the live one after', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const live = snapshotOf('small-province.json');
    const file = snapshotOf('dossiers/expected-feed.json');
    // The live feed is in the cache, fresh: nothing is fetched.
    queryClient.setQueryData(feedQueryKey(URL_), live);
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => ({ data: useFeedData(URL_, polling), local: useLocalFeed() }), { wrapper });
    expect(result.current.data.snapshot).toBe(live);
    expect(result.current.local).toBeNull();

    act(() => localFeedOpened(queryClient, 'so-lieu.json', 'feed', file.model, null));
    // TanStack Query tells its observers in a task of its own.
    await waitFor(() => expect(result.current.data.snapshot?.model).toBe(file.model));
    expect(result.current.data.error).toBeNull();
    expect(result.current.local?.fileName).toBe('so-lieu.json');

    // A poll that brings a new live document does not replace it.
    act(() => queryClient.setQueryData(feedQueryKey(URL_), { ...live, text: `${live.text} ` }));
    await new Promise((done) => setTimeout(done, 20));
    expect(result.current.data.snapshot?.model).toBe(file.model);

    act(() => localFeedClosed(queryClient));
    await waitFor(() => expect(result.current.data.snapshot?.text).toBe(`${live.text} `));
    expect(result.current.local).toBeNull();
    queryClient.clear();
  });
});
