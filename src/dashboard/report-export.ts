// Biểu số 06 as a file: the rows the table shows (same choice, same function), with the report's header block.
import type { FeedModel } from '../feed/feed-model';
import { findField } from '../feed/field-view';
import { translate, type MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { formatPeriodLabel } from '../i18n/period-label';
import { unitName } from '../i18n/unit-name';
import { totalsOf, type CsvHeaderBlock } from '../stats/bieu-06';
import type { UnitFigures } from '../stats/figures';
import { formatDate, formatTime } from '../i18n/format';
import { comparisonRanges, onTimeChanges } from '../stats/compare';
import { formatPeriod, resolvePeriod, type Period } from '../stats/period';
import { unitPeriodFigures, type ChildFigures } from '../stats/unit-period-figures';
import { scopeRows, shownRows, type TableChoice } from './bieu-06-rows';

export type ReportFormat = 'csv' | 'xlsx';

type ReportInput = { model: FeedModel; unitId: string; period: Period; lang: Lang; choice: TableChoice };

/** A cell of the exported table: a count, a rate or change in tenths (written with one decimal), or words. */
export type ReportCell = { count: number } | { tenths: number } | string | null;

/** The exported table: the form's columns, the totals row, then the change against a year earlier and the unit's id. */
export type ReportTable = { headers: string[]; rows: ReportCell[][]; totals: ReportCell[] };

/** The rows of the table of this unit and period under the official's choice, as the table draws them, with their changes. */
export function reportRowsAndChanges({ model, unitId, period, choice }: Omit<ReportInput, 'lang'>): {
  rows: ChildFigures[];
  changes: ReadonlyMap<string, number | null>;
} {
  const view = unitPeriodFigures(model, unitId, period);
  if (view.status !== 'ok') return { rows: [], changes: new Map() };
  const changes = onTimeChanges(model, view.resolved.range, comparisonRanges(view.resolved).yearAgo);
  return { rows: shownRows(scopeRows(model, view, choice.scope), choice, changes), changes };
}

/** The rows of the table of this unit and period under the official's choice, as the table draws them. */
export function reportRows(input: Omit<ReportInput, 'lang'>): ChildFigures[] {
  return reportRowsAndChanges(input).rows;
}

const COLUMNS: ReadonlyArray<MessageKey | readonly [MessageKey, MessageKey]> = [
  'col.stt',
  'col.unit',
  ['col.toProcess', 'col.total'],
  'col.online',
  'col.directPostal',
  'col.carriedOver',
  ['col.resolved', 'col.total'],
  'col.early',
  'col.onTime',
  'col.late',
  ['col.pending', 'col.total'],
  'col.within',
  'col.overdue',
  'col.returned',
];

/**
 * The form's columns (1)–(15) in its order, the on-time rate last of them; after them, outside the form, the change
 * against a year earlier and the unit's id (for matching with other files), never between two of the form's columns.
 */
export function reportHeaders(lang: Lang): string[] {
  const t = (key: MessageKey) => translate(lang, key);
  const headers = COLUMNS.map((column) => (typeof column === 'string' ? t(column) : `${t(column[0])} – ${t(column[1])}`));
  return [...headers, `${t('col.onTimeRate')} (%)`, `${t('col.onTimeChange')} – ${t('col.onTimeChangeNote')}`, t('dash11.report.unitId')];
}

function formCells(f: UnitFigures): ReportCell[] {
  return [
    f.toProcess,
    f.receivedOnline,
    f.receivedDirect + f.receivedPostal,
    f.carriedOver,
    f.resolved,
    f.resolvedEarly,
    f.resolvedOnTime,
    f.resolvedLate,
    f.pending,
    f.pendingWithinDeadline,
    f.pendingOverdue,
    f.returned,
  ].map((count) => ({ count }));
}

/** The table as exported: every row the table shows, then the totals of those rows ("Tổng cộng"), as the form ends. */
export function reportTable(rows: readonly ChildFigures[], changes: ReadonlyMap<string, number | null>, lang: Lang): ReportTable {
  const totals = totalsOf(rows);
  return {
    headers: reportHeaders(lang),
    rows: rows.map((row, index) => {
      const change = changes.get(row.unit.id) ?? null;
      return [
        { count: index + 1 },
        row.unit.name,
        ...formCells(row.figures),
        row.figures.onTimeRate === null ? null : { tenths: row.figures.onTimeRate },
        change === null ? null : { tenths: change },
        row.unit.id,
      ];
    }),
    totals: [
      null,
      translate(lang, 'table.totals'),
      ...formCells(totals),
      totals.onTimeRate === null ? null : { tenths: totals.onTimeRate },
      null,
      null,
    ],
  };
}

/** "02/12/2026 08:05": the day first and the time in Viet Nam, as a Vietnamese Excel reads a date and time. */
export function reportTime(ms: number): string {
  return `${formatDate(ms, 'vi', VIET_NAM_TIME)} ${formatTime(ms, 'vi', VIET_NAM_TIME)}`;
}
const VIET_NAM_TIME = 'Asia/Ho_Chi_Minh';

export function reportHeaderBlock({ model, unitId, period, lang }: Omit<ReportInput, 'choice'>): CsvHeaderBlock {
  const t = (key: MessageKey) => translate(lang, key);
  const unit = model.units.get(unitId);
  return [
    [t('report.form'), t('table.title')],
    [t('report.unit'), unit ? unitName(unit, lang) : unitId],
    // A one-field report names its field (lĩnh vực); a report of every field has no such line, as before fields.
    ...(model.fieldId === null ? [] : [[t('field.label'), findField(model, model.fieldId)?.name ?? model.fieldId] as const]),
    [t('report.period'), formatPeriodLabel(resolvePeriod(period, model.months), lang)],
    [t('dash11.report.generatedAtVn'), reportTime(model.generatedAtMs)],
    [t('report.countUnit'), t('report.countUnitValue')],
  ];
}

/**
 * The CSV a Vietnamese Excel opens as the form reads. In Vietnamese, rates take the decimal comma the page writes
 * (98,9), so fields are separated by ";", the list separator of Windows' Vietnamese region settings, which Excel uses
 * to split a CSV it opens; a "sep=;" line would force it too, but makes Excel ignore the BOM and garble the names. In
 * English, a decimal point and ",". Counts are written bare, with no thousands separator, so they stay summable.
 */
export function reportCsv(table: ReportTable, headerBlock: CsvHeaderBlock, lang: Lang): string {
  const separator = lang === 'vi' ? ';' : ',';
  const decimal = (tenths: number) => {
    const text = (Math.abs(tenths) / 10).toFixed(1);
    return `${tenths < 0 ? '-' : ''}${lang === 'vi' ? text.replace('.', ',') : text}`;
  };
  const cell = (value: ReportCell): string => {
    if (value === null) return '';
    if (typeof value === 'string') return textCell(value, separator);
    return 'count' in value ? String(value.count) : decimal(value.tenths);
  };
  const lines = headerBlock.map((pair) => pair.map((text) => textCell(text, separator)).join(separator));
  if (lines.length > 0) lines.push('');
  lines.push(table.headers.map((text) => textCell(text, separator)).join(separator));
  for (const row of [...table.rows, table.totals]) lines.push(row.map(cell).join(separator));
  // The byte order mark makes Excel read the Vietnamese names as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Words, quoted when they hold the separator, a quote or a line break; a leading =, +, - or @ would be a formula. */
function textCell(text: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes the file and hands it to the browser. The workbook writer loads only now: officials who never ask for Excel never download it. */
export async function downloadReport(format: ReportFormat, input: ReportInput): Promise<void> {
  const { rows, changes } = reportRowsAndChanges(input);
  const table = reportTable(rows, changes, input.lang);
  const headerBlock = reportHeaderBlock(input);
  const blob =
    format === 'csv'
      ? new Blob([reportCsv(table, headerBlock, input.lang)], { type: 'text/csv;charset=utf-8' })
      : await import('./xlsx-export').then((module) => module.bieu06XlsxBlob(table, headerBlock));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `bieu-06_${input.model.units.get(input.unitId)?.id ?? 'all'}_${formatPeriod(input.period)}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
