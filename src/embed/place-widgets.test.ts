// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PLACED_ATTRIBUTE, placeWidgets } from './place-widgets';

const WIDGET_ORIGIN = 'https://thongke.example.vn';
const EMBED_SRC = `${WIDGET_ORIGIN}/tthc/embed.js`;

function addScript(attributes: Record<string, string>, parent: HTMLElement = document.body): HTMLScriptElement {
  const script = document.createElement('script');
  // jsdom does not load scripts: these are only tags to be found.
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  parent.append(script);
  return script;
}

function heightMessage(
  iframe: HTMLIFrameElement,
  data: Record<string, unknown>,
  origin = WIDGET_ORIGIN,
  source: Window | null = iframe.contentWindow,
) {
  const id = new URL(iframe.src).searchParams.get('embedId');
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'tthc-widget:height', id, ...data }, origin, source }));
}

afterEach(() => document.body.replaceChildren());

describe('embed.js', () => {
  it('places an iframe of widget.html right after its script, with the data-* choices as URL parameters', () => {
    const before = document.createElement('p');
    const box = document.createElement('aside');
    document.body.append(before, box);
    const script = addScript(
      {
        src: EMBED_SRC,
        'data-unit': '31569',
        'data-field': 'dat-dai',
        'data-period': '2026-Q3',
        'data-theme': 'dark',
        'data-lang': 'en',
        async: '',
      },
      box,
    );
    const after = document.createElement('p');
    box.append(after);
    const [iframe] = placeWidgets(document, script);
    expect(iframe).toBeDefined();
    expect(script.nextElementSibling).toBe(iframe);
    expect(iframe!.nextElementSibling).toBe(after);
    const url = new URL(iframe!.src);
    expect(url.origin + url.pathname).toBe(`${WIDGET_ORIGIN}/tthc/widget.html`);
    expect(url.searchParams.get('unit')).toBe('31569');
    expect(url.searchParams.get('field')).toBe('dat-dai');
    expect(url.searchParams.get('period')).toBe('2026-Q3');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('origin')).toBe(window.location.origin);
    expect(url.searchParams.get('embedId')).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(iframe!.title).toBe('Administrative procedure dossiers');
    expect(iframe!.getAttribute('loading')).toBe('lazy');
    expect(iframe!.style.width).toBe('100%');
    expect(iframe!.style.borderWidth).toBe('0px');
    expect(script.hasAttribute(PLACED_ATTRIBUTE)).toBe(true);
  });

  it('passes only the choices the webmaster made, and a Vietnamese title by default', () => {
    const script = addScript({ src: EMBED_SRC });
    const [iframe] = placeWidgets(document, script);
    const params = new URL(iframe!.src).searchParams;
    expect([...params.keys()].sort()).toEqual(['embedId', 'origin']);
    expect(iframe!.title).toBe('Tình hình giải quyết hồ sơ thủ tục hành chính');
  });

  it('places one widget per script tag, even when the browser does not say which script is running, and never twice', () => {
    const first = addScript({ src: EMBED_SRC, 'data-unit': 'A' });
    const second = addScript({ src: `${EMBED_SRC}?v=2`, 'data-unit': 'B' });
    const frames = placeWidgets(document, null);
    expect(frames.map((frame) => new URL(frame.src).searchParams.get('unit'))).toEqual(['A', 'B']);
    expect(first.nextElementSibling).toBe(frames[0]);
    expect(second.nextElementSibling).toBe(frames[1]);
    expect(new Set(frames.map((frame) => new URL(frame.src).searchParams.get('embedId'))).size).toBe(2);
    // The second copy of embed.js finds nothing left to do.
    expect(placeWidgets(document, second)).toEqual([]);
    expect(document.querySelectorAll('iframe')).toHaveLength(2);
  });

  it('leaves another site’s embed.js alone when it knows its own address', () => {
    const ours = addScript({ src: EMBED_SRC });
    const theirs = addScript({ src: 'https://video.example.com/player/embed.js' });
    const frames = placeWidgets(document, ours);
    expect(frames).toHaveLength(1);
    expect(theirs.hasAttribute(PLACED_ATTRIBUTE)).toBe(false);
  });

  it('follows the height the widget reports, from its origin and its own frame only', () => {
    addScript({ src: EMBED_SRC });
    const iframe = placeWidgets(document, null)[0]!;
    const initial = iframe.style.height;
    heightMessage(iframe, { height: 233.2 });
    expect(iframe.style.height).toBe('234px');
    heightMessage(iframe, { height: 500 }, 'https://evil.example');
    expect(iframe.style.height).toBe('234px');
    heightMessage(iframe, { height: 500 }, WIDGET_ORIGIN, window);
    expect(iframe.style.height).toBe('234px');
    heightMessage(iframe, { height: 500, id: 'someone-else' });
    expect(iframe.style.height).toBe('234px');
    heightMessage(iframe, { height: 1e9 });
    expect(iframe.style.height).toBe('234px');
    expect(initial).not.toBe('234px');
  });

  it('sizes each of two widgets by its own messages', () => {
    addScript({ src: EMBED_SRC, 'data-unit': 'A' });
    addScript({ src: EMBED_SRC, 'data-unit': 'B' });
    const [a, b] = placeWidgets(document, null);
    heightMessage(a!, { height: 200 });
    heightMessage(b!, { height: 320 });
    expect(a!.style.height).toBe('200px');
    expect(b!.style.height).toBe('320px');
    // A message carrying b's id but sent from a's frame changes neither.
    const bId = new URL(b!.src).searchParams.get('embedId');
    heightMessage(a!, { height: 999, id: bId });
    expect([a!.style.height, b!.style.height]).toEqual(['200px', '320px']);
  });
});
