import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './runtime-config';

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problem;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config.json', () => {
  it('fills the defaults FEED.md gives', () => {
    const config = parseConfig({ feedUrl: 'demo' });
    expect(config).toMatchObject({
      feedUrl: 'demo',
      pollSeconds: 60,
      timeZone: 'Asia/Ho_Chi_Minh',
      onTimeTarget: 95,
      staleAfterSeconds: 600,
    });
    expect(config.adjustments).toEqual([]);
  });

  it('names the field of the wrong type', () => {
    expect(problemOf(() => parseConfig({ feedUrl: 'demo', pollSeconds: '60' }))).toMatchObject({
      code: 'config-field',
      field: 'pollSeconds',
    });
    expect(problemOf(() => parseConfig({ feedUrl: 42 }))).toMatchObject({ code: 'config-field', field: 'feedUrl' });
    expect(problemOf(() => parseConfig({}))).toMatchObject({ code: 'config-field', field: 'feedUrl' });
    expect(problemOf(() => parseConfig({ feedUrl: 'demo', timeZone: 'Mars/Olympus' }))).toMatchObject({
      code: 'config-field',
      field: 'timeZone',
    });
    expect(problemOf(() => parseConfig({ feedUrl: 'demo', onTimeTarget: 120 }))).toMatchObject({
      code: 'config-field',
      field: 'onTimeTarget',
    });
  });

  it('keeps what was written, so the message can show it, and says when a field is missing', () => {
    expect(problemOf(() => parseConfig({ feedUrl: 'demo', pollSeconds: '60' }))).toMatchObject({ given: '"60"' });
    expect(problemOf(() => parseConfig({ feedUrl: 'demo', title: { vi: 'x'.repeat(80) } }))).toMatchObject({
      field: 'title',
      given: `{"vi":"${'x'.repeat(32)}…`,
    });
    expect(problemOf(() => parseConfig({ pollSeconds: 60 }))).toMatchObject({ field: 'feedUrl', given: null, detail: 'missing' });
  });

  it('refuses a file that is not an object', () => {
    expect(problemOf(() => parseConfig([1, 2]))).toMatchObject({ code: 'config-not-object', given: '[1,2]' });
    expect(problemOf(() => parseConfig(null))).toMatchObject({ code: 'config-not-object', given: 'null' });
  });

  it.each([
    [0, 10],
    [-5, 10],
    [1e9, 3600],
    [2.4, 10],
  ])('clamps pollSeconds %s to %s and says so', (given, used) => {
    const config = parseConfig({ feedUrl: 'demo', pollSeconds: given });
    expect(config.pollSeconds).toBe(used);
    expect(config.adjustments).toEqual([{ field: 'pollSeconds', given, used }]);
  });

  it('reports a missing file and broken JSON with the file name', async () => {
    const missing = loadConfig('http://x/app/', async () => new Response('nope', { status: 404 }));
    await expect(missing).rejects.toThrow(/config\.json/);
    await expect(missing).rejects.toMatchObject({ problem: { code: 'config-unreachable', detail: 'HTTP 404' } });
    const broken = loadConfig('http://x/app/', async () => new Response('{"feedUrl": '));
    await expect(broken).rejects.toMatchObject({ problem: { code: 'config-not-json' } });
  });

  it('reads config.json beside the page, whatever the sub-path', async () => {
    let asked = '';
    await loadConfig('http://portal.example/so-lieu/index.html?unit=1', async (input) => {
      asked = String(input);
      return new Response('{"feedUrl":"feed.json"}');
    });
    expect(asked).toBe('http://portal.example/so-lieu/config.json');
  });
});
