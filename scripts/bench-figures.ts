// Figures of a benchmark: several runs summed up as median, min and max, and the table npm run bench prints.

export type Spread = { median: number; min: number; max: number; runs: number };

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no runs to sum up');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // An even count takes the mean of the two middle runs, so two runs do not report their minimum as the median.
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** One line of the printed table: a figure with its unit, as a spread of runs or a single value. */
export type BenchRow = {
  section: string;
  name: string;
  unit: 'ms' | 'KB' | '×' | 'count' | 'MB' | '';
  value: Spread | number | string;
  note?: string;
};

function show(value: number, unit: BenchRow['unit']): string {
  if (unit === 'KB') return (value / 1024).toFixed(1);
  if (unit === '×' || unit === 'MB') return value.toFixed(2);
  if (unit === 'count') return String(Math.round(value));
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'median', 'min', 'max', 'runs', 'unit'];
  const numeric = (row: BenchRow) => typeof row.value !== 'string';
  const label = (row: BenchRow) => `  ${row.name}${row.note ? ` (${row.note})` : ''}`;
  const cells = (row: BenchRow): string[] => {
    if (typeof row.value === 'number') return [label(row), show(row.value, row.unit), '', '', '', row.unit];
    if (typeof row.value === 'string') return [label(row), row.value];
    const { median, min, max, runs } = row.value;
    return [label(row), show(median, row.unit), show(min, row.unit), show(max, row.unit), String(runs), row.unit];
  };
  // Text figures ("not measured (why)") are written after their name and do not widen the columns.
  const widths = header.map((title, column) => Math.max(title.length, ...rows.filter(numeric).map((row) => cells(row)[column]!.length)));
  const pad = (line: string[]) =>
    line
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const lines = [pad(header)];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push(section);
    }
    const line = cells(row);
    lines.push(numeric(row) ? pad(line) : `${line[0]!.padEnd(widths[0]!)}  ${line[1]}`);
  }
  return lines.join('\n');
}
