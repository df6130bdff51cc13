import { describe, expect, it } from 'vitest';
import { readEmbedParams } from './widget-params';

describe('the widget’s embed parameters', () => {
  it('reads the embed id and the host page’s origin', () => {
    expect(readEmbedParams('?unit=31569&embedId=w1a2b&origin=https%3A%2F%2Fportal.example.vn')).toEqual({
      embedId: 'w1a2b',
      parentOrigin: 'https://portal.example.vn',
    });
    expect(readEmbedParams('?embedId=w1&origin=http://127.0.0.1:8080')).toEqual({ embedId: 'w1', parentOrigin: 'http://127.0.0.1:8080' });
  });

  it.each([
    ['no origin', '?embedId=w1'],
    ['no id', '?origin=https://portal.example.vn'],
    ['a wildcard', '?embedId=w1&origin=*'],
    ['the opaque origin', '?embedId=w1&origin=null'],
    ['a path, not an origin', '?embedId=w1&origin=https://portal.example.vn/page'],
    ['another scheme', '?embedId=w1&origin=javascript:alert(1)'],
    ['a file page', '?embedId=w1&origin=file://'],
    ['an id with markup', '?embedId=%3Cb%3E&origin=https://portal.example.vn'],
  ])('refuses %s, so the height is never posted to just anyone', (_case, search) => {
    expect(readEmbedParams(search)).toBeNull();
  });
});
