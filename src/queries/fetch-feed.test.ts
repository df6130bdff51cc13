import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { FeedError, fetchFeed } from './fetch-feed';
import { readFileSync } from 'node:fs';

const small = readFileSync(new URL('../../docs/examples/small-province.json', import.meta.url), 'utf8');
const URL_ = 'http://feed.test/feed.json';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error.problem;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('fetchFeed', () => {
  it('asks conditionally and hands back the very same snapshot on a 304', async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(URL_, ({ request }) => {
        seen.push(request.headers.get('If-None-Match'));
        if (request.headers.get('If-None-Match') === '"v1"') return new HttpResponse(null, { status: 304 });
        return new HttpResponse(small, { headers: { ETag: '"v1"', 'Content-Type': 'application/json' } });
      }),
    );
    const first = await fetchFeed(URL_, undefined);
    const second = await fetchFeed(URL_, first);
    expect(seen).toEqual([null, '"v1"']);
    expect(second).toBe(first);
  });

  it('hands back the same snapshot when a server without validators sends the same bytes', async () => {
    server.use(http.get(URL_, () => new HttpResponse(small)));
    const first = await fetchFeed(URL_, undefined);
    expect(await fetchFeed(URL_, first)).toBe(first);
  });

  it('brings a new model when the document changed', async () => {
    let generatedAt = '2026-03-31T16:40:00+07:00';
    server.use(http.get(URL_, () => new HttpResponse(small.replace('2026-03-31T16:40:00+07:00', generatedAt))));
    const first = await fetchFeed(URL_, undefined);
    generatedAt = '2026-03-31T16:41:00+07:00';
    const second = await fetchFeed(URL_, first);
    expect(second).not.toBe(first);
    expect(second.model.generatedAt).toBe('2026-03-31T16:41:00+07:00');
  });

  it.each([
    [500, null],
    [502, null],
    [503, '30'],
    [404, null],
    [401, null],
    [403, null],
  ])('turns HTTP %s into a problem with its Retry-After (%s)', async (status, retryAfter) => {
    server.use(http.get(URL_, () => new HttpResponse('x', { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} })));
    expect(await problemOf(fetchFeed(URL_, undefined))).toEqual({
      code: 'http',
      status,
      retryAfterSeconds: retryAfter ? Number(retryAfter) : null,
    });
  });

  it('refuses an HTML error page served with 200, and JSON cut off half way', async () => {
    server.use(http.get(URL_, () => HttpResponse.html('<!doctype html><p>Lỗi</p>')));
    expect(await problemOf(fetchFeed(URL_, undefined))).toEqual({ code: 'refused', refusal: { code: 'html' } });
    server.use(http.get(URL_, () => new HttpResponse(small.slice(0, small.length / 2))));
    expect(await problemOf(fetchFeed(URL_, undefined))).toMatchObject({ code: 'refused', refusal: { code: 'not-json' } });
  });

  it('reports a refused connection as a network problem', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    expect(await problemOf(fetchFeed(URL_, undefined))).toMatchObject({ code: 'network' });
  });
});
