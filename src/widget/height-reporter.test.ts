// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportHeight } from './height-reporter';

const PARENT = 'https://portal.example.vn';
let resized: Array<() => void>;
let stop: () => void;
let parentWindow: Window;
let post: ReturnType<typeof vi.fn>;
let content: HTMLElement;
let height: number;

beforeEach(() => {
  resized = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resized.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  // A real window stands in for the host page, so messages can name it as their source.
  const frame = document.createElement('iframe');
  document.body.append(frame);
  parentWindow = frame.contentWindow as Window;
  post = vi.fn();
  parentWindow.postMessage = post as unknown as Window['postMessage'];
  content = document.createElement('div');
  height = 231.4;
  content.getBoundingClientRect = () => ({ height }) as DOMRect;
  stop = reportHeight(content, { embedId: 'w1', parentOrigin: PARENT }, { self: window, parent: parentWindow });
});

afterEach(() => {
  stop();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function message(data: unknown, origin: string, source: Window) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('the widget’s height report', () => {
  it('posts its rounded-up height to the host page’s origin, never to "*"', () => {
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith({ type: 'tthc-widget:height', id: 'w1', height: 232 }, PARENT);
  });

  it('posts again when the content’s height changes, and only then', () => {
    for (const callback of resized) callback();
    expect(post).toHaveBeenCalledTimes(1);
    height = 300;
    for (const callback of resized) callback();
    expect(post).toHaveBeenLastCalledWith({ type: 'tthc-widget:height', id: 'w1', height: 300 }, PARENT);
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('answers a measure request from the host page', () => {
    message({ type: 'tthc-widget:measure', id: 'w1' }, PARENT, parentWindow);
    expect(post).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['another origin', { type: 'tthc-widget:measure', id: 'w1' }, 'https://evil.example', 'parent'],
    ['another window of the right origin', { type: 'tthc-widget:measure', id: 'w1' }, PARENT, 'self'],
    ['another embed’s id', { type: 'tthc-widget:measure', id: 'w2' }, PARENT, 'parent'],
    ['another kind of message', { type: 'something-else', id: 'w1' }, PARENT, 'parent'],
  ])('ignores a request from %s', (_case, data, origin, source) => {
    message(data, origin, source === 'parent' ? parentWindow : window);
    expect(post).toHaveBeenCalledTimes(1);
  });
});
