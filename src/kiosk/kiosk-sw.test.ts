// public/kiosk-sw.js, run in a bare context with fake caches and network: what it answers from where.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../public/kiosk-sw.js', import.meta.url), 'utf8');
const WORKER = 'https://portal.example.gov.vn/so-lieu/kiosk-sw.js';

type Route = 'page' | 'asset' | 'pass';
type Listener = (event: unknown) => void;

/** A tiny Cache Storage keyed by URL (what the worker relies on; no Vary). */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const added: Request[] = [];
  const keyOf = (request: Request | string) => (typeof request === 'string' ? request : request.url);
  const open = async (name: string) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    const entries = store;
    return {
      match: async (request: Request | string) => entries.get(keyOf(request))?.clone(),
      put: async (request: Request | string, response: Response) => void entries.set(keyOf(request), response),
      addAll: async (requests: Request[]) => {
        added.push(...requests);
        for (const request of requests) entries.set(keyOf(request), new Response(`cached ${keyOf(request)}`));
      },
    };
  };
  return {
    stores,
    added,
    api: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
    },
  };
}

function loadWorker(network: (request: Request | string, init?: RequestInit) => Promise<Response>) {
  const listeners = new Map<string, Listener>();
  const caches = fakeCaches();
  const self = {
    location: new URL(WORKER),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  const context = createContext({
    self,
    caches: caches.api,
    fetch: network,
    URL,
    Response,
    Request,
    setTimeout,
    clearTimeout,
    Promise,
    Set,
  });
  runInContext(source, context);
  const requestRoute = context.requestRoute as (method: string, mode: string, url: string, workerUrl: string) => Route;
  const shellAssetUrls = context.shellAssetUrls as (html: string, pageUrl: string) => string[];

  /** Dispatches a fetch event; undefined when the worker leaves the request to the browser. */
  async function fetchEvent(url: string, mode: string, method = 'GET'): Promise<Response | undefined> {
    let answer: Promise<Response> | undefined;
    const request = { url, mode, method };
    listeners.get('fetch')?.({ request, respondWith: (promise: Promise<Response>) => (answer = promise) });
    return answer;
  }
  async function lifecycle(type: 'install' | 'activate') {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
  }
  return { requestRoute, shellAssetUrls, fetchEvent, lifecycle, caches };
}

/** What a same-origin fetch gives a worker: a "basic" response (a constructed one is "default"). */
function basic(body: string, status = 200): Response {
  return Object.defineProperty(new Response(body, { status }), 'type', { value: 'basic' });
}

const KIOSK_HTML = `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<script type="module" crossorigin src="./assets/kiosk-B-uprW_O.js"></script>
<link rel="modulepreload" crossorigin href="./assets/base-C6XwWb8v.js">
<link rel="stylesheet" crossorigin href="./assets/kiosk-DKfrflmZ.css">
<link rel="stylesheet" href="https://cdn.example.com/assets/x.css">
</head><body><div id="root"></div></body></html>`;

describe('kiosk-sw.js: which requests it takes', () => {
  const { requestRoute } = loadWorker(() => Promise.reject(new Error('offline')));
  it('takes the navigation to kiosk.html (any query) and same-origin GETs under assets/, under a sub-path', () => {
    expect(requestRoute('GET', 'navigate', 'https://portal.example.gov.vn/so-lieu/kiosk.html?unit=31569', WORKER)).toBe('page');
    expect(requestRoute('GET', 'cors', 'https://portal.example.gov.vn/so-lieu/assets/kiosk-B-uprW_O.js', WORKER)).toBe('asset');
  });
  it('leaves config.json, the feed, other pages, other origins and anything but GET to the browser', () => {
    const pass = [
      ['GET', 'cors', 'https://portal.example.gov.vn/so-lieu/config.json'],
      ['GET', 'cors', 'https://portal.example.gov.vn/so-lieu/feed.json'],
      ['GET', 'cors', 'https://feed.example.gov.vn/assets/tthc.json'],
      ['GET', 'cors', 'https://portal.example.gov.vn/assets/other-site.js'],
      ['GET', 'navigate', 'https://portal.example.gov.vn/so-lieu/index.html'],
      // The daily reload's own check that kiosk.html still loads must meet the real network.
      ['GET', 'cors', 'https://portal.example.gov.vn/so-lieu/kiosk.html'],
      ['POST', 'cors', 'https://portal.example.gov.vn/so-lieu/assets/kiosk-B-uprW_O.js'],
    ];
    for (const [method, mode, url] of pass) expect(requestRoute(method!, mode!, url!, WORKER), url).toBe('pass');
  });
  it('reads the assets a built kiosk.html names, and nothing from elsewhere', () => {
    const { shellAssetUrls } = loadWorker(() => Promise.reject(new Error('offline')));
    expect(shellAssetUrls(KIOSK_HTML, 'https://portal.example.gov.vn/so-lieu/kiosk.html')).toEqual([
      'https://portal.example.gov.vn/so-lieu/assets/kiosk-B-uprW_O.js',
      'https://portal.example.gov.vn/so-lieu/assets/base-C6XwWb8v.js',
      'https://portal.example.gov.vn/so-lieu/assets/kiosk-DKfrflmZ.css',
    ]);
  });
});

describe('kiosk-sw.js: where it answers from', () => {
  const page = 'https://portal.example.gov.vn/so-lieu/kiosk.html';

  it('installs kiosk.html and its assets, then serves them when the network is down', async () => {
    let online = true;
    const asked: Array<RequestInit | undefined> = [];
    const worker = loadWorker(async (request, init) => {
      asked.push(init);
      if (!online) throw new TypeError('Failed to fetch');
      const url = typeof request === 'string' ? request : request.url;
      return basic(url === page ? KIOSK_HTML : `network ${url}`);
    });
    await worker.lifecycle('install');
    // The copies the page has just loaded, from the HTTP cache: no second download of the whole kiosk.
    expect(asked).toEqual([{ cache: 'force-cache' }]);
    expect(worker.caches.added.map((request) => request.cache)).toEqual(['force-cache', 'force-cache', 'force-cache']);
    online = false;
    expect(await (await worker.fetchEvent(`${page}?unit=31569`, 'navigate'))?.text()).toBe(KIOSK_HTML);
    const asset = 'https://portal.example.gov.vn/so-lieu/assets/base-C6XwWb8v.js';
    expect(await (await worker.fetchEvent(asset, 'cors'))?.text()).toBe(`cached ${asset}`);
    expect(await worker.fetchEvent('https://portal.example.gov.vn/so-lieu/config.json', 'cors')).toBeUndefined();
  });

  it('prefers the network for the page and keeps its latest copy; falls back on a 5xx; fails honestly with no copy', async () => {
    let answer = () => basic('version 2');
    const worker = loadWorker(async () => answer());
    expect(await (await worker.fetchEvent(page, 'navigate'))?.text()).toBe('version 2');
    answer = () => basic('Bad Gateway', 502);
    expect(await (await worker.fetchEvent(`${page}?lang=en`, 'navigate'))?.text()).toBe('version 2');

    const empty = loadWorker(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(empty.fetchEvent(page, 'navigate')).rejects.toThrow('Failed to fetch');
  });

  it('serves an asset from the cache once fetched, without asking the network again', async () => {
    let calls = 0;
    const worker = loadWorker(async () => basic(`body ${++calls}`));
    const asset = 'https://portal.example.gov.vn/so-lieu/assets/lazy-AbC123.js';
    expect(await (await worker.fetchEvent(asset, 'cors'))?.text()).toBe('body 1');
    expect(await (await worker.fetchEvent(asset, 'cors'))?.text()).toBe('body 1');
    expect(calls).toBe(1);
  });

  it('drops older versions of its own cache on activation, and nobody else’s', async () => {
    const worker = loadWorker(() => Promise.reject(new Error('offline')));
    for (const name of ['kiosk-shell-v0', 'kiosk-shell-v1', 'someone-else']) worker.caches.stores.set(name, new Map());
    await worker.lifecycle('activate');
    expect([...worker.caches.stores.keys()]).toEqual(['kiosk-shell-v1', 'someone-else']);
  });
});
