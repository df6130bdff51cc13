import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse-feed';
import type { FeedModel } from '../feed/feed-model';
import { rowsLeftOutUnder } from './left-out';

function model(): FeedModel {
  const row = (unitId: string, month: string, overrides: Record<string, unknown> = {}) => ({
    unitId,
    month,
    carriedOver: 0,
    receivedOnline: 1,
    receivedDirect: 0,
    receivedPostal: 0,
    resolvedEarly: 1,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    ...overrides,
  });
  const result = parseFeedText(
    JSON.stringify({
      schema: 'tthc-feed/1',
      generatedAt: '2026-03-31T16:40:00+07:00',
      units: [
        { id: 'P', name: 'Tỉnh', kind: 'province' },
        { id: 'D', name: 'Huyện', kind: 'district', parentId: 'P' },
        { id: 'C', name: 'Xã', kind: 'commune', parentId: 'D' },
        { id: 'S', name: 'Sở', kind: 'department', parentId: 'P' },
      ],
      stats: [
        row('C', '2026-01'),
        row('C', '2026-02', { receivedOnline: -1 }),
        row('D', '2026-13'),
        row('C', '2026-01'),
        row('S', '2026-01', { resolvedEarly: 0.5 }),
        row('NOBODY', '2026-01'),
      ],
    }),
  );
  if (!result.ok) throw new Error('refused');
  return result.model;
}

describe('rowsLeftOutUnder', () => {
  it('counts a unit’s own left-out rows and those of every unit below it', () => {
    const m = model();
    expect(m.quality.rowsLeftOut).toHaveLength(5);
    expect(rowsLeftOutUnder(m, 'C')).toBe(2);
    expect(rowsLeftOutUnder(m, 'D')).toBe(3);
    expect(rowsLeftOutUnder(m, 'S')).toBe(1);
  });

  it('counts every left-out row at the root, those of unknown units too', () => {
    expect(rowsLeftOutUnder(model(), 'P')).toBe(5);
  });
});
