// DOSSIERS.md rules 3, 4, 5 and 7 for one kept dossier: its due date, how it was resolved, how it stands at a moment.
import { MINUTE_MS, vnDay } from './vn-time';

/** The facts of one dossier the rules read; times are instants in ms, NaN when empty. */
export type JudgedDossier = {
  received: number;
  due: number;
  ended: number;
  supplements: number;
  requested: number;
  answered: number;
};

export const Resolution = { early: 0, onTime: 1, late: 2 } as const;
export const Standing = { withinDeadline: 0, dueSoon: 1, overdue: 2 } as const;

/**
 * Rule 3: the supplement time, when exactly one supplement was asked and answered by `moment`;
 * 0 otherwise (more than one request makes the dossier late anyway, rule 4).
 */
export function supplementMs(d: JudgedDossier, moment: number): number {
  return d.supplements === 1 && d.answered <= moment ? d.answered - d.requested : 0;
}

/** Rule 3: the calendar day of the due date, moved by the supplement time known at `moment`. */
export function dueDay(d: JudgedDossier, moment: number): number {
  return vnDay(d.due + supplementMs(d, moment));
}

/** Rule 4, for a resolved dossier judged when it ended. */
export function resolution(d: JudgedDossier): number {
  if (d.supplements > 1) return Resolution.late;
  const ended = vnDay(d.ended);
  const due = dueDay(d, d.ended);
  return ended < due ? Resolution.early : ended === due ? Resolution.onTime : Resolution.late;
}

/** Rule 7: end − received − supplement time, in whole minutes rounded down. */
export function processingMinutes(d: JudgedDossier): number {
  return Math.floor((d.ended - d.received - supplementMs(d, d.ended)) / MINUTE_MS);
}

/** Rule 5, for a dossier pending at `moment` (received by then and not ended by then). */
export function standing(d: JudgedDossier, moment: number, dueSoonDays: number): number {
  const asked = d.requested <= moment;
  if (asked && !(d.answered <= moment)) {
    // Waiting for the citizen: the office's clock stops.
    return d.supplements <= 1 && vnDay(d.requested) <= vnDay(d.due) ? Standing.withinDeadline : Standing.overdue;
  }
  if (d.supplements > 1 && asked) return Standing.overdue;
  const today = vnDay(moment);
  const due = dueDay(d, moment);
  if (today > due) return Standing.overdue;
  return due - today <= dueSoonDays ? Standing.dueSoon : Standing.withinDeadline;
}
