// The kiosk's app shell: kiosk.html and its hashed assets from a cache when the web server cannot be reached.
// Registered by kiosk.html alone (scope: kiosk.html), and never on the demo feed, where MSW's worker owns the pages.
// config.json, the feed and every other request pass straight through: the kiosk keeps its own saved copies of those.
'use strict';

const CACHE_PREFIX = 'kiosk-shell-';
/** Bump to drop every cached copy at the next activation. */
const CACHE_NAME = `${CACHE_PREFIX}v1`;
/** A network that swallows packets must not hold a booting wall screen on a blank page for minutes. */
const NAVIGATION_TIMEOUT_MS = 10_000;

/** 'page': kiosk.html opened in a tab (network first); 'asset': a hashed file under assets/ (cache first); 'pass': not ours. */
function requestRoute(method, mode, url, workerUrl) {
  if (method !== 'GET') return 'pass';
  const target = new URL(url);
  const site = new URL('./', workerUrl);
  if (target.origin !== site.origin) return 'pass';
  if (mode === 'navigate') return target.pathname === new URL('kiosk.html', workerUrl).pathname ? 'page' : 'pass';
  return target.pathname.startsWith(`${site.pathname}assets/`) ? 'asset' : 'pass';
}

/** The same-origin assets/ files a built kiosk.html names (entry script, module preloads, style sheets). */
function shellAssetUrls(html, pageUrl) {
  const assets = new URL('assets/', pageUrl);
  const urls = new Set();
  for (const match of html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)) {
    const url = new URL(match[1], pageUrl);
    if (url.origin === assets.origin && url.pathname.startsWith(assets.pathname)) urls.add(url.href);
  }
  return [...urls];
}

/** One cached copy of the page, whatever its query (?unit=…, ?lang=…). */
function pageKey(url) {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function precacheShell() {
  const pageUrl = new URL('kiosk.html', self.location.href).href;
  // What the page has just loaded, from the HTTP cache while it is there: the very version on screen, not a second download.
  const response = await fetch(pageUrl, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`kiosk.html: HTTP ${response.status}`);
  const html = await response.clone().text();
  const cache = await caches.open(CACHE_NAME);
  await cache.addAll(shellAssetUrls(html, pageUrl).map((url) => new Request(url, { cache: 'force-cache' })));
  await cache.put(pageUrl, response);
}

async function pageNetworkFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const key = pageKey(request.url);
  let response;
  try {
    response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
  // A proxy answering 502 while the web server behind it is down is an outage too.
  if (response.status >= 500) return (await cache.match(key)) ?? response;
  // Redirected or opaque answers cannot stand in for a later navigation.
  if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(key, response.clone());
  return response;
}

async function assetCacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // Hashed names never change content: what was fetched once serves every later load.
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = requestRoute(request.method, request.mode, request.url, self.location.href);
  if (route === 'page') event.respondWith(pageNetworkFirst(request));
  else if (route === 'asset') event.respondWith(assetCacheFirst(request));
});
