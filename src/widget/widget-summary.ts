// The widget's sentence as pieces (so the page can set the numbers in bold) and as one plain string, from the engine's view of a unit and period.
import { formatCount, formatDateTime, formatMonth, formatRate } from '../i18n/format';
import { formatPeriodLabel, periodAsLead, runningDayOf } from '../i18n/period-label';
import type { Lang } from '../i18n/lang';
import type { ResolvedPeriod } from '../stats/period';
import type { UnitPeriodFigures } from '../stats/unit-period-figures';
import { translate } from '../i18n/widget-messages';
import { translateAround } from '../i18n/translate';
import { unitName } from '../i18n/unit-name';
import { overdueWords } from '../i18n/overdue-words';

export type OkView = Extract<UnitPeriodFigures, { status: 'ok' }>;

export type WidgetSummary = {
  /** `rate` is null when nothing was resolved: `before` is then the whole first sentence. */
  lead: { before: string; rate: string | null; after: string };
  /** On-time share in percent (0–100) for the bar; null without a denominator. */
  onTimeShare: number | null;
  /** The target on the bar's scale: where the mark stands (0–100) and its words ("Mục tiêu 95%"); null when none is set. */
  target: { share: number; label: string } | null;
  counts: Array<{ label: string; value: string }>;
  /** Overdue dossiers in plain words: "12 hồ sơ đang quá hạn." (now) or at the period's end for a period already over. */
  overdue: string;
  updated: { label: string; value: string; dateTime: string };
};

/** "Quý 4/2026", or "Năm 2026 (số liệu đến tháng 11/2026)" when the feed stops inside the period. */
export function periodText(resolved: ResolvedPeriod, lang: Lang): string {
  const label = formatPeriodLabel(resolved, lang);
  return resolved.hasMonths && resolved.clamped
    ? `${label} (${translate(lang, 'summary.clamped', { month: formatMonth(resolved.range.to, lang) })})`
    : label;
}

/** `fieldName`: the chosen field's name, which the sentence then names ("… 97,8% hồ sơ lĩnh vực Đất đai đúng hạn"). */
export function summarize(
  view: OkView,
  generated: { ms: number; iso: string },
  lang: Lang,
  timeZone: string,
  fieldName: string | null = null,
  onTimeTarget: number | null = null,
): WidgetSummary {
  const { figures } = view;
  const runningDay = runningDayOf(view.resolved, generated.ms, lang, timeZone);
  const period = periodAsLead(periodText(view.resolved, lang), view.resolved, lang, runningDay);
  const unit = unitName(view.unit, lang);
  const rate = figures.onTimeRate;
  const words = { period, unit, field: fieldName ?? '' };
  const lead =
    rate === null
      ? { before: translate(lang, fieldName === null ? 'summary.noneResolved' : 'field.summaryNoneResolved', words), rate: null, after: '' }
      : {
          ...translateAround(translate, lang, fieldName === null ? 'summary.lead' : 'field.summaryLead', words, 'rate'),
          rate: formatRate(rate, lang),
        };
  return {
    lead,
    // The bar shows the same rounded rate as the text, so the two never disagree.
    onTimeShare: rate === null ? null : rate / 10,
    target:
      onTimeTarget === null
        ? null
        : { share: onTimeTarget, label: translate(lang, 'widget.target', { rate: formatRate(Math.round(onTimeTarget * 10), lang) }) },
    counts: [
      { label: translate(lang, 'kpi.received'), value: formatCount(figures.received, lang) },
      { label: translate(lang, 'kpi.resolved'), value: formatCount(figures.resolved, lang) },
    ],
    overdue: overdueWords(figures.pendingOverdue, runningDay !== null, lang),
    updated: { label: translate(lang, 'widget.updated'), value: formatDateTime(generated.ms, lang, timeZone), dateTime: generated.iso },
  };
}

export function summaryText(summary: WidgetSummary): string {
  const counts = summary.counts.map((count) => `${count.label}: ${count.value}.`).join(' ');
  return `${summary.lead.before}${summary.lead.rate ?? ''}${summary.lead.after} ${counts} ${summary.overdue} ${summary.updated.label} ${summary.updated.value}.`;
}
