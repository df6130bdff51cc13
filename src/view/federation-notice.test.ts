import { describe, expect, it } from 'vitest';
import type { FederationStatus, FeedStatus } from '../queries/federation-status';
import { partialNotice } from './federation-notice';

const NOW = Date.parse('2026-12-02T08:40:00+07:00');
const at = (time: string) => Date.parse(`2026-12-02T${time}:00+07:00`);
const feed = (id: string, name: string, rest: Partial<FeedStatus> = {}): FeedStatus => ({
  id,
  name,
  state: 'ok',
  generatedAtMs: at('08:30'),
  failingSinceMs: null,
  problem: null,
  full: false,
  ...rest,
});
const clock = { lang: 'vi' as const, timeZone: 'Asia/Ho_Chi_Minh', nowMs: NOW, staleAfterSeconds: 3600 };
const status = (feeds: FeedStatus[]): FederationStatus => ({ name: 'Cả nước', feeds });

describe('partialNotice', () => {
  it('says nothing while every province is in and fresh', () => {
    expect(partialNotice(status([feed('01', 'Thành phố Hà Nội'), feed('92', 'Thành phố Cần Thơ')]), clock)).toBeNull();
    expect(partialNotice(undefined, clock)).toBeNull();
  });

  it('counts a province still loading as missing: national figures that grow as provinces come never look whole', () => {
    const text = partialNotice(
      status([feed('01', 'Thành phố Hà Nội'), feed('92', 'Thành phố Cần Thơ', { state: 'waiting', generatedAtMs: null })]),
      clock,
    );
    expect(text).toBe('Số liệu chưa đủ: thiếu 1/2 tỉnh: Thành phố Cần Thơ (đang tải).');
  });

  it('names a missing province and since when it fails, and a stale one with the time of its figures', () => {
    const text = partialNotice(
      status([
        feed('01', 'Thành phố Hà Nội'),
        feed('12', 'Tỉnh Lai Châu', { state: 'failed', generatedAtMs: null, failingSinceMs: at('08:10') }),
        feed('92', 'Thành phố Cần Thơ', { generatedAtMs: at('06:00') }),
      ]),
      clock,
    );
    expect(text).toBe(
      'Số liệu chưa đủ: thiếu 1/3 tỉnh: Tỉnh Lai Châu (không tải được từ 08:10); 1/3 tỉnh chưa cập nhật: Thành phố Cần Thơ (số liệu lúc 06:00).',
    );
  });

  it('lists five provinces by name and counts the rest, in English too', () => {
    const feeds = Array.from({ length: 8 }, (_, i) =>
      feed(String(i), `P${i}`, { state: 'failed', generatedAtMs: null, failingSinceMs: at('08:10') }),
    );
    const text = partialNotice(status(feeds), { ...clock, lang: 'en' });
    expect(text).toContain('Figures incomplete: 8 of 8 provinces missing: P0 (unreachable since 08:10)');
    expect(text).toContain('P4 (unreachable since 08:10), and 3 more.');
    expect(text).not.toContain('P5');
  });
});
