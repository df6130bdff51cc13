import { describe, expect, it, vi } from 'vitest';
import { kioskShellUrls, syncKioskShell } from './kiosk-app-shell';

function fakeContainer(scopes: string[] = []) {
  const unregistered: string[] = [];
  const registrations = scopes.map((scope) => ({ scope, unregister: vi.fn(async () => (unregistered.push(scope), true)) }));
  const container = {
    register: vi.fn(async () => ({}) as ServiceWorkerRegistration),
    getRegistrations: vi.fn(async () => registrations as unknown as ServiceWorkerRegistration[]),
  };
  return { container, unregistered };
}

describe('kioskShellUrls', () => {
  it('puts the worker beside kiosk.html and scopes it to kiosk.html, under a sub-path and whatever the query', () => {
    expect(kioskShellUrls('https://portal.example.gov.vn/so-lieu/kiosk.html?unit=31569&lang=en')).toEqual({
      script: 'https://portal.example.gov.vn/so-lieu/kiosk-sw.js',
      scope: 'https://portal.example.gov.vn/so-lieu/kiosk.html',
    });
    expect(kioskShellUrls('http://127.0.0.1:4173/kiosk.html')).toEqual({
      script: 'http://127.0.0.1:4173/kiosk-sw.js',
      scope: 'http://127.0.0.1:4173/kiosk.html',
    });
  });
});

describe('syncKioskShell', () => {
  const base = 'https://portal.example.gov.vn/so-lieu/kiosk.html?unit=1';

  it('registers the worker, scoped to kiosk.html, on a real feed', async () => {
    const { container } = fakeContainer();
    expect(await syncKioskShell(base, 'https://feed.example.gov.vn/tthc.json', container)).toBe('registered');
    expect(container.register).toHaveBeenCalledWith('https://portal.example.gov.vn/so-lieu/kiosk-sw.js', {
      scope: 'https://portal.example.gov.vn/so-lieu/kiosk.html',
    });
  });

  it('registers nothing on the demo feed and removes only its own earlier registration, never MSW’s', async () => {
    const { container, unregistered } = fakeContainer([
      'https://portal.example.gov.vn/so-lieu/',
      'https://portal.example.gov.vn/so-lieu/kiosk.html',
    ]);
    expect(await syncKioskShell(base, 'demo', container)).toBe('removed');
    expect(container.register).not.toHaveBeenCalled();
    expect(unregistered).toEqual(['https://portal.example.gov.vn/so-lieu/kiosk.html']);

    const mswOnly = fakeContainer(['https://portal.example.gov.vn/so-lieu/']);
    expect(await syncKioskShell(base, 'demo', mswOnly.container)).toBe('untouched');
    expect(mswOnly.unregistered).toEqual([]);
  });

  it('treats the national demo as the demo: MSW’s worker must see its 34 feeds, so no app shell', async () => {
    const { container, unregistered } = fakeContainer(['https://portal.example.gov.vn/so-lieu/kiosk.html']);
    expect(await syncKioskShell(base, 'demo-national', container)).toBe('removed');
    expect(container.register).not.toHaveBeenCalled();
    expect(unregistered).toEqual(['https://portal.example.gov.vn/so-lieu/kiosk.html']);
  });

  it('changes nothing, and throws nothing, without service workers or when registration fails', async () => {
    expect(await syncKioskShell(base, 'feed.json', undefined)).toBe('unavailable');
    const { container } = fakeContainer();
    container.register.mockRejectedValueOnce(new DOMException('insecure context', 'SecurityError'));
    expect(await syncKioskShell(base, 'feed.json', container)).toBe('failed');
  });
});
