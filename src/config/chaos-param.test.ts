import { describe, expect, it } from 'vitest';
import { readChaosParam } from './chaos-param';

describe('the chaos URL parameter', () => {
  it.each([
    ['?chaos=0.3', 0.3],
    ['?chaos=1', 1],
    ['?chaos=.5', 0.5],
    ['?chaos=1.0', 1],
    ['?chaos=0.05&unit=92', 0.05],
  ])('%s asks for a share of %s', (search, share) => {
    expect(readChaosParam(search)).toEqual({ share });
  });

  it('is off when absent or 0', () => {
    expect(readChaosParam('')).toBeNull();
    expect(readChaosParam('?unit=92')).toBeNull();
    expect(readChaosParam('?chaos=0')).toBeNull();
  });

  it.each(['2', '1.5', '-0.3', '30%', '1e-1', 'abc', '', 'Infinity', '0x1'])('refuses "%s" and keeps it to show', (value) => {
    expect(readChaosParam(`?chaos=${encodeURIComponent(value)}`)).toEqual({ invalid: value });
  });

  it('shortens a long value it refuses', () => {
    expect(readChaosParam(`?chaos=${'9'.repeat(200)}`)).toEqual({ invalid: '9'.repeat(40) });
  });
});
