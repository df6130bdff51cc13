// DOSSIERS.md rules 1, 2, 6 and 8: the kept dossiers summed into one row per unit, field and month.
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS } from '../feed/feed-contract';
import type { DossierStore } from './dossier-store';
import { State } from './dossier-record';
import { Standing, processingMinutes, resolution, standing, type JudgedDossier } from './dossier-rules';
import { monthKey, monthOfDay, monthStartMs, vnDay } from './vn-time';

/** The feed's counts of a row, in the contract's order: the Biểu số 06 columns, then due-soon and processing minutes. */
export const ROW_COUNTS = [...COUNT_FIELDS, ...EXTRA_COUNT_FIELDS] as const;
export type RowCount = (typeof ROW_COUNTS)[number];
export type MonthRow = { unitId: string; fieldId?: string; month: string } & Record<RowCount, number>;

const WIDTH = ROW_COUNTS.length;
const at = Object.fromEntries(ROW_COUNTS.map((name, i) => [name, i])) as Record<RowCount, number>;
const RECEIVED_BY_CHANNEL = [at.receivedOnline, at.receivedDirect, at.receivedPostal];
const RESOLVED_BY_RESOLUTION = [at.resolvedEarly, at.resolvedOnTime, at.resolvedLate];

export type MonthRange = { first: number; last: number; generatedAtMs: number; dueSoonDays: number };

/**
 * The rows of every (unit, field, month) with something in it, in units-list, fields-list and month order.
 * `unitIds` and `fieldIds` name the indices the store holds (fieldIds is [] when the list has no fields).
 */
export function monthRows(store: DossierStore, range: MonthRange, unitIds: readonly string[], fieldIds: readonly string[]): MonthRow[] {
  const { first, last, generatedAtMs, dueSoonDays } = range;
  const months = last - first + 1;
  const fieldCount = Math.max(1, fieldIds.length);
  // Dense when the units × fields × months grid is small (a province), sparse when it is not (a national export).
  const cells = unitIds.length * fieldCount * months;
  const dense = cells * WIDTH <= 1 << 23;
  const slotOf = new Map<number, number>();
  let counts = new Float64Array(dense ? cells * WIDTH : WIDTH * 256);
  const add = (unit: number, field: number, month: number, count: number, by = 1): void => {
    if (month < first || month > last) return;
    const key = (unit * fieldCount + field) * months + (month - first);
    let slot = key;
    if (!dense) {
      const found = slotOf.get(key);
      if (found === undefined) {
        slot = slotOf.size;
        slotOf.set(key, slot);
        if ((slot + 1) * WIDTH > counts.length) {
          const next = new Float64Array(counts.length * 2);
          next.set(counts);
          counts = next;
        }
      } else slot = found;
    }
    counts[slot * WIDTH + count] = (counts[slot * WIDTH + count] as number) + by;
  };
  // The moment each month's stocks are judged: its last instant, the latest month's at generatedAt.
  const judgedAt = new Float64Array(months);
  for (let m = 0; m < months; m++) judgedAt[m] = m === months - 1 ? generatedAtMs : monthStartMs(first + m + 1) - 1;

  const d: JudgedDossier = { received: 0, due: 0, ended: 0, supplements: 0, requested: 0, answered: 0 };
  for (let i = 0; i < store.size; i++) {
    const unit = store.unit[i] as number;
    const field = store.field[i] as number;
    d.received = store.received[i] as number;
    d.due = store.due[i] as number;
    d.ended = store.ended[i] as number;
    d.supplements = store.supplements[i] as number;
    d.requested = store.requested[i] as number;
    d.answered = store.answered[i] as number;
    const receivedMonth = monthOfDay(vnDay(d.received));
    add(unit, field, receivedMonth, RECEIVED_BY_CHANNEL[store.channel[i] as number] as number);
    const hasEnded = !Number.isNaN(d.ended);
    const endedMonth = hasEnded ? monthOfDay(vnDay(d.ended)) : Infinity;
    if (hasEnded && endedMonth >= first && endedMonth <= last) {
      if (store.state[i] === State.returned) add(unit, field, endedMonth, at.returned);
      else {
        add(unit, field, endedMonth, RESOLVED_BY_RESOLUTION[resolution(d)] as number);
        add(unit, field, endedMonth, at.resolvedMinutes, processingMinutes(d));
      }
    }
    // Pending at the end of every month from the one it was received in to the one before it ended.
    const from = Math.max(receivedMonth, first - 1);
    const to = Math.min(endedMonth - 1, last);
    for (let m = from; m <= to; m++) {
      add(unit, field, m + 1, at.carriedOver);
      if (m < first) continue;
      const s = standing(d, judgedAt[m - first] as number, dueSoonDays);
      if (s === Standing.overdue) add(unit, field, m, at.pendingOverdue);
      else {
        add(unit, field, m, at.pendingWithinDeadline);
        if (s === Standing.dueSoon) add(unit, field, m, at.pendingDueSoon);
      }
    }
  }

  const rows: MonthRow[] = [];
  const keys = dense ? null : [...slotOf.keys()].sort((a, b) => a - b);
  for (let k = 0; k < (keys ? keys.length : cells); k++) {
    const key = keys ? (keys[k] as number) : k;
    const slot = keys ? (slotOf.get(key) as number) : key;
    const month = key % months;
    const cell = (key - month) / months;
    const field = cell % fieldCount;
    const row = { unitId: unitIds[(cell - field) / fieldCount] as string } as MonthRow;
    if (fieldIds.length > 0) row.fieldId = fieldIds[field] as string;
    row.month = monthKey(first + month);
    let any = false;
    for (let c = 0; c < WIDTH; c++) {
      const value = counts[slot * WIDTH + c] as number;
      row[ROW_COUNTS[c] as RowCount] = value;
      if (value !== 0) any = true;
    }
    if (any) rows.push(row);
  }
  return rows;
}
