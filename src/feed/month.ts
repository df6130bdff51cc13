// Months as integers (year * 12 + month - 1) so that ranges, gaps and sorting are plain arithmetic.

export type MonthIndex = number;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): MonthIndex | null {
  const match = MONTH.exec(text);
  if (!match) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthYear(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 1 to 12. */
export function monthOfYear(month: MonthIndex): number {
  return (month % 12) + 1;
}

export function monthKey(month: MonthIndex): string {
  return `${monthYear(month)}-${String(monthOfYear(month)).padStart(2, '0')}`;
}

export function monthOf(year: number, monthNumber: number): MonthIndex {
  return year * 12 + monthNumber - 1;
}
