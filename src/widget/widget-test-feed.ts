// A small document for the widget's tests whose root reads as the example: 99,8% on time, 123.456 received, 120.001 resolved, to June 2026.
import type { FeedDocument } from '../feed/feed-schema';

type Row = FeedDocument['stats'][number];

function row(unitId: string, month: number, counts: Partial<Row>): Row {
  return {
    unitId,
    month: `2026-${String(month).padStart(2, '0')}`,
    carriedOver: 0,
    receivedOnline: 0,
    receivedDirect: 0,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    ...counts,
  };
}

const MONTHS = [1, 2, 3, 4, 5, 6];

/**
 * Xã Phú Tâm (31569): received 300+m online, 150 direct, 6 postal; resolved 250 early, 190 on time and 1 late (20 late in May).
 * The root's own rows make the totals 123.456 received and 120.001 resolved, 240 of them late. Sở Y tế resolved nothing in June.
 */
export function widgetTestFeed(): FeedDocument {
  return {
    schema: 'tthc-feed/1',
    generatedAt: '2026-11-26T16:40:00+07:00',
    units: [
      { id: '92', name: 'Thành phố Cần Thơ', kind: 'province' },
      { id: '31569', name: 'Xã Phú Tâm', kind: 'commune', parentId: '92' },
      { id: '92-SYT', name: 'Sở Y tế', kind: 'department', parentId: '92' },
    ],
    stats: [
      ...MONTHS.map((m) =>
        row('31569', m, {
          receivedOnline: 300 + m,
          receivedDirect: 150,
          receivedPostal: 6,
          resolvedEarly: 250,
          resolvedOnTime: 190,
          resolvedLate: m === 5 ? 20 : 1,
        }),
      ),
      ...MONTHS.map((m) =>
        row('92', m, {
          receivedOnline: 12_000,
          receivedDirect: 8_000,
          receivedPostal: m === 6 ? 119 : 116,
          resolvedEarly: 12_000,
          resolvedOnTime: m === 6 ? 7_521 : 7_520,
          resolvedLate: m === 6 ? 35 : 36,
        }),
      ),
      row('92-SYT', 6, { carriedOver: 3, pendingWithinDeadline: 3 }),
    ],
  };
}
