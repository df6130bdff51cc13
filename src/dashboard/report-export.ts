// Biểu số 06 as a file: the rows the table shows (same choice, same function), with the report's header block.
import type { FeedModel } from '../feed/feed-model';
import { findField } from '../feed/field-view';
import { translate, type MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { formatPeriodLabel } from '../i18n/period-label';
import { unitName } from '../i18n/unit-name';
import { bieu06Csv, type CsvHeaderBlock } from '../stats/bieu-06';
import { comparisonRanges, onTimeChanges } from '../stats/compare';
import { formatPeriod, resolvePeriod, type Period } from '../stats/period';
import { unitPeriodFigures, type ChildFigures } from '../stats/unit-period-figures';
import { scopeRows, shownRows, type TableChoice } from './bieu-06-rows';

export type ReportFormat = 'csv' | 'xlsx';

type ReportInput = { model: FeedModel; unitId: string; period: Period; lang: Lang; choice: TableChoice };

/** The rows of the table of this unit and period under the official's choice, as the table draws them. */
export function reportRows({ model, unitId, period, choice }: Omit<ReportInput, 'lang'>): ChildFigures[] {
  const view = unitPeriodFigures(model, unitId, period);
  if (view.status !== 'ok') return [];
  const changes = onTimeChanges(model, view.resolved.range, comparisonRanges(view.resolved).yearAgo);
  return shownRows(scopeRows(model, view, choice.scope), choice, changes);
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

export function reportHeaders(lang: Lang): string[] {
  const t = (key: MessageKey) => translate(lang, key);
  const headers = COLUMNS.map((column) => (typeof column === 'string' ? t(column) : `${t(column[0])} – ${t(column[1])}`));
  return [...headers, 'ID', `${t('col.onTimeRate')} (%)`];
}

export function reportHeaderBlock({ model, unitId, period, lang }: Omit<ReportInput, 'choice'>): CsvHeaderBlock {
  const t = (key: MessageKey) => translate(lang, key);
  const unit = model.units.get(unitId);
  return [
    [t('report.form'), t('table.title')],
    [t('report.unit'), unit ? unitName(unit, lang) : unitId],
    // A one-field report names its field (lĩnh vực); a report of every field has no such line, as before fields.
    ...(model.fieldId === null ? [] : [[t('field.label'), findField(model, model.fieldId)?.name ?? model.fieldId] as const]),
    [t('report.period'), formatPeriodLabel(resolvePeriod(period, model.months), lang)],
    [t('report.generatedAt'), model.generatedAt],
    [t('report.countUnit'), t('report.countUnitValue')],
  ];
}

/** Writes the file and hands it to the browser. The workbook writer loads only now: officials who never ask for Excel never download it. */
export async function downloadReport(format: ReportFormat, input: ReportInput): Promise<void> {
  const rows = reportRows(input);
  const headers = reportHeaders(input.lang);
  const headerBlock = reportHeaderBlock(input);
  const blob =
    format === 'csv'
      ? new Blob([bieu06Csv(rows, headers, headerBlock)], { type: 'text/csv;charset=utf-8' })
      : await import('./xlsx-export').then((module) => module.bieu06XlsxBlob(rows, headers, headerBlock));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `bieu-06_${input.model.units.get(input.unitId)?.id ?? 'all'}_${formatPeriod(input.period)}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
